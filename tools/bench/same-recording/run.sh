#!/usr/bin/env bash
# Builds the target recordings (once) and runs the same-recording benchmark.
set -euo pipefail
cd "$(dirname "$0")/../../.."
tools/bench/same-recording/make-media.sh build/bench/same-recording-media
build/tools/bench/same-recording/lectern-bench-same-recording build/bench/same-recording-media "$@"
