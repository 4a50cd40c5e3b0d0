#!/usr/bin/env bash
# The application icon as PNG at the hicolor theme's sizes, from the SVG
# (needs rsvg-convert from librsvg2-bin). Run after changing lectern.svg.
set -euo pipefail
cd "$(dirname "$0")/../../resources/icons"
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "hicolor/${size}x${size}"
  rsvg-convert -w "$size" -h "$size" lectern.svg -o "hicolor/${size}x${size}/lectern.png"
done
