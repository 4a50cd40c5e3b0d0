#!/usr/bin/env bash
# Target recordings for the same-recording benchmark, from Debian packages
# only: the recorded orchestral tracks of wesnoth-1.16-music, espeak-ng
# speech in many voices reading the licence texts every Debian system has,
# and random MIDI pieces with drums rendered by fluidsynth. Also: every
# target re-encoded as MP3 at 64 kbit/s, and a babble track of four voices.
set -euo pipefail
out=${1:?usage: make-media.sh OUTPUT_DIR}
stamp="$out/.complete-v1"
[[ -f $stamp ]] && exit 0
if ! dpkg-query -W -f='${Status}' wesnoth-1.16-music 2>/dev/null | grep -q "install ok installed"; then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends wesnoth-1.16-music
fi
rm -rf "$out"; mkdir -p "$out/targets" "$out/mp3"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
ff() { ffmpeg -nostdin -hide_banner -loglevel error -y "$@"; }
RANDOM=20261122

# Recorded music.
for track in /usr/share/games/wesnoth/1.16/data/core/music/*.ogg; do
  cp "$track" "$out/targets/music-$(basename "$track")"
done

# Speech: a minute each, many voices, speeds and pitches.
text=$(cat /usr/share/common-licenses/GPL-3 /usr/share/common-licenses/Apache-2.0 | tr -s ' \n' ' ')
voices=(en en-gb en-us de fr-fr es it nl pl pt sv da fi cs hu ro)
variants=(m1 m2 m3 m4 m7 f1 f2 f3 f4 f5)
for i in $(seq -w 0 39); do
  voice=${voices[$((RANDOM % ${#voices[@]}))]}+${variants[$((RANDOM % ${#variants[@]}))]}
  start=$((RANDOM * 17 % (${#text} - 2000)))
  espeak-ng -v "$voice" -s $((120 + RANDOM % 70)) -p $((25 + RANDOM % 50)) -w "$work/speech.wav" "${text:start:1100}"
  ff -i "$work/speech.wav" -t 60 -c:a flac "$out/targets/speech-$i.flac"
done

# Music from random MIDI: a melody instrument, a bass line and a drum kit.
byte() { printf "\\x$(printf '%02x' "$1")"; }
write_midi() {  # file program tempo_us
  local file=$1 program=$2 tempo=$3 track="" note bass
  track+="\x00\xff\x51\x03\x$(printf '%02x' $((tempo >> 16)))\x$(printf '%02x' $((tempo >> 8 & 255)))\x$(printf '%02x' $((tempo & 255)))"
  track+="\x00\xc0\x$(printf '%02x' "$program")\x00\xc1\x$(printf '%02x' $((32 + RANDOM % 8)))"
  note=$((55 + RANDOM % 15))
  for step in $(seq 1 200); do
    note=$((note + RANDOM % 7 - 3)); ((note < 48)) && note=48; ((note > 84)) && note=84
    bass=$((note - 24 - RANDOM % 5))
    track+="\x00\x90\x$(printf '%02x' $note)\x$(printf '%02x' $((70 + RANDOM % 40)))"
    ((step % 2)) && track+="\x00\x91\x$(printf '%02x' $bass)\x60"
    track+="\x00\x99\x$(printf '%02x' $((step % 4 == 1 ? 36 : (step % 4 == 3 ? 38 : 42))))\x64"
    track+="\x30\x80\x$(printf '%02x' $note)\x40"
    ((step % 2)) && track+="\x00\x81\x$(printf '%02x' $bass)\x40"
  done
  track+="\x00\xff\x2f\x00"
  local length; length=$(printf "$track" | wc -c)
  { printf 'MThd\x00\x00\x00\x06\x00\x00\x00\x01\x00\x60MTrk'
    byte $((length >> 24 & 255)); byte $((length >> 16 & 255)); byte $((length >> 8 & 255)); byte $((length & 255))
    printf "$track"; } > "$file"
}
programs=(0 4 11 19 24 26 40 41 48 52 56 65 68 71 73 80 88 105)
for i in $(seq -w 0 39); do
  write_midi "$work/piece.mid" "${programs[$((RANDOM % ${#programs[@]}))]}" $((350000 + RANDOM % 400000))
  fluidsynth -ni -q -g 0.8 -F "$work/piece.wav" -r 44100 /usr/share/sounds/sf2/FluidR3_GM.sf2 "$work/piece.mid" >/dev/null
  ff -i "$work/piece.wav" -t 60 -c:a flac "$out/targets/midi-$i.flac"
done

# MP3 at 64 kbit/s of every target.
for target in "$out"/targets/*; do
  name=$(basename "${target%.*}")
  ff -i "$target" -c:a libmp3lame -b:a 64k "$out/mp3/$name.mp3"
done

# Babble: four voices reading different passages at once.
for v in 0 1 2 3; do
  espeak-ng -v "${voices[$v]}+${variants[$((v * 2))]}" -s 160 -w "$work/b$v.wav" "${text:$((v * 3000)):2500}"
done
ff -i "$work/b0.wav" -i "$work/b1.wav" -i "$work/b2.wav" -i "$work/b3.wav" \
   -filter_complex "amix=inputs=4:duration=shortest" -ar 16000 -ac 1 "$out/babble.wav"
touch "$stamp"
