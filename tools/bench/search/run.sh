#!/usr/bin/env bash
# Imports the same-recording benchmark's real recordings (once) as the seed
# library and runs the search benchmark.
set -euo pipefail
cd "$(dirname "$0")/../../.."
media=build/bench/same-recording-media
tools/bench/same-recording/make-media.sh "$media"
seed=build/bench/search/seed-library
if [[ ! -f $seed/.imported ]]; then
  build/app/lectern-cli --library "$seed" import "$media" >/dev/null
  touch "$seed/.imported"
fi
clip=$(find "$media" -type f \( -name '*.flac' -o -name '*.wav' -o -name '*.ogg' \) | sort | head -1)
build/tools/bench/search/lectern-bench-search "$seed" "$clip" build/bench/search/work "$@"
