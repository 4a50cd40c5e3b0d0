#!/usr/bin/env bash
# Takes the README's screenshots of the real window under Xvfb: the demo
# library by class, an example search with a modifier, the detail pane
# zoomed with a selection, collections, duplicates, the welcome page and the
# dark theme. Writes docs/screenshots/*.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
need=()
for tool in Xvfb:xvfb; do
  command -v "${tool%%:*}" >/dev/null || need+=("${tool#*:}")
done
if ((${#need[@]})); then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}"
fi
scripts/setup.sh
scripts/make-demo-media.sh build/demo/media
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
build/app/lectern-cli --library "$work/library" import build/demo/media >/dev/null
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$work/config"
out=docs/screenshots
mkdir -p "$out"
build/tools/screenshots/lectern-screenshot-tour "$work/library" "$out" --welcome "$work/empty"
rm -rf "$work/config"
cp -r "$work/library" "$work/library-dark"
GTK_THEME=Adwaita:dark build/tools/screenshots/lectern-screenshot-tour "$work/library-dark" "$out" --dark
# The window in French and in Arabic (right to left) beside the English ones.
for language in fr ar; do
  rm -rf "$work/config"
  cp -r "$work/library" "$work/library-$language"
  build/tools/screenshots/lectern-screenshot-tour "$work/library-$language" "$out" --language "$language"
done
