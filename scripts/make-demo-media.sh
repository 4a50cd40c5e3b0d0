#!/usr/bin/env bash
# Generates a small demo collection: spoken lessons from espeak-ng in two
# languages, a piano piece rendered with fluidsynth and the GM sound font,
# a short lecture, and a video with a soundtrack. Nothing is downloaded.
set -euo pipefail
out=${1:?usage: make-demo-media.sh OUTPUT_DIR}
stamp="$out/.complete-v3"
[[ -f $stamp ]] && exit 0
rm -rf "$out"
mkdir -p "$out/English A1" "$out/Français" "$out/Deutsch" "$out/Music" "$out/Science" "$out/Film club" "$out/Audio books"
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

# Melodies as format-0 MIDI files written byte by byte, rendered with
# fluidsynth and the GM sound font: render WAV PROGRAM VELOCITY TICKS NOTE...
render() {
  local wav=$1 program=$2 velocity=$3 ticks=$4 track length note hex
  shift 4
  track="\x00\xc0\x$(printf '%02x' "$program")"
  for note in "$@"; do
    hex=$(printf '%02x' "$note")
    track+="\x00\x90\x${hex}\x$(printf '%02x' "$velocity")\x$(printf '%02x' "$ticks")\x80\x${hex}\x40"  # on, then off
  done
  track+="\x00\xff\x2f\x00"
  length=$(printf "$track" | wc -c)
  {
    printf 'MThd\x00\x00\x00\x06\x00\x00\x00\x01\x00\x60MTrk'
    printf "\\x$(printf '%02x' $((length >> 24 & 255)))\\x$(printf '%02x' $((length >> 16 & 255)))"
    printf "\\x$(printf '%02x' $((length >> 8 & 255)))\\x$(printf '%02x' $((length & 255)))"
    printf "$track"
  } > "$work/melody.mid"
  fluidsynth -ni -q -g 1.0 -F "$wav" -r 44100 /usr/share/sounds/sf2/FluidR3_GM.sf2 "$work/melody.mid" >/dev/null
}

# A piano sonatina (program 0), quarter notes of 96 ticks.
render "$work/sonatina.wav" 0 80 96 60 64 67 72 71 67 64 62 60 65 69 72 71 67 62 59 60 64 67 72 74 72 67 64 60
ff -i "$work/sonatina.wav" -metadata title="Sonatina in C" -metadata artist="Lectern Ensemble" \
   -metadata genre="Classical" -metadata album="Music for the classroom" -c:a flac "$out/Music/Sonatina in C.flac"

# A short scene: moving pictures with two voices' dialogue over music.
# scene OUT TITLE PICTURE MUSIC MUSIC_VOLUME VOICE1 LINE1 VOICE2 LINE2
scene() {
  local out_file=$1 title=$2 picture=$3 music=$4 volume=$5
  espeak-ng -v "$6" -w "$work/line1.wav" "$7"
  espeak-ng -v "$8" -w "$work/line2.wav" "$9"
  ff -i "$work/line1.wav" -i "$work/line2.wav" -filter_complex "[0:a][1:a]concat=n=2:v=0:a=1[d]" -map "[d]" \
     "$work/dialogue.wav"
  ff -f lavfi -i "$picture" -i "$work/dialogue.wav" -i "$music" \
     -filter_complex "[2:a]volume=$volume[m];[1:a][m]amix=inputs=2:duration=first[a]" -map 0:v -map "[a]" -shortest \
     -metadata title="$title" -c:v libx264 -preset veryfast -pix_fmt yuv420p -c:a aac "$out_file"
}
scene "$out/Film club/Scene 1.mp4" "Scene 1 – the library" "mandelbrot=size=320x240:rate=25" "$work/sonatina.wav" 0.3 \
  "en+f3" "Where were you last night?" "en+m3" "At the library. I told you already."

# The sonatina again, much quieter, as a rehearsal copy: the same recording
# twice ("Duplicates"), and an answer to "like this, but quieter".
ff -i "$work/sonatina.wav" -af "volume=-18dB" -metadata title="Sonatina in C (rehearsal copy)" \
   -metadata genre="Classical" -c:a libvorbis "$out/Music/Sonatina rehearsal copy.ogg"

# A waltz for strings (program 48) in three-four time.
render "$work/waltz.wav" 48 72 80 55 59 62 55 59 62 57 60 64 57 60 64 59 62 67 59 62 67 57 60 64 55 59 62
ff -i "$work/waltz.wav" -metadata title="Waltz for strings" -metadata artist="Lectern Ensemble" \
   -metadata genre="Classical" -metadata album="Music for the classroom" -c:a flac "$out/Music/Waltz for strings.flac"

espeak-ng -v de -s 130 -w "$work/lektion.wav" \
  "Lektion eins. Begrüßungen. Hören Sie und wiederholen Sie. Guten Morgen. ... Guten Tag. ... Guten Abend. ... Wie geht es Ihnen? ... Danke, gut."
ff -i "$work/lektion.wav" -metadata title="Lektion 1 – Begrüßungen" -metadata album="Deutsch für Anfänger" \
   -metadata artist="Herr Becker" -metadata genre="Sprachkurs" -metadata language=deu -c:a libmp3lame -b:a 96k \
   "$out/Deutsch/Lektion 1.mp3"

espeak-ng -v en-gb+m2 -s 135 -w "$work/fable.wav" \
  "Chapter one. The fox and the grapes. One hot summer afternoon a fox was strolling through an orchard, \
when he came upon a bunch of grapes ripening on a vine over a high branch. Just the thing to quench my thirst, he said. \
Drawing back a few paces, he took a run and a jump, and just missed the bunch. Turning round again, he tried once more, \
but with no greater success. At last he gave it up, and walked away with his nose in the air, saying, I am sure they are sour."
ff -i "$work/fable.wav" -metadata title="The fox and the grapes – chapter 1" -metadata artist="Read by Mr Hale" \
   -metadata album="Aesop for young readers" -metadata genre="Audiobook" -c:a libmp3lame -b:a 64k \
   "$out/Audio books/The fox and the grapes.mp3"

espeak-ng -v en-us+f2 -s 155 -w "$work/photosynthesis.wav" \
  "Good morning everyone. Today's topic is photosynthesis. Plants take in carbon dioxide through their leaves \
and water through their roots. Using the energy of sunlight, captured by chlorophyll, they turn these into glucose \
and release oxygen. Next week we will measure how the rate of photosynthesis depends on light."
ff -i "$work/photosynthesis.wav" -metadata title="Photosynthesis" -metadata artist="Dr Okafor" -metadata genre="Lecture" \
   -metadata comment="Year 8 biology, week 5" -c:a aac -b:a 96k "$out/Science/Photosynthesis.m4a"

scene "$out/Film club/Scene 2.mp4" "Scene 2 – the garden" "life=size=320x240:rate=25:mold=10:ratio=0.3" \
  "$work/waltz.wav" 0.25 "en+m5" "Did you hear that? Someone is in the garden." "en+f4" "It is only the wind. Go back to sleep."

touch "$stamp"
