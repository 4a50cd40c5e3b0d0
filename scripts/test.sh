#!/usr/bin/env bash
# Installs, builds and runs the whole test suite. No display needed: the GUI
# test uses Qt's offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 900
