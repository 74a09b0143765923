#!/usr/bin/env bash
# Renders the app icon from its SVG sources in assets/icons/ into the PNGs beside them, the Windows
# .ico and the macOS .icns. The results are committed, so builds need none of these tools; run this
# only after changing an SVG. Debian: apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
icons=$root/assets/icons
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

render() { # <svg> <size> <out.png>
    rsvg-convert -w "$2" -h "$2" "$1" -o "$3"
}
for s in 16 24; do render "$icons/humasdesk-small.svg" "$s" "$icons/humasdesk-$s.png"; done
for s in 32 48 64 128 256; do render "$icons/humasdesk.svg" "$s" "$icons/humasdesk-$s.png"; done
for s in 512 1024; do render "$icons/humasdesk.svg" "$s" "$tmp/humasdesk-$s.png"; done

# Windows: one .ico with every size Explorer and the taskbar ask for (256 is stored as PNG).
convert "$icons"/humasdesk-{16,24,32,48,64,128,256}.png "$root/packaging/windows/HumasDesk.ico"
# macOS: png2icns takes 16, 32, 48, 128, 256, 512 and 1024.
png2icns "$root/packaging/macos/HumasDesk.icns" \
    "$icons"/humasdesk-{16,32,48,128,256}.png "$tmp"/humasdesk-{512,1024}.png >/dev/null
ls -l "$icons"/*.png "$root/packaging/windows/HumasDesk.ico" "$root/packaging/macos/HumasDesk.icns"
