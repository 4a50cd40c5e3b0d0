#!/usr/bin/env bash
# Installs, builds and runs the whole test suite, then each fuzz target for
# a few seconds on its seeds (so they keep building and the seeds stay
# clean). No display needed: the GUI test uses Qt's offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
(cd build && ctest --output-on-failure --parallel "$(nproc)" --timeout 900)
tools/fuzz/run.sh --seconds 5
