#!/usr/bin/env bash
# Builds the benchmark sets (once) and runs the import benchmark on each:
# audio (60 one-minute files in six formats) and video (1080p and 720p
# H.264 with AAC, tools/bench/import/make-bench-video.sh), reported apart.
set -euo pipefail
cd "$(dirname "$0")/../../.."
tools/bench/import/make-bench-media.sh build/bench/import-media
tools/bench/import/make-bench-video.sh build/bench/import-video
echo "== audio"
build/tools/bench/import/lectern-bench-import build/bench/import-media "$@"
echo
for size in 1080p 720p; do
  echo "== video, $size H.264 (x real time: of the files' duration; decode only: their sound)"
  build/tools/bench/import/lectern-bench-import "build/bench/import-video/$size" "$@"
  echo
done
