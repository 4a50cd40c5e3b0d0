#!/usr/bin/env bash
# Installs, builds, makes a small demo library and opens Lectern on it.
# Without a display it runs the same import with lectern-cli and prints the
# library summary instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/make-demo-media.sh build/demo/media
library=build/demo/library
build/app/lectern-cli --library "$library" import build/demo/media || true
if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
  exec build/app/gui/lectern --library "$library"
fi
echo "No display: here is the demo library."
build/app/lectern-cli --library "$library" list
build/app/lectern-cli --library "$library" stats
