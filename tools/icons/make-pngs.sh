#!/usr/bin/env bash
# The application icon as PNG at the hicolor theme's sizes, from the SVG
# (rsvg-convert, from librsvg2-bin), and the Windows .ico (ImageMagick's
# convert) and macOS .icns (png2icns, from icnsutils) made of them.
# Run after changing lectern.svg; the results are committed.
set -euo pipefail
cd "$(dirname "$0")/../../resources/icons"
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "hicolor/${size}x${size}"
  rsvg-convert -w "$size" -h "$size" lectern.svg -o "hicolor/${size}x${size}/lectern.png"
done
png() { for size in "$@"; do echo "hicolor/${size}x${size}/lectern.png"; done; }
convert $(png 16 24 32 48 64 128 256) lectern.ico
png2icns lectern.icns $(png 16 32 48 128 256 512) >/dev/null
