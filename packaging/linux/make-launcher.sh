#!/usr/bin/env bash
# Writes the launcher of an app-image, bin/<name>, as a small POSIX sh script made from the image's
# lib/app/<name>.cfg (decision 0400): it execs lib/runtime/bin/java with the cfg's java-options, its
# class path and main class, as jpackage's native launcher would, but without that launcher's
# `rpm -qf` and `dpkg -S` on itself at every start (100-550 ms, decision 0402).
# usage: make-launcher.sh <app-image folder>
#
# build.sh runs it right after jpackage, and train-appcds.sh again whenever it changes the cfg, so
# the script always says what the cfg says; edit the cfg (or the build's options), never the script.
# Ships in the image as lib/app/make-launcher.sh (appcds-dump.sh runs it when it changes the cfg).
# Keys of the cfg that it does not know (a main module, default arguments...) fail it, rather than
# being dropped silently.
set -euo pipefail

image=$(cd -P "${1:?usage: make-launcher.sh <app-image folder>}" && pwd)
appdir=$image/lib/app
cfg=$(find "$appdir" -maxdepth 1 -name '*.cfg' | head -n 1)
[[ -n $cfg ]] || { echo "make-launcher: no .cfg in $appdir" >&2; exit 1; }
name=$(basename "$cfg" .cfg)
launcher=$image/bin/$name
[[ -x $image/lib/runtime/bin/java ]] || { echo "make-launcher: no runtime in $image/lib/runtime" >&2; exit 1; }

# One cfg value as one sh word: single-quoted, except jpackage's $APPDIR, $BINDIR and $ROOTDIR, which
# the launcher sets and the shell expands (the only variables jpackage 17 expands in a cfg).
word() {
    local v=$1 q="'"
    [[ -n $v ]] || { printf "''"; return; }
    v=${v//$q/$q\\$q$q}
    for d in APPDIR BINDIR ROOTDIR; do v=${v//\$$d/$q\"\$$d\"$q}; done
    v="'$v'"
    v=${v#"''"}
    printf '%s' "${v%"''"}"
}

options=() classpath=() main=''
section=''
while IFS= read -r line || [[ -n $line ]]; do
    line=${line%$'\r'}
    case $line in
        '' | '#'*) continue ;;
        '['*']') section=$line; continue ;;
    esac
    key=${line%%=*} value=${line#*=}
    case "$section $key" in
        '[Application] app.classpath') classpath+=("$value") ;;
        '[Application] app.mainclass') main=$value ;;
        '[JavaOptions] java-options') options+=("$value") ;;
        *) echo "make-launcher: $cfg: '$line' in $section is not handled; extend make-launcher.sh" >&2; exit 1 ;;
    esac
done <"$cfg"
[[ -n $main && ${#classpath[@]} -gt 0 ]] || { echo "make-launcher: $cfg has no app.mainclass or app.classpath" >&2; exit 1; }

cp_word=$(IFS=:; word "${classpath[*]}")
tmp=$launcher.new
{
    printf '%s\n' '#!/bin/sh' \
        "# Launcher of $name, written by make-launcher.sh from lib/app/$name.cfg (decision 0400): the" \
        "# runtime's java with the options jpackage's launcher would pass, without its package queries." \
        "# Do not edit: change the cfg (or the build) and run lib/app/make-launcher.sh <image folder>." \
        'self=$(readlink -f -- "$0") || exit 127' \
        'BINDIR=${self%/*}' \
        'ROOTDIR=${BINDIR%/*}' \
        'APPDIR=$ROOTDIR/lib/app' \
        'exec "$ROOTDIR/lib/runtime/bin/java" \'
    for o in "${options[@]}"; do printf '    %s \\\n' "$(word "$o")"; done
    printf '    %s \\\n' '"-Djpackage.app-path=$self"' "-cp $cp_word"
    printf '    %s "$@"\n' "$(word "$main")"
} >"$tmp"
chmod 755 "$tmp"
sh -n "$tmp" || { echo "make-launcher: the generated script does not parse: $tmp" >&2; exit 1; }
mv -f "$tmp" "$launcher"
# jpackage's native launcher (replaced above) needs this library; nothing else does.
rm -f "$image/lib/libapplauncher.so"
echo "make-launcher: $launcher"
