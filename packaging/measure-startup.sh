#!/usr/bin/env bash
# Measures the startup of the app-image: JVM start to first window shown, as printed by
# `--exit-after-start` (startup_ms=<n>), N times under one Xvfb, on a data directory with an office,
# users and 100 releases (so the login window shows). Prints every run and the median, and beside
# it the CPU time used until the window showed (a steadier figure on a shared machine).
#
# usage: packaging/measure-startup.sh [runs, default 7] [launcher, default target/dist/HumasDesk/bin/HumasDesk]
# env:   DATA_DIR=<dir>  reuse a data directory (made with `generate --count 100` when empty)
#        JAVA_TOOL_OPTIONS (before the launcher's options) and _JAVA_OPTIONS (after them, so they
#        win) pass through: use them to try JVM flags without rebuilding, e.g. without the AppCDS
#        archive: _JAVA_OPTIONS=-XX:SharedArchiveFile=target/dist/HumasDesk/lib/runtime/lib/server/classes.jsa
# One unmeasured start comes first, so every measured run finds the files in the page cache.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-7}
launcher=${2:-$root/target/dist/HumasDesk/bin/HumasDesk}

median() { # numbers on stdin -> "median (min .., max ..)"
    local sorted n
    mapfile -t sorted < <(sort -n)
    n=${#sorted[@]}
    if ((n % 2)); then m=${sorted[n / 2]}; else m=$(((sorted[n / 2 - 1] + sorted[n / 2]) / 2)); fi
    echo "$m (n=$n, min ${sorted[0]}, max ${sorted[n - 1]})"
}

if [[ ${1:-} == --inner ]]; then
    runs=$2 launcher=$3 data=$4
    tick=$(getconf CLK_TCK)
    fifo=$(mktemp -u)
    mkfifo "$fifo"
    trap 'rm -f "$fifo"' EXIT
    # One start: sets ms (startup_ms) and cpu, the CPU time the process and its reaped children
    # (the launcher's package queries) had used when the line came: less sensitive than ms to
    # other work on the machine. Bash builtins only between the line and reading /proc.
    start() {
        local pid line stat f
        ms='' cpu=''
        "$launcher" --data-dir "$data" --exit-after-start >"$fifo" 2>/dev/null &
        pid=$!
        exec 3<"$fifo"
        while IFS= read -r line <&3; do
            if [[ $line == startup_ms=* ]]; then
                read -r stat </proc/$pid/stat || true
                ms=${line#startup_ms=}
                read -r -a f <<<"${stat##*) }"
                cpu=$(((f[11] + f[12] + f[13] + f[14]) * 1000 / tick))
                break
            fi
        done
        cat <&3 >/dev/null
        exec 3<&-
        wait "$pid" || true
    }
    start
    echo "warm-up (not counted): startup_ms=${ms:-failed}"
    results=() cpus=()
    for ((i = 1; i <= runs; i++)); do
        start
        [[ -n $ms ]] || { echo "run $i: no startup_ms printed" >&2; exit 1; }
        echo "run $i: startup_ms=$ms cpu_ms=$cpu"
        results+=("$ms") cpus+=("$cpu")
    done
    echo "median_ms=$(printf '%s\n' "${results[@]}" | median)"
    echo "median_cpu_ms=$(printf '%s\n' "${cpus[@]}" | median)"
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
echo "JAVA_TOOL_OPTIONS: ${JAVA_TOOL_OPTIONS:-(none)}  _JAVA_OPTIONS: ${_JAVA_OPTIONS:-(none)}"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
xvfb-run -a -s "-screen 0 1280x800x24" "$0" --inner "$runs" "$launcher" "$data"
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
