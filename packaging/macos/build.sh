#!/usr/bin/env bash
# Builds the macOS app bundle target/dist/HumasDesk.app and, with --dmg, a disk image beside it.
# UNTESTED: written on Linux beside packaging/linux/build.sh, which it mirrors step by step.
#
# Prerequisites: macOS with a JDK 17 that has jmods/ (e.g. Temurin 17; JAVA_HOME set) and Maven.
#
#   mvn -B -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/libs
#   packaging/macos/build.sh [--dmg]
#
# Maven resolves the JavaFX jars for the Mac it runs on (classifier mac or mac-aarch64), so build on
# the architecture you ship. The bundle is not signed or notarized: Gatekeeper will ask the user to
# confirm the first start (right click, Open). Signing needs an Apple Developer ID: add
# --mac-sign --mac-signing-key-user-name "<name>" to the jpackage calls.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
common=$(cd "$here/../common" && pwd)
root=$(cd "$here/../.." && pwd)
target=$root/target
dist=$target/dist
work=$target/dist-work
list() { grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$1"; }
die() { echo "ERROR: $*" >&2; exit 1; }

[[ $(uname -s) == Darwin ]] || die "this script builds the macOS bundle; run it on a Mac"
jdk=${JAVA_HOME:-$(/usr/libexec/java_home -v 17 2>/dev/null || true)}
[[ -f $jdk/jmods/java.base.jmod ]] || die "set JAVA_HOME to a JDK 17 with a jmods folder"
jar=$(ls "$target"/humasdesk-*.jar 2>/dev/null | head -n 1)
[[ -n $jar ]] || die "no target/humasdesk-<version>.jar: run the Maven command above first"
main_jar=$(basename "$jar")
version=${main_jar#humasdesk-}
version=${version%.jar}
app_version=${version%%-*}
# The same JVM flags as the Linux launcher: the pom property app.jvm.flags.
jvm_flags=$(sed -n 's:.*<app.jvm.flags>\(.*\)</app.jvm.flags>.*:\1:p' "$root/pom.xml")

rm -rf "$work" "$dist/HumasDesk.app"
mkdir -p "$work/input" "$work/fx" "$work/native" "$dist"
cp "$jar" "$work/input/"
for f in "$target"/libs/*.jar; do
    case $(basename "$f") in
        javafx-*-mac*.jar) cp "$f" "$work/fx/" ;;
        javafx-*) ;;
        *) cp "$f" "$work/input/" ;;
    esac
done
fx_jars=("$work"/fx/*.jar)
[[ -e ${fx_jars[0]} ]] || die "no JavaFX mac jars in target/libs"

"$jdk/bin/jlink" \
    --module-path "$jdk/jmods:$(IFS=:; echo "${fx_jars[*]}")" \
    --add-modules "$(list "$common/runtime-modules.txt" | paste -sd, -)" \
    --include-locales=en,id --exclude-resources='glob:/javafx.*/*.dylib' \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
    --output "$work/runtime"
# JavaFX finds its native libraries in the runtime's lib/ instead of unpacking them to ~/.openjfx.
for j in "${fx_jars[@]}"; do
    libs=$("$jdk/bin/jar" tf "$j" | grep '\.dylib$' || true)
    [[ -z $libs ]] || (cd "$work/native" && "$jdk/bin/jar" xf "$j" $libs)
done
cp "$work"/native/*.dylib "$work/runtime/lib/"

java_options=()
for o in $jvm_flags; do java_options+=(--java-options "$o"); done
while read -r o; do java_options+=(--java-options "$o"); done < <(list "$common/image-java-options.txt")

"$jdk/bin/jpackage" --type app-image --dest "$dist" --name HumasDesk \
    --app-version "$app_version" --vendor HumasDesk \
    --description "Editorial workstation for public-relations teams" \
    --runtime-image "$work/runtime" --input "$work/input" \
    --main-jar "$main_jar" --main-class id.humasdesk.app.Main \
    --icon "$here/HumasDesk.icns" \
    --mac-package-identifier id.humasdesk.app --mac-package-name HumasDesk \
    "${java_options[@]}"
echo "app bundle: $dist/HumasDesk.app (command line: $dist/HumasDesk.app/Contents/MacOS/HumasDesk --help)"

if [[ ${1:-} == --dmg ]]; then
    "$jdk/bin/jpackage" --type dmg --app-image "$dist/HumasDesk.app" --dest "$dist" \
        --name HumasDesk --app-version "$app_version" --vendor HumasDesk
    ls "$dist"/*.dmg
fi
