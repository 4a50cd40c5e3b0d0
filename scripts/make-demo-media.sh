#!/usr/bin/env bash
# Generates a small demo collection: spoken lessons from espeak-ng in two
# languages, a piano piece rendered with fluidsynth and the GM sound font,
# a short lecture, and a video with a soundtrack. Nothing is downloaded.
set -euo pipefail
out=${1:?usage: make-demo-media.sh OUTPUT_DIR}
stamp="$out/.complete-v1"
[[ -f $stamp ]] && exit 0
rm -rf "$out"
mkdir -p "$out/English A1" "$out/Français" "$out/Music" "$out/Science" "$out/Film club"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ff() { ffmpeg -nostdin -hide_banner -loglevel error -y "$@"; }

espeak-ng -v en-gb -s 140 -w "$work/greetings.wav" \
  "Lesson one. Greetings. Repeat after me. Good morning. ... Good afternoon. ... Good evening. ... How are you? ... I am fine, thank you."
ff -i "$work/greetings.wav" -metadata title="Greetings – repeat after me" -metadata album="English for Beginners" \
   -metadata artist="Ms Taylor" -metadata genre="Language course" -metadata track=1 -c:a libmp3lame -b:a 96k \
   "$out/English A1/01 Greetings.mp3"

espeak-ng -v fr -s 130 -w "$work/nombres.wav" \
  "Leçon deux. Les nombres. Répétez. Un. ... Deux. ... Trois. ... Quatre. ... Cinq. ... Six. ... Sept."
ff -i "$work/nombres.wav" -metadata title="Les nombres de un à sept" -metadata album="Français pour débutants" \
   -metadata artist="Madame Dubois" -metadata genre="Cours de langue" -c:a libvorbis "$out/Français/Leçon 2 – les nombres.ogg"

espeak-ng -v en-us -s 160 -w "$work/lecture.wav" \
  "Today we talk about the water cycle. Water evaporates from the oceans, rises as vapour, cools and condenses into clouds. \
When the droplets grow heavy they fall as rain or snow, run off into rivers, and return to the sea. \
The sun drives the whole cycle, and it has done so for billions of years."
ff -i "$work/lecture.wav" -metadata title="The water cycle" -metadata artist="Dr Okafor" -metadata genre="Lecture" \
   -metadata comment="Year 7 geography, week 3" -c:a aac -b:a 96k "$out/Science/The water cycle.m4a"

# A piano sonatina: a format-0 MIDI file written byte by byte, rendered with fluidsynth.
notes=(60 64 67 72 71 67 64 62 60 65 69 72 71 67 62 59 60 64 67 72 74 72 67 64 60)
track="\x00\xc0\x00"  # program 0: acoustic grand piano
for note in "${notes[@]}"; do
  hex=$(printf '%02x' "$note")
  track+="\x00\x90\x${hex}\x50\x60\x80\x${hex}\x40"  # on, a quarter note (96 ticks) later off
done
track+="\x00\xff\x2f\x00"
length=$(printf "$track" | wc -c)
{
  printf 'MThd\x00\x00\x00\x06\x00\x00\x00\x01\x00\x60MTrk'
  printf "\\x$(printf '%02x' $((length >> 24 & 255)))\\x$(printf '%02x' $((length >> 16 & 255)))"
  printf "\\x$(printf '%02x' $((length >> 8 & 255)))\\x$(printf '%02x' $((length & 255)))"
  printf "$track"
} > "$work/sonatina.mid"
fluidsynth -ni -q -g 1.0 -F "$work/sonatina.wav" -r 44100 /usr/share/sounds/sf2/FluidR3_GM.sf2 "$work/sonatina.mid" >/dev/null
ff -i "$work/sonatina.wav" -metadata title="Sonatina in C" -metadata artist="Lectern Ensemble" \
   -metadata genre="Classical" -metadata album="Music for the classroom" -c:a flac "$out/Music/Sonatina in C.flac"

# A short scene: moving pictures with dialogue over the music.
espeak-ng -v en+f3 -s 150 -w "$work/line1.wav" "Where were you last night?"
espeak-ng -v en+m3 -s 140 -w "$work/line2.wav" "At the library. I told you already."
ff -i "$work/line1.wav" -i "$work/line2.wav" -filter_complex "[0:a][1:a]concat=n=2:v=0:a=1[d]" -map "[d]" "$work/dialogue.wav"
ff -f lavfi -i "mandelbrot=size=320x240:rate=25" -i "$work/dialogue.wav" -i "$work/sonatina.wav" \
   -filter_complex "[2:a]volume=0.3[m];[1:a][m]amix=inputs=2:duration=first[a]" -map 0:v -map "[a]" -shortest \
   -metadata title="Scene 1 – the library" -c:v libx264 -preset veryfast -pix_fmt yuv420p -c:a aac \
   "$out/Film club/Scene 1.mp4"

touch "$stamp"
