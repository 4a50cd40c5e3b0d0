#!/usr/bin/env bash
# Proves the DEB on a clean system: a minimal Debian 12 root made with
# debootstrap, the package installed there by apt (which resolves its
# dependencies), then inside that root lectern-cli imports a generated folder,
# classifies and searches, and lectern shows its window under xvfb-run (a
# screenshot is kept), then the package is purged and nothing of it may be left.
#
#   packaging/test-deb.sh [PACKAGE.deb] [--root DIR] [--out DIR]
#
# Needs root (debootstrap, chroot), debootstrap, the Debian archive, and
# ffmpeg on the host for the test media. Downloads a few hundred MB, so it is
# not part of .ci/run. The root is kept in DIR (default build/test-deb/root) and
# reused by later runs, which then only reinstall the package.
set -euo pipefail
cd "$(dirname "$0")/.."

deb="" root=build/test-deb/root out=build/test-deb
while (($#)); do
  case "$1" in
    --root) root=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) deb=$1; shift ;;
  esac
done
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [[ -z $deb ]]; then
  (cd build && cpack -G DEB >/dev/null)
  deb=$(ls -t build/lectern_*.deb | head -1)
fi
[[ $(id -u) -eq 0 ]] || { echo "test-deb.sh needs root (debootstrap and chroot)" >&2; exit 2; }
mkdir -p "$out"
root=$(realpath -m "$root") out=$(realpath "$out")
step() { printf '\n== %s\n' "$*"; }

if [[ ! -x $root/usr/bin/apt-get ]]; then
  step "debootstrap: a minimal Debian 12 root in $root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$out/debootstrap.log" 2>&1 ||
    { tail -20 "$out/debootstrap.log"; exit 1; }
fi
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

mounted=()
bind() { mkdir -p "$root$1"; mount --bind "$1" "$root$1"; mounted+=("$root$1"); }
cleanup() { for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done; }
trap cleanup EXIT
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
bind /dev
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

step "the tools of the check itself (xvfb-run, xwd)"
in_root apt-get update -q >"$out/apt-update.log"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends xvfb xauth x11-apps \
  >"$out/apt-tools.log"
files_before=$(mktemp)
(cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./tmp -o -path ./var/cache -o -path ./var/lib/apt/lists \
  -o -path ./var/log -o -path ./var/lib/dpkg -o -path ./var/lib/apt -o -path ./root \) -prune -o -print | sort) >"$files_before"

step "apt-get install ./$(basename "$deb") (apt resolves the dependencies)"
cp "$deb" "$root/tmp/"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
  >"$out/apt-install.log" 2>&1 || { tail -30 "$out/apt-install.log"; exit 1; }
grep -E "^(Setting up|The following NEW packages)" "$out/apt-install.log" | tail -3
echo "packages newly installed: $(grep -c '^Setting up' "$out/apt-install.log")"
in_root dpkg -L lectern >"$out/lectern-files.txt"

step "a generated folder of media"
media=$root/tmp/course
rm -rf "$media" "$root/tmp/library" && mkdir -p "$media"  # a fresh library on every run
ffmpeg -loglevel error -f lavfi -i "sine=frequency=440:duration=8" -ar 44100 "$media/tone lesson.wav"
ffmpeg -loglevel error -f lavfi -i "anoisesrc=color=pink:duration=6:amplitude=0.2" -c:a libvorbis "$media/rain.ogg"
ffmpeg -loglevel error -f lavfi -i "testsrc2=size=320x240:rate=25:duration=5" -f lavfi \
  -i "sine=frequency=220:duration=5" -c:v libx264 -pix_fmt yuv420p -c:a aac -shortest "$media/clip.mp4"

step "lectern-cli in the root: import, stats, classify, search"
cli() { in_root lectern-cli --library /tmp/library "$@"; }
cli import /tmp/course | tee "$out/import.txt"
cli stats | tee "$out/stats.txt"
in_root lectern-cli classify "/tmp/course/tone lesson.wav" | tee "$out/classify.txt"
cli search --text "lesson" | tee "$out/search.txt"
grep -q "tone lesson" "$out/search.txt" || { echo "the search did not find the imported file" >&2; exit 1; }
# The translations are inside the program: its help in French.
in_root env LC_ALL=fr_FR.UTF-8 lectern-cli --help | head -3 | tee "$out/help-fr.txt"
grep -q "Commandes" "$out/help-fr.txt" || { echo "lectern-cli did not speak French" >&2; exit 1; }

step "lectern's window under xvfb-run (screenshot: $out/window.png)"
cat >"$root/tmp/window.sh" <<'EOF'
lectern --library /tmp/library &
pid=$!
sleep 8
xwd -root -silent >/tmp/window.xwd
kill $pid
wait $pid 2>/dev/null || true
EOF
in_root xvfb-run -a -s "-screen 0 1400x900x24" sh /tmp/window.sh
convert "$root/tmp/window.xwd" "$out/window.png"
echo "window screenshot: $out/window.png"

step "apt-get purge lectern: nothing of it may be left"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q lectern >"$out/apt-purge.log"
in_root env DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y -q >>"$out/apt-purge.log"
left=0
while read -r file; do
  [[ -z $file || $file == "/." ]] && continue
  if [[ -e $root$file && ! -d $root$file ]]; then
    echo "left behind: $file"
    left=1
  fi
done <"$out/lectern-files.txt"
files_after=$(mktemp)
(cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./tmp -o -path ./var/cache -o -path ./var/lib/apt/lists \
  -o -path ./var/log -o -path ./var/lib/dpkg -o -path ./var/lib/apt -o -path ./root \) -prune -o -print | sort) >"$files_after"
diff "$files_before" "$files_after" >"$out/root-diff.txt" || true
# What the dependencies' maintainer scripts leave (dbus's machine id, adduser's
# backups of the user tables, runtime folders) is not Lectern's: listed, not failed.
system_state='^[<>] \./(run(/|$)|etc/machine-id$|etc/mtab$|etc/(passwd|group|shadow|gshadow)-$|var/lib/dbus)'
grep -E "$system_state" "$out/root-diff.txt" | sed 's/^/system state left by dependencies: /' || true
if grep -E '^[<>] ' "$out/root-diff.txt" | grep -Ev "$system_state" >"$out/root-left.txt"; then
  echo "the root differs from before the install:"
  head -20 "$out/root-left.txt"
  left=1
fi
((left == 0)) && echo "removed: no file of the package, and nothing it pulled in, is left"
exit $left
