#!/usr/bin/env bash
# Runs every command of the built app-image once, in the image's own jlinked runtime, so a module
# missing from common/runtime-modules.txt (issue 16: jdk.management for the bench commands) fails
# the build instead of a user. Called by build.sh after the image is made (SMOKE=false skips it);
# also runs by hand: packaging/linux/smoke-image.sh target/dist/HumasDesk
#
# Each command gets small sizes; a command passes when it exits 0 (or the expected code) and its
# output holds no ClassNotFoundException / NoClassDefFoundError / "module ... not found".
# serve and join start an office server or join one: only their --help is run.
# The launcher (decision 0400) is checked too: it is the sh script written from the cfg, it starts no
# package manager (strace, when it can trace here), it execs java in its own process, exit codes pass
# through, and it works through a symlink from a folder whose path holds a space, with arguments that
# hold spaces, and (under xvfb-run) with --lang and --exit-after-start.
set -uo pipefail

image=${1:?usage: smoke-image.sh <app-image folder>}
launcher=$image/bin/HumasDesk
[[ -x $launcher ]] || { echo "[smoke] no launcher at $launcher" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
demo=$work/demo
hq=$work/hq
pw=HumasDemo2026
failed=()
log=$work/out.txt

# run NAME EXPECTED_EXIT [stdin-text] -- ARGS...   (through $via, else the image's launcher)
run() {
    local name=$1 want=$2 input=$3
    shift 4
    local rc=0
    printf '%s\n' "$input" | "${via:-$launcher}" "$@" >"$log" 2>&1 || rc=$?
    if ((rc != want)) || grep -qE 'ClassNotFoundException|NoClassDefFoundError|NoSuchMethodError|module .* not found|UnsatisfiedLinkError' "$log"; then
        echo "[smoke] FAIL $name (exit $rc, expected $want): $*" >&2
        tail -20 "$log" >&2
        failed+=("$name")
    else
        echo "[smoke] ok   $name"
    fi
}

run version 0 '' -- --version
run exit-code 2 '' -- --no-such-option

# The launcher itself. jpackage's native launcher ran `rpm -qf` and `dpkg -S` on itself at every start.
if [[ $(head -c 9 "$launcher") == '#!/bin/sh' ]]; then
    echo "[smoke] ok   launcher is the sh script"
else
    echo "[smoke] FAIL launcher: $launcher is not the sh script of make-launcher.sh" >&2
    failed+=(launcher-script)
fi
if ! command -v strace >/dev/null; then
    echo "[smoke] skip launcher-execs: no strace here (apt-get install strace)" >&2
elif ! strace -f -qq -e trace=execve -o "$work/execve.txt" /bin/true >/dev/null 2>&1; then
    echo "[smoke] skip launcher-execs: strace cannot trace here (ptrace not permitted)" >&2
else
    strace -f -qq -e trace=execve -o "$work/execve.txt" "$launcher" --version >"$log" 2>&1
    # Successful execs: "<pid> execve("<program>", ...) = 0".
    execs=$(sed -n 's/^\([0-9]*\) *execve("\([^"]*\)".*= 0$/\1 \2/p' "$work/execve.txt")
    first_pid=$(head -n 1 <<<"$execs" | cut -d' ' -f1)
    java_pid=$(grep ' .*/lib/runtime/bin/java$' <<<"$execs" | head -n 1 | cut -d' ' -f1)
    echo "[smoke]      programs started: $(cut -d' ' -f2 <<<"$execs" | xargs -r -n 1 basename | paste -sd' ' -)"
    if grep -qE '/(rpm|dpkg|dpkg-query)$' <<<"$execs"; then
        echo "[smoke] FAIL launcher-execs: the launcher started a package manager" >&2
        failed+=(launcher-execs)
    elif [[ -z $java_pid || $java_pid != "$first_pid" ]]; then
        echo "[smoke] FAIL launcher-execs: java did not replace the launcher's process (exec)" >&2
        failed+=(launcher-execs)
    else
        echo "[smoke] ok   launcher-execs (no rpm or dpkg; java runs in the launcher's process)"
    fi
fi
# A symlink in a folder with a space, to the launcher of an image whose path holds a space (a copy of
# bin/ beside a link to lib/: the AppCDS archive does not fit there, so the JVM warns and goes on).
spaced="$work/Humas Desk"
mkdir -p "$spaced/bin" "$work/menu dir"
cp "$launcher" "$spaced/bin/"
ln -s "$(cd -P "$image" && pwd)/lib" "$spaced/lib"
ln -s "$spaced/bin/$(basename "$launcher")" "$work/menu dir/humasdesk"
via="$work/menu dir/humasdesk"
run spaced-version 0 '' -- --version
run spaced-generate 0 '' -- --data-dir "$work/data dir" generate --count 3
if command -v xvfb-run >/dev/null; then
    rc=0
    timeout 240 xvfb-run -a -s "-screen 0 1280x800x24" "$via" --data-dir "$work/data dir" --lang en \
        --exit-after-start >"$log" 2>&1 || rc=$?
    if ((rc == 0)) && grep -q '^startup_ms=' "$log"; then
        echo "[smoke] ok   spaced-exit-after-start ($(grep '^startup_ms=' "$log"))"
    else
        echo "[smoke] FAIL spaced-exit-after-start (exit $rc, no startup_ms line?)" >&2
        tail -20 "$log" >&2
        failed+=(spaced-exit-after-start)
    fi
else
    echo "[smoke] skip spaced-exit-after-start: no xvfb-run" >&2
fi
via=
# Commands not run below (they need an office server, a corpus or stdin dialogues): their help at least.
for c in init import key store serve join check-eval; do
    run "help-$c" 0 '' -- "$c" --help
done
run generate 0 '' -- --data-dir "$demo" generate --count 30
run bench 0 '' -- --data-dir "$demo" bench --runs 1
run search-bench 0 '' -- --data-dir "$demo" search-bench --runs 1
run publish-bench 0 '' -- --data-dir "$demo" publish-bench --runs 1
printf 'Bawaslu Kabupaten Kaur mengadakan rapat koordinasi pengawasan pemilu.\n' >"$work/rilis.txt"
run check 0 '' -- --data-dir "$demo" check "$work/rilis.txt"
run check-bench 0 '' -- --data-dir "$demo" check-bench --words 200 --runs 1
run export 0 "$pw" -- --data-dir "$demo" export --user admin --out "$work/kaur.humas.zip"
run verify 0 '' -- --data-dir "$demo" verify "$work/kaur.humas.zip"
run backup 0 '' -- --data-dir "$demo" backup --out "$work/backup.zip"
run compact 0 '' -- --data-dir "$demo" compact
run report 0 "$pw" -- --data-dir "$demo" report --user admin --month 2026-11 --out "$work/report.pdf"
# A release of the bundle for render (its item names are release ids).
release=$(unzip -Z1 "$work/kaur.humas.zip" 2>/dev/null | sed -n 's#^items/\(.*\)\.json$#\1#p' | head -1)
if [[ -n $release ]]; then
    for f in pdf docx html card whatsapp; do
        run "render-$f" 0 "$pw" -- --data-dir "$demo" render --user admin --release "$release" --format "$f" \
            --out "$work/out.$f"
    done
else
    echo "[smoke] render skipped: no unzip to find a release id in the bundle" >&2
fi
run restore 0 '' -- --data-dir "$demo" restore "$work/backup.zip"
run bundle-bench 0 '' -- --data-dir "$hq" bundle-bench --releases 50 --photos 5 --offices 2 --bundles-per-office 1 \
    --per-bundle 5 --runs 1

if ((${#failed[@]})); then
    echo "[smoke] ${#failed[@]} command(s) failed in the image: ${failed[*]}" >&2
    exit 1
fi
echo "[smoke] every command ran in the image"
