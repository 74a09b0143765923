#!/usr/bin/env bash
# Measures the resident memory of the desktop app the way a user meets it: starts the launcher under
# its own Xvfb on a data directory, signs in, types a search in the library (Ctrl+F), waits, then
# prints one JSON line with the RSS (VmRSS, and the peak VmHWM) and the heap after a full GC
# (jcmd GC.heap_info after GC.class_histogram), and writes the class histogram beside it.
#
# usage: packaging/measure-memory.sh DATA_DIR [launcher, default target/dist/HumasDesk/bin/HumasDesk]
# env:   HD_USER / HD_PASSWORD   account to sign in with (default penyunting / HumasDemo2026, the demo data
#                                of `generate --count 100000`)
#        QUERY                   search typed after sign-in (default: pengawasan)
#        SIZE                    screen, default 1280x800
#        OUT                     file prefix for the histogram and screenshots (default /tmp/humasdesk-memory)
#        LOGIN_WAIT / LIBRARY_WAIT   seconds before typing the sign-in (default 12) and before the search
#                                (default 25). On a busy machine fixed waits typed the sign-in before the
#                                database was open (a failed sign-in, and the search typed into the password);
#                                so the script also waits for the app's log in DATA_DIR/logs to say that the
#                                search index is open (the login takes input after the database and the index
#                                are open) before typing, and "Signed in" before the library wait
#                                (each at most READY_WAIT seconds, default 300).
#        JAVA_TOOL_OPTIONS / _JAVA_OPTIONS pass through, to try JVM flags without rebuilding.
#        HEAP_DUMP               if set, a path: after the figures, the live heap is dumped there (hprof)
# Needs Xvfb, xdotool, ImageMagick's import and the JDK's jcmd. The sign-in is typed blind: look at
# $OUT-*.png when a figure looks wrong (five wrong passwords lock the account for 15 minutes).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${1:?data directory}
launcher=${2:-$root/target/dist/HumasDesk/bin/HumasDesk}
user=${HD_USER:-penyunting}
password=${HD_PASSWORD:-HumasDemo2026}
query=${QUERY:-pengawasan}
size=${SIZE:-1280x800}
out=${OUT:-/tmp/humasdesk-memory}

display=:$((100 + RANDOM % 400))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=''
cleanup() {
    # the app first, and wait for it: it closes its database on SIGTERM, and a store left open is
    # read row by row at the next start (a heap of ~1 GB that the next measurement would inherit)
    if [[ -n $app ]] && kill "$app" 2>/dev/null; then
        for _ in $(seq 1 60); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
    fi
    kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY=$display
sleep 1

log=$data/logs/humasdesk-0.log
seen() { grep -c "$1" "$log" 2>/dev/null || true; }
# waits until the log has more lines matching $1 than $2 (at most READY_WAIT seconds)
wait_log() {
    for _ in $(seq 1 "${READY_WAIT:-300}"); do
        [[ $(seen "$1") -gt $2 ]] && return 0
        sleep 1
    done
    echo "measure-memory: no '$1' in $log" >&2
}
opened=$(seen 'Search index')
signed=$(seen 'Signed in:')
"$launcher" --data-dir "$data" >"$out.app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do
    sleep 1
    xdotool search --name HumasDesk >/dev/null 2>&1 && break
done
sleep ${LOGIN_WAIT:-12} # the database opens behind the login window
wait_log 'Search index' "$opened"
sleep 5
read -r w h <<<"${size/x/ }"
click() { xdotool mousemove "$1" "$2"; sleep 0.3; xdotool mousedown 1; sleep 0.1; xdotool mouseup 1; sleep 0.3; }
click $((w / 2)) $((h / 2 - 10))
xdotool key ctrl+a; xdotool type --delay 60 "$user"; sleep 0.3
xdotool key Tab; sleep 0.3; xdotool type --delay 60 "$password"; sleep 0.3
xdotool key Return
wait_log 'Signed in:' "$signed"
sleep ${LIBRARY_WAIT:-25}
import -window root "$out-library.png"
xdotool key ctrl+f; sleep 0.5; xdotool type --delay 40 "$query"; xdotool key Return
sleep 15
import -window root "$out-search.png"

# the JVM is the launcher itself (jpackage) or its child (a wrapper script)
pid=$app
if ! jcmd "$pid" VM.version >/dev/null 2>&1; then
    pid=$(pgrep -P "$app" java | head -1)
fi
kb() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$pid/status"; }
rss_before=$(kb VmRSS)
jcmd "$pid" GC.class_histogram >"$out.histogram.txt"
# with -XX:NativeMemoryTracking=summary in the JVM options: where the non-heap part goes
jcmd "$pid" VM.native_memory summary >"$out.nmt.txt" 2>&1 || true
# the mappings by resident size (file mappings: the search index, jars, CDS, fonts, GL drivers) and the threads
pmap -x "$pid" | sort -k3 -n -r >"$out.pmap.txt" 2>/dev/null || true
threads=$(ls "/proc/$pid/task" | wc -l)
heap=$(jcmd "$pid" GC.heap_info)
# Serial: "def new generation" and "tenured generation"; G1: "garbage-first heap"
gens=$(grep -E 'generation|heap +total' <<<"$heap")
used_kb=$(grep -oE 'used [0-9]+K' <<<"$gens" | tr -d K | awk '{ s += $2 } END { print s + 0 }')
total_kb=$(grep -oE 'total [0-9]+K' <<<"$gens" | tr -d K | awk '{ s += $2 } END { print s + 0 }')
printf '{"figure":"desktop_memory","query":"%s","rss_mb":%d,"rss_after_gc_mb":%d,"rss_peak_mb":%d,' \
    "$query" $((rss_before / 1024)) $(($(kb VmRSS) / 1024)) $(($(kb VmHWM) / 1024))
printf '"heap_used_after_gc_mb":%d,"heap_committed_mb":%d,"threads":%d,"load_avg":"%s"}\n' \
    $((used_kb / 1024)) $((total_kb / 1024)) "$threads" "$(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n ${HEAP_DUMP:-} ]]; then
    jcmd "$pid" GC.heap_dump "$HEAP_DUMP" >/dev/null
fi
