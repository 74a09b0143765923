#!/usr/bin/env bash
# Runs every command of the built app-image once, in the image's own jlinked runtime, so a module
# missing from common/runtime-modules.txt (issue 16: jdk.management for the bench commands) fails
# the build instead of a user. Called by build.sh after the image is made (SMOKE=false skips it);
# also runs by hand: packaging/linux/smoke-image.sh target/dist/HumasDesk
#
# Each command gets small sizes; a command passes when it exits 0 (or the expected code) and its
# output holds no ClassNotFoundException / NoClassDefFoundError / "module ... not found".
# serve and join start an office server or join one: only their --help is run.
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

# run NAME EXPECTED_EXIT [stdin-text] -- ARGS...
run() {
    local name=$1 want=$2 input=$3
    shift 4
    local rc=0
    printf '%s\n' "$input" | "$launcher" "$@" >"$log" 2>&1 || rc=$?
    if ((rc != want)) || grep -qE 'ClassNotFoundException|NoClassDefFoundError|NoSuchMethodError|module .* not found|UnsatisfiedLinkError' "$log"; then
        echo "[smoke] FAIL $name (exit $rc, expected $want): $*" >&2
        tail -20 "$log" >&2
        failed+=("$name")
    else
        echo "[smoke] ok   $name"
    fi
}

run version 0 '' -- --version
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
