#!/usr/bin/env bash
# Trains the AppCDS archive of an app-image and switches the launcher to it.
# usage: train-appcds.sh <app-image folder>     (build.sh calls it; it can be re-run on an image)
#
# One start under Xvfb with -XX:ArchiveClassesAtExit records every class loaded until the login
# window is shown and the database is open; later starts map those classes from the archive
# instead of loading and verifying them again. The same start writes the list of those classes,
# humasdesk.classlist, from which appcds-dump.sh makes an archive wherever the image is installed
# (an archive names the jars by their absolute paths, so it only fits the folder it was made in).
# Exit status 1 when the training failed (build.sh then fails the build: decision 0410), 2 when it was
# skipped on purpose (SKIP_APPCDS=true) or cannot run here (no xvfb-run): the image then has no archive.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
image=$(cd -P "${1:?usage: train-appcds.sh <app-image folder>}" && pwd)
appdir=$image/lib/app
# The launcher is named after its .cfg file (the folder may have been renamed).
cfg=$(find "$appdir" -maxdepth 1 -name '*.cfg' | head -n 1)
launcher=$image/bin/$(basename "${cfg:-none}" .cfg)
archive=humasdesk.jsa
classlist=humasdesk.classlist
log() { printf '[appcds] %s\n' "$*" >&2; }

if [[ ${SKIP_APPCDS:-false} == true ]]; then log "SKIP_APPCDS=true"; exit 2; fi
if ! command -v xvfb-run >/dev/null; then log "xvfb-run not found (apt-get install xvfb)"; exit 2; fi
[[ -n $cfg && -x $launcher ]] || { log "no launcher or cfg in $image"; exit 1; }

# A second training replaces the first. The launcher is written from the cfg (make-launcher.sh), so
# it is written again after each change of the cfg.
sed -i -e '/-XX:SharedArchiveFile=/d' -e '/-Xshare:/d' "$cfg"
"$here/make-launcher.sh" "$image" >/dev/null
rm -f "${appdir:?}/$archive" "$appdir/$classlist"

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# An office with users, so the training start shows the login window, the screen of every start.
if ! "$launcher" --data-dir "$data" generate --count 20 >"$data/generate.log" 2>&1; then
    log "could not prepare the training data directory:"; cat "$data/generate.log" >&2; exit 1
fi
# JAVA_TOOL_OPTIONS reaches the JVM whatever options the launcher passes.
# A start takes seconds (up to a minute on a loaded build machine); 240 s means it hangs. One retry for a machine that was merely overloaded.
trained=false
for attempt in 1 2; do
    log "training run under Xvfb (attempt $attempt)"
    rm -f "${appdir:?}/$archive" "$appdir/$classlist"
    status=0
    JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$appdir/$archive -XX:DumpLoadedClassList=$appdir/$classlist" \
        timeout 240 xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --data-dir "$data" --exit-after-start \
        >"$data/train.log" 2>&1 || status=$?
    if [[ $status == 0 && -s $appdir/$archive ]] && grep -q '^startup_ms=' "$data/train.log"; then
        trained=true
        break
    fi
    if [[ $status == 124 ]]; then
        log "training run attempt $attempt did not exit within 240 s (timeout); its output:"
    else
        log "training run attempt $attempt failed (exit $status, archive $([[ -s $appdir/$archive ]] && echo made || echo missing)); its output:"
    fi
    cat "$data/train.log" >&2
done
if [[ $trained != true ]]; then
    rm -f "$appdir/$archive" "$appdir/$classlist"; exit 1
fi
# -Xshare:on fails instead of falling back: proves the archive matches this runtime and class path.
if ! JAVA_TOOL_OPTIONS="-XX:SharedArchiveFile=$appdir/$archive -Xshare:on" "$launcher" --version \
        >"$data/check.log" 2>&1; then
    log "the archive does not load:"; cat "$data/check.log" >&2; rm -f "$appdir/$archive"; exit 1
fi
# $APPDIR is expanded by the launcher. -Xshare:auto: a missing or stale archive means a slower start,
# never a failed one.
printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/'"$archive" 'java-options=-Xshare:auto' >>"$cfg"
"$here/make-launcher.sh" "$image" >/dev/null
log "archive $appdir/$archive ($(du -h "$appdir/$archive" | cut -f1))"
