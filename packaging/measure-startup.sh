#!/usr/bin/env bash
# Measures the startup of the app-image: JVM start to first window shown, as printed by
# `--exit-after-start` (startup_ms=<n>), N times under one Xvfb, on a data directory with an office,
# users and 100 releases (so the login window shows). Prints every run and the median.
#
# usage: packaging/measure-startup.sh [runs, default 7] [launcher, default target/dist/HumasDesk/bin/HumasDesk]
# env:   DATA_DIR=<dir>  reuse a data directory (made with `generate --count 100` when empty)
#        JAVA_TOOL_OPTIONS is passed through: use it to try JVM flags without rebuilding, e.g.
#        JAVA_TOOL_OPTIONS=-Xshare:off to measure without the AppCDS archive.
# One unmeasured start comes first, so every measured run finds the files in the page cache.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-7}
launcher=${2:-$root/target/dist/HumasDesk/bin/HumasDesk}

if [[ ${1:-} == --inner ]]; then
    runs=$2 launcher=$3 data=$4
    start() { "$launcher" --data-dir "$data" --exit-after-start 2>/dev/null | sed -n 's/^startup_ms=//p'; }
    w=$(start)
    echo "warm-up (not counted): ${w:-failed}"
    results=()
    for ((i = 1; i <= runs; i++)); do
        ms=$(start)
        [[ -n $ms ]] || { echo "run $i: no startup_ms printed" >&2; exit 1; }
        echo "run $i: startup_ms=$ms"
        results+=("$ms")
    done
    mapfile -t sorted < <(printf '%s\n' "${results[@]}" | sort -n)
    n=${#sorted[@]}
    if ((n % 2)); then median=${sorted[n / 2]}; else median=$(((sorted[n / 2 - 1] + sorted[n / 2]) / 2)); fi
    echo "median_ms=$median (n=$n, min ${sorted[0]}, max ${sorted[n - 1]})"
    exit 0
fi

[[ -x $launcher ]] || { echo "no launcher at $launcher: build it with mvn -B -Pdist -DskipTests package" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is needed (apt-get install -y xvfb)" >&2; exit 1; }
data=${DATA_DIR:-}
if [[ -z $data ]]; then
    data=$(mktemp -d)
    trap 'rm -rf "$data"' EXIT
fi
if [[ ! -e $data/db/humasdesk.mv.db ]]; then
    echo "preparing $data: generate --count 100" >&2
    "$launcher" --data-dir "$data" generate --count 100 >/dev/null
fi
echo "launcher: $launcher"
echo "JAVA_TOOL_OPTIONS: ${JAVA_TOOL_OPTIONS:-(none)}"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
xvfb-run -a -s "-screen 0 1280x800x24" "$0" --inner "$runs" "$launcher" "$data"
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
