#!/usr/bin/env bash
# Builds the benchmark set (once) and runs the import benchmark on it.
set -euo pipefail
cd "$(dirname "$0")/../../.."
tools/bench/import/make-bench-media.sh build/bench/import-media
build/tools/bench/import/lectern-bench-import build/bench/import-media "$@"
