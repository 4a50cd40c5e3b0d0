#!/usr/bin/env bash
# 1,000 short, distinct sound files for the window benchmark's import: a
# chord of random pitch and length each, generated once with sox.
set -euo pipefail
out=${1:?usage: make-import-media.sh OUTPUT_DIR}
stamp="$out/.complete-v1"
[[ -f $stamp ]] && exit 0
rm -rf "$out"; mkdir -p "$out"
RANDOM=2412
for i in $(seq -w 0 999); do
  f=$((110 + RANDOM % 800)); g=$((f * 5 / 4)); d=$((1 + RANDOM % 3))
  sox -q -n -r 16000 -c 1 "$out/tone-$i.flac" synth "$d" sine "$f" sine "$g" remix - gain -6
done
touch "$stamp"
