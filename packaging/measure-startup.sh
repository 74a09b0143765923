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
#        BARE=false  skip the yardstick: by default every run also starts a bare JavaFX window
#        (packaging/startup/BareWindow.java) on the image's own runtime with the launcher's JVM
#        flags (without the app's AppCDS archive), interleaved with the app, and the script prints
#        the ratio of the medians (issue 16: goal <= 1.15).
#        COMPARE=<launcher>  also start a second app-image (e.g. one built from main) in every run,
#        interleaved with the others, and print its medians and ratio too (decision 0402).
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
    runs=$2 launcher=$3 data=$4 bare_dir=${5:-} compare=${6:-}
    image=$(cd "$(dirname "$launcher")/.." && pwd)
    bare_cmd=()
    if [[ -n $bare_dir ]]; then
        # The launcher's JVM options, less the app's own archive and class path.
        bare_cmd=("$image/lib/runtime/bin/java")
        while IFS= read -r o; do
            case $o in *SharedArchiveFile*|*Xshare*|*'$APPDIR'*) ;; *) bare_cmd+=("$o") ;; esac
        done < <(sed -n 's/^java-options=//p' "$image/lib/app/$(basename "$launcher").cfg")
        bare_cmd+=(-cp "$bare_dir" BareWindow)
    fi
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
        if [[ ${1:-app} == bare ]]; then
            "${bare_cmd[@]}" >"$fifo" 2>/dev/null &
        elif [[ ${1:-app} == compare ]]; then
            "$compare" --data-dir "$data" --exit-after-start >"$fifo" 2>/dev/null &
        else
            "$launcher" --data-dir "$data" --exit-after-start >"$fifo" 2>/dev/null &
        fi
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
    if ((${#bare_cmd[@]})); then
        start bare
        echo "warm-up bare window (not counted): startup_ms=${ms:-failed}"
    fi
    if [[ -n $compare ]]; then
        start compare
        echo "warm-up compared image (not counted): startup_ms=${ms:-failed}"
    fi
    results=() cpus=() bare=() bare_cpus=() other=() other_cpus=()
    for ((i = 1; i <= runs; i++)); do
        start
        [[ -n $ms ]] || { echo "run $i: no startup_ms printed" >&2; exit 1; }
        line="run $i: startup_ms=$ms cpu_ms=$cpu"
        results+=("$ms") cpus+=("$cpu")
        if ((${#bare_cmd[@]})); then
            start bare
            [[ -n $ms ]] || { echo "run $i: the bare window printed no startup_ms" >&2; exit 1; }
            line+="   bare: startup_ms=$ms cpu_ms=$cpu"
            bare+=("$ms") bare_cpus+=("$cpu")
        fi
        if [[ -n $compare ]]; then
            start compare
            [[ -n $ms ]] || { echo "run $i: the compared image printed no startup_ms" >&2; exit 1; }
            line+="   compared: startup_ms=$ms cpu_ms=$cpu"
            other+=("$ms") other_cpus+=("$cpu")
        fi
        echo "$line"
    done
    echo "median_ms=$(printf '%s\n' "${results[@]}" | median)"
    echo "median_cpu_ms=$(printf '%s\n' "${cpus[@]}" | median)"
    if ((${#bare_cmd[@]})); then
        echo "bare_median_ms=$(printf '%s\n' "${bare[@]}" | median)"
        echo "bare_median_cpu_ms=$(printf '%s\n' "${bare_cpus[@]}" | median)"
        m() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
        echo "ratio_ms=$(awk -v a="$(m "${results[@]}")" -v b="$(m "${bare[@]}")" 'BEGIN {printf "%.2f", a / b}')" \
            "ratio_cpu=$(awk -v a="$(m "${cpus[@]}")" -v b="$(m "${bare_cpus[@]}")" 'BEGIN {printf "%.2f", a / b}')" \
            "(app / bare window, medians; goal <= 1.15)"
        if [[ -n $compare ]]; then
            echo "compared_median_ms=$(printf '%s\n' "${other[@]}" | median)"
            echo "compared_median_cpu_ms=$(printf '%s\n' "${other_cpus[@]}" | median)"
            echo "compared_ratio_ms=$(awk -v a="$(m "${other[@]}")" -v b="$(m "${bare[@]}")" 'BEGIN {printf "%.2f", a / b}')" \
                "compared_ratio_cpu=$(awk -v a="$(m "${other_cpus[@]}")" -v b="$(m "${bare_cpus[@]}")" 'BEGIN {printf "%.2f", a / b}')"
        fi
    fi
    exit 0
fi

[[ -x $launcher ]] || { echo "no launcher at $launcher: build it with mvn -B -Pdist -DskipTests package" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is needed (apt-get install -y xvfb)" >&2; exit 1; }
data=${DATA_DIR:-}
if [[ -z $data ]]; then
    data=$(mktemp -d)
    data_tmp=$data
    trap 'rm -rf "$data"' EXIT
fi
if [[ ! -e $data/db/humasdesk.mv.db ]]; then
    echo "preparing $data: generate --count 100" >&2
    "$launcher" --data-dir "$data" generate --count 100 >/dev/null
fi
bare_dir=
if [[ ${BARE:-true} != false ]]; then
    # Compiled against the JavaFX jars the image was built from (left in target/dist-work/fx).
    javac=${JAVA_HOME:+$JAVA_HOME/bin/}javac
    fx=$(ls "$root"/target/dist-work/fx/*.jar 2>/dev/null | paste -sd: -)
    [[ -n $fx ]] || { echo "no JavaFX jars in target/dist-work/fx (build the image first) or set BARE=false" >&2; exit 1; }
    bare_dir=$(mktemp -d)
    trap 'rm -rf "$bare_dir" ${data_tmp:+"$data_tmp"}' EXIT
    "$javac" -d "$bare_dir" -cp "$fx" "$root/packaging/startup/BareWindow.java"
fi
echo "launcher: $launcher"
echo "JAVA_TOOL_OPTIONS: ${JAVA_TOOL_OPTIONS:-(none)}  _JAVA_OPTIONS: ${_JAVA_OPTIONS:-(none)}"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
[[ -z ${COMPARE:-} || -x $COMPARE ]] || { echo "COMPARE=$COMPARE is not a launcher" >&2; exit 1; }
[[ -z ${COMPARE:-} || -n $bare_dir ]] || { echo "COMPARE needs the bare window (BARE=true)" >&2; exit 1; }
xvfb-run -a -s "-screen 0 1280x800x24" "$0" --inner "$runs" "$launcher" "$data" "$bare_dir" "${COMPARE:-}"
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
