#!/bin/bash
# Makes the AppCDS archive of an installed HumasDesk from its class list, without a display.
# usage: appcds-dump.sh [install folder]   (default: the image this script lies in, lib/app/..)
#
# Ships inside the image as lib/app/appcds-dump.sh. An archive names the jars by their absolute
# paths, so the one trained at build time fits only the build folder: the .deb runs this script
# after installing (and removes the archive before uninstalling); after moving an app-image, run
# it once by hand. It reads the class path and the JVM options from the launcher's .cfg, exactly
# as the launcher passes them, and checks the result with -Xshare:on. Without an archive the app
# works, only starts slower.
set -euo pipefail

image=$(cd -P "${1:-$(dirname "$0")/../..}" && pwd)
appdir=$image/lib/app
cfg=$(find "$appdir" -maxdepth 1 -name '*.cfg' | head -n 1)
java=$image/lib/runtime/bin/java
classlist=$appdir/humasdesk.classlist
archive=$appdir/humasdesk.jsa
[[ -n $cfg && -x $java && -f $classlist ]] || { echo "appcds-dump: no cfg, runtime or class list in $image" >&2; exit 1; }

classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|^\\\$APPDIR|$appdir|" | paste -sd: -)
options=()
while read -r o; do
    case $o in -XX:SharedArchiveFile=* | -Xshare:* | -Djpackage.app-version=*) ;; *) options+=("$o") ;; esac
done < <(sed -n 's/^java-options=//p' "$cfg")

rm -f "$archive"
"$java" -Xshare:dump -XX:SharedClassListFile="$classlist" -XX:SharedArchiveFile="$archive" \
    "${options[@]}" -cp "$classpath" -Xlog:cds=off -Xlog:cds+dynamic=off >/dev/null 2>&1 \
    || { echo "appcds-dump: the JVM could not write $archive" >&2; rm -f "$archive"; exit 1; }
"$java" -XX:SharedArchiveFile="$archive" -Xshare:on "${options[@]}" -cp "$classpath" \
    -XshowSettings:none -version >/dev/null 2>&1 \
    || { echo "appcds-dump: $archive does not load, removed" >&2; rm -f "$archive"; exit 1; }
# The launcher is written from the cfg (make-launcher.sh, decision 0400): write it again if the cfg changed.
if ! grep -q -- '-XX:SharedArchiveFile=' "$cfg"; then
    printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/humasdesk.jsa' 'java-options=-Xshare:auto' >>"$cfg"
    [[ ! -x $appdir/make-launcher.sh ]] || "$appdir/make-launcher.sh" "$image" >/dev/null
fi
echo "appcds-dump: $archive"
