#!/usr/bin/env bash
# Generates the benchmark videos (once): the 24 small scene sequences, and
# the import benchmark's 1080p and 720p H.264 files; runs the keyframe
# benchmark on both.
set -euo pipefail
cd "$(dirname "$0")/../../.."
tools/bench/keyframes/make-videos.sh build/bench/keyframe-videos
tools/bench/import/make-bench-video.sh build/bench/import-video
build/tools/bench/keyframes/lectern-bench-keyframes build/bench/keyframe-videos --hd build/bench/import-video "$@"
