#!/usr/bin/env bash
# Generates the benchmark set: 60 one-minute files (an hour of audio) in
# six formats, speech-like and music-like signals at 44.1 kHz stereo.
set -euo pipefail
out=${1:?usage: make-bench-media.sh OUTPUT_DIR}
stamp="$out/.complete-v1"
[[ -f $stamp ]] && exit 0
rm -rf "$out"; mkdir -p "$out"
ff() { ffmpeg -nostdin -hide_banner -loglevel error -y "$@"; }
formats=("wav:pcm_s16le" "flac:flac" "mp3:libmp3lame" "ogg:libvorbis" "opus:libopus" "m4a:aac")
for i in $(seq 0 59); do
  spec=${formats[$((i % 6))]}
  ext=${spec%%:*}; codec=${spec#*:}
  frequency=$((110 + i * 7))
  ff -f lavfi -i "sine=frequency=$frequency:sample_rate=44100:duration=60" \
     -f lavfi -i "anoisesrc=color=pink:sample_rate=44100:duration=60:amplitude=0.05" \
     -filter_complex "[0:a][1:a]amix=inputs=2,tremolo=f=3:d=0.6,aformat=channel_layouts=stereo[a]" -map "[a]" \
     -metadata "title=Benchmark $i" -c:a "$codec" "$out/bench-$(printf '%02d' "$i").$ext"
done
touch "$stamp"
