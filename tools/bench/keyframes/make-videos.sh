#!/usr/bin/env bash
# 24 scene sequences for the keyframe benchmark, from ffmpeg's test sources
# (testsrc, testsrc2, smptebars, rgbtestsrc, mandelbrot, life, cellauto) and
# colour fields with fades; 4-9 shots of 3-15 s, joined by hard cuts or
# cross-fades. 160x120 at 25 fps with a tone soundtrack.
set -euo pipefail
out=${1:?usage: make-videos.sh OUTPUT_DIR}
stamp="$out/.complete-v1"
[[ -f $stamp ]] && exit 0
rm -rf "$out"; mkdir -p "$out"
RANDOM=4242
colours=(red green blue yellow orange purple white gray navy teal maroon olive)
source_for() {  # a lavfi source for one shot of $1 seconds
  local d=$1 size="size=160x120:rate=25"
  case $((RANDOM % 8)) in
    0) echo "testsrc=$size:duration=$d" ;;
    1) echo "testsrc2=$size:duration=$d" ;;
    2) echo "smptebars=$size:duration=$d" ;;
    3) echo "mandelbrot=$size:start_scale=$((1 + RANDOM % 3)):end_scale=0.$((1 + RANDOM % 9))" ;;
    4) echo "life=$size:mold=10:ratio=0.$((1 + RANDOM % 9)):death_color=#$(printf '%06x' $((RANDOM * 500)))" ;;
    5) echo "cellauto=$size:rule=$((RANDOM % 256))" ;;
    6) echo "rgbtestsrc=$size:duration=$d" ;;
    *) echo "color=c=${colours[$((RANDOM % ${#colours[@]}))]}:$size:duration=$d" ;;
  esac
}
for v in $(seq -w 1 24); do
  shots=$((4 + RANDOM % 6))
  inputs=(); filters=""; total=0; crossfade=$((RANDOM % 2))
  for s in $(seq 0 $((shots - 1))); do
    d=$((3 + RANDOM % 13)); total=$((total + d))
    inputs+=(-f lavfi -t "$d" -i "$(source_for "$d")")
    filters+="[$s:v]format=yuv420p,setsar=1,fps=25,trim=duration=$d,setpts=PTS-STARTPTS"
    ((RANDOM % 3 == 0)) && filters+=",fade=t=in:st=0:d=1,fade=t=out:st=$((d - 1)):d=1"
    filters+="[s$s];"
  done
  if ((crossfade)); then
    # Each cross-fade starts one second before the next shot; read the durations back in order.
    previous="[s0]"; start=0; s=0
    for d in $(printf '%s\n' "${inputs[@]}" | awk 'prev=="-t"{print} {prev=$0}'); do
      if ((s > 0)); then
        filters+="${previous}[s$s]xfade=transition=fade:duration=1:offset=$((start - s))[x$s];"
        previous="[x$s]"
      fi
      start=$((start + d)); s=$((s + 1))
    done
    filters+="${previous}null[v]"
  else
    for s in $(seq 0 $((shots - 1))); do filters+="[s$s]"; done
    filters+="concat=n=$shots:v=1:a=0[v]"
  fi
  ffmpeg -nostdin -hide_banner -loglevel error -y "${inputs[@]}" -f lavfi -i "sine=frequency=$((200 + RANDOM % 400)):duration=$total" \
    -filter_complex "$filters" -map "[v]" -map "$shots:a" -c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a aac \
    -shortest "$out/video-$v.mp4"
done
touch "$stamp"
