#!/usr/bin/env bash
# Generates the benchmark videos (once) and runs the keyframe benchmark.
set -euo pipefail
cd "$(dirname "$0")/../../.."
tools/bench/keyframes/make-videos.sh build/bench/keyframe-videos
build/tools/bench/keyframes/lectern-bench-keyframes build/bench/keyframe-videos "$@"
