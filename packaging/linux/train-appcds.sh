#!/usr/bin/env bash
# Trains the AppCDS archive of an app-image and switches the launcher to it.
# usage: train-appcds.sh <app-image folder>     (build.sh calls it; it can be re-run on an image)
#
# One start under Xvfb with -XX:ArchiveClassesAtExit records every class loaded until the login
# window is shown and the database is open; later starts map those classes from the archive
# instead of loading and verifying them again. The same start writes the list of those classes,
# humasdesk.classlist, from which appcds-dump.sh makes an archive wherever the image is installed
# (an archive names the jars by their absolute paths, so it only fits the folder it was made in).
# Exit status 1 when no archive could be made: the image then stays as it is, without one.
set -euo pipefail

image=$(cd -P "${1:?usage: train-appcds.sh <app-image folder>}" && pwd)
appdir=$image/lib/app
# The launcher is named after its .cfg file (the folder may have been renamed).
cfg=$(find "$appdir" -maxdepth 1 -name '*.cfg' | head -n 1)
launcher=$image/bin/$(basename "${cfg:-none}" .cfg)
archive=humasdesk.jsa
classlist=humasdesk.classlist
log() { printf '[appcds] %s\n' "$*" >&2; }

if [[ ${SKIP_APPCDS:-false} == true ]]; then log "SKIP_APPCDS=true"; exit 1; fi
if ! command -v xvfb-run >/dev/null; then log "xvfb-run not found (apt-get install xvfb)"; exit 1; fi
[[ -n $cfg && -x $launcher ]] || { log "no launcher or cfg in $image"; exit 1; }

# A second training replaces the first.
sed -i -e '/-XX:SharedArchiveFile=/d' -e '/-Xshare:/d' "$cfg"
rm -f "${appdir:?}/$archive" "$appdir/$classlist"

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# An office with users, so the training start shows the login window, the screen of every start.
if ! "$launcher" --data-dir "$data" generate --count 20 >"$data/generate.log" 2>&1; then
    log "could not prepare the training data directory:"; cat "$data/generate.log" >&2; exit 1
fi
log "training run under Xvfb"
# JAVA_TOOL_OPTIONS reaches the JVM whatever the launcher passes; the launcher ignores JDK_JAVA_OPTIONS.
if ! JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$appdir/$archive -XX:DumpLoadedClassList=$appdir/$classlist" \
        timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --data-dir "$data" --exit-after-start \
        >"$data/train.log" 2>&1 || [[ ! -s $appdir/$archive ]]; then
    log "training run failed:"; cat "$data/train.log" >&2; rm -f "$appdir/$archive" "$appdir/$classlist"; exit 1
fi
# -Xshare:on fails instead of falling back: proves the archive matches this runtime and class path.
if ! JAVA_TOOL_OPTIONS="-XX:SharedArchiveFile=$appdir/$archive -Xshare:on" "$launcher" --version \
        >"$data/check.log" 2>&1; then
    log "the archive does not load:"; cat "$data/check.log" >&2; rm -f "$appdir/$archive"; exit 1
fi
# $APPDIR is expanded by the launcher. -Xshare:auto: a missing or stale archive means a slower start,
# never a failed one.
printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/'"$archive" 'java-options=-Xshare:auto' >>"$cfg"
log "archive $appdir/$archive ($(du -h "$appdir/$archive" | cut -f1))"
