#!/usr/bin/env bash
# Generates the video benchmark set: H.264 with AAC sound, as cameras and
# film rips make them. Two 1080p and two 720p files of 60 s, each 6 shots of
# moving pictures (ffmpeg's moving test sources, a zooming fractal, moving
# gradients, a game of life in large cells, a pan across a large image)
# joined by hard cuts; one of each size with x264's defaults (a key frame at
# least every 10 s and at scene cuts), one with a key frame every second as
# many cameras write. Written to OUTPUT_DIR/1080p and OUTPUT_DIR/720p.
set -euo pipefail
out=${1:?usage: make-bench-video.sh OUTPUT_DIR}
stamp="$out/.complete-v3"
[[ -f $stamp ]] && exit 0
rm -rf "$out"; mkdir -p "$out/1080p" "$out/720p"
ff() { ffmpeg -nostdin -hide_banner -loglevel error -y "$@"; }
shot() {  # a lavfi source of 10 s at WxH, moving
  local size=$1 kind=$2
  case $kind in
    0) echo "testsrc2=size=$size:rate=25:duration=10" ;;
    1) echo "mandelbrot=size=$size:rate=25:start_scale=3:end_scale=0.3,trim=duration=10" ;;
    2) echo "gradients=size=$size:rate=25:speed=0.03:duration=10" ;;
    3) echo "life=size=480x270:rate=25:mold=10:ratio=0.3:death_color=#203040,scale=$size:flags=neighbor,trim=duration=10" ;;
    4) echo "testsrc=size=3840x2160:rate=25:duration=10,crop=w=$(( ${size%x*} )):h=$(( ${size#*x} )):x='t*150':y='t*80'" ;;
    *) echo "smptehdbars=size=$size:rate=25:duration=10,hue=h='t*36'" ;;
  esac
}
n=0
for size in 1920x1080 1280x720; do
  for gop in default 25; do
    inputs=(); filters=""
    for s in 0 1 2 3 4 5; do
      inputs+=(-f lavfi -i "$(shot "$size" $(((s + n) % 6)))")
      filters+="[$s:v]format=yuv420p,setsar=1,fps=25,trim=duration=10,setpts=PTS-STARTPTS[s$s];"
    done
    filters+="[s0][s1][s2][s3][s4][s5]concat=n=6:v=1:a=0[v]"
    keys=(); [[ $gop != default ]] && keys=(-g "$gop")
    ff "${inputs[@]}" -f lavfi -i "sine=frequency=$((200 + n * 50)):sample_rate=48000:duration=60" \
       -filter_complex "$filters" -map "[v]" -map "$((6)):a" -c:v libx264 -preset veryfast "${keys[@]}" \
       -c:a aac -b:a 128k -metadata "title=Video benchmark $size gop $gop" -shortest \
       "$out/${size#*x}p/video-${size#*x}p-gop-$gop.mp4"
    n=$((n + 1))
  done
done
touch "$stamp"
