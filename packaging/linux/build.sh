#!/usr/bin/env bash
# Builds the Linux app-image target/dist/HumasDesk (launcher: bin/HumasDesk) and, with BUILD_DEB=true,
# a .deb beside it. Called by `mvn -B -Pdist -DskipTests package` (see packaging/README.md), which
# first puts the app jar in target/ and its runtime dependencies in target/libs.
#
# Steps: jlink a runtime (JDK jmods + JavaFX linux jars as modules), copy the JavaFX native libraries
# into it, jpackage the app jar and the other jars on the class path, replace jpackage's launcher by a
# sh script written from its cfg (make-launcher.sh, decision 0400), then train an AppCDS archive
# with one start under Xvfb (skipped with a warning when xvfb-run is missing; a failed training fails
# the build).
#
# Environment: APP_JVM_FLAGS (JVM flags for the launcher), MAIN_CLASS, JDK_HOME (else JAVA_HOME,
# else the javac on PATH), BUILD_DEB=true for the .deb, SKIP_APPCDS=true to skip the archive,
# SMOKE=false to skip running every command once in the image (smoke-image.sh).
set -euo pipefail

version=${1:?usage: build.sh <version>}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
common=$(cd "$here/../common" && pwd)
root=$(cd "$here/../.." && pwd)
target=$root/target
dist=$target/dist
work=$target/dist-work
app_name=HumasDesk
main_class=${MAIN_CLASS:-id.humasdesk.app.Main}
main_jar=humasdesk-$version.jar
# jpackage accepts only dotted numbers: 0.2.0-SNAPSHOT becomes 0.2.0.
app_version=${version%%-*}
icon=$root/assets/icons/humasdesk-256.png
description="Editorial workstation for public-relations teams"

log() { printf '[packaging] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
# Lines of a list file without comments and blank lines.
list() { grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$1"; }

[[ $(uname -s) == Linux ]] || die "this script builds the Linux image; for $(uname -s) see packaging/README.md"

jdk=${JDK_HOME:-${JAVA_HOME:-}}
if [[ -z $jdk ]] && command -v javac >/dev/null; then
    jdk=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
fi
for tool in jlink jpackage jar java; do
    [[ -x $jdk/bin/$tool ]] || die "no $tool in '$jdk': set JAVA_HOME to a JDK 17 (Debian: openjdk-17-jdk-headless)"
done
[[ -f $jdk/jmods/java.base.jmod ]] || die "$jdk has no jmods/ folder, which jlink needs"
[[ -f $target/$main_jar ]] || die "missing $target/$main_jar: run through Maven (mvn -B -Pdist -DskipTests package)"
shopt -s nullglob
compgen -G "$target/libs/javafx-*-linux.jar" >/dev/null || die "no JavaFX linux jars in $target/libs"
log "JDK $jdk, version $version"

rm -rf "$work" "$dist/$app_name"
mkdir -p "$work/input" "$work/fx" "$work/native" "$dist"

# The class path of the image: the app and every non-JavaFX jar. JavaFX becomes part of the runtime.
cp "$target/$main_jar" "$work/input/"
for f in "$target"/libs/*.jar; do
    case $(basename "$f") in
        javafx-*-linux.jar) cp "$f" "$work/fx/" ;;
        javafx-*) ;; # the empty platform-neutral JavaFX jars
        *) cp "$f" "$work/input/" ;;
    esac
done
fx_jars=("$work"/fx/*.jar)
# copy-dependencies only ever adds files: dropping the folder keeps jars of replaced versions out
# of the next image (Maven fills it again on the next build).
rm -rf "$target/libs"

log "jlink runtime"
fx_path=$(IFS=:; echo "${fx_jars[*]}")
# --generate-cds-archive writes the runtime's default CDS archive, on which the AppCDS archive builds.
# The native libraries inside the JavaFX jars are left out of the modules file and copied to lib/
# below, where JavaFX finds them; otherwise it unpacks them into ~/.openjfx/cache at first start.
"$jdk/bin/jlink" \
    --module-path "$jdk/jmods:$fx_path" \
    --add-modules "$(list "$common/runtime-modules.txt" | paste -sd, -)" \
    --include-locales=en,id \
    --exclude-resources='glob:/javafx.*/*.so' \
    --strip-debug --no-header-files --no-man-pages \
    --generate-cds-archive \
    --output "$work/runtime"
for j in "${fx_jars[@]}"; do
    mapfile -t libs < <("$jdk/bin/jar" tf "$j" | grep '\.so$' || true)
    ((${#libs[@]} == 0)) || (cd "$work/native" && "$jdk/bin/jar" xf "$j" "${libs[@]}")
done
cp "$work"/native/*.so "$work/runtime/lib/"
# The default CDS archive for heaps over 32 GB (no compressed pointers): never used by this app.
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"

# Makes the AppCDS archive wherever the image ends up (see appcds-dump.sh), and writes the launcher
# from the cfg (make-launcher.sh); not jars, so not on the class path.
cp "$here/appcds-dump.sh" "$here/make-launcher.sh" "$work/input/"

java_options=()
for o in ${APP_JVM_FLAGS:-}; do java_options+=(--java-options "$o"); done
while read -r o; do java_options+=(--java-options "$o"); done < <(list "$common/image-java-options.txt")

log "jpackage app-image"
"$jdk/bin/jpackage" --type app-image \
    --dest "$dist" --name "$app_name" --app-version "$app_version" \
    --vendor "HumasDesk" --description "$description" \
    --runtime-image "$work/runtime" \
    --input "$work/input" --main-jar "$main_jar" --main-class "$main_class" \
    --icon "$icon" \
    "${java_options[@]}"

image=$dist/$app_name
launcher=$image/bin/$app_name
cfg=$image/lib/app/$app_name.cfg
[[ -x $launcher && -f $cfg ]] || die "jpackage made no launcher at $launcher"
chmod 755 "$image/lib/app/appcds-dump.sh" "$image/lib/app/make-launcher.sh"
# jpackage's native launcher asks rpm and dpkg who owns it at every start (100-550 ms, decision 0402):
# bin/HumasDesk becomes a sh script that execs the runtime's java with the cfg's options. From here
# on every start (AppCDS training, smoke test, .deb) goes through it; the cfg stays the one source.
"$here/make-launcher.sh" "$image" >/dev/null || die "could not write the launcher from $cfg"

# A failed training fails the build: an image without its archive starts ~1.5x slower, which must not
# ship unnoticed (decision 0410). Skipping on purpose (SKIP_APPCDS=true) or without xvfb-run is said.
cds=0
"$here/train-appcds.sh" "$image" || cds=$?
case $cds in
    0) ;;
    2) log "WARNING: AppCDS archive skipped; the image works but starts slower" ;;
    *) die "the AppCDS training run failed (output above). Fix it, or build without the archive on purpose with SKIP_APPCDS=true" ;;
esac

# Every command once in the image (issue 16): a module missing from the jlinked runtime fails here.
if [[ ${SMOKE:-true} != false ]]; then
    log "smoke test: every command in the image"
    "$here/smoke-image.sh" "$image" || die "a command failed in the image (output above); SMOKE=false skips this check"
fi

log "app-image: $launcher ($(du -sh "$image" | cut -f1))"

if [[ ${BUILD_DEB:-false} == true ]]; then
    for tool in dpkg-deb fakeroot; do
        command -v "$tool" >/dev/null || die "the .deb needs $tool (apt-get install -y dpkg-dev fakeroot); the app-image is ready"
    done
    log "jpackage deb"
    # The trained archive fits only this folder; the package makes its own after installing
    # (packaging/linux/deb/postinst), so it leaves this one out.
    rm -rf "$work/deb"
    mkdir -p "$work/deb"
    cp -a "$image" "$work/deb/"
    rm -f "$work/deb/$app_name/lib/app/humasdesk.jsa"
    rm -f "$dist"/*.deb
    "$jdk/bin/jpackage" --type deb \
        --app-image "$work/deb/$app_name" --dest "$dist" \
        --resource-dir "$here/deb" \
        --name "$app_name" --app-version "$app_version" \
        --vendor "HumasDesk" --description "$description" \
        --icon "$icon" \
        --linux-package-name humasdesk \
        --linux-package-deps libgtk-3-0 \
        --linux-deb-maintainer "humas@humasdesk.invalid" \
        --linux-menu-group "Office" --linux-app-category editors \
        --linux-shortcut
    log "deb: $(ls "$dist"/*.deb)"
fi
