#!/usr/bin/env bash
# Real, labelled sound recordings from Debian packages (../shared
# sound-sources.md), downloaded and unpacked, never installed, into
# build/realsounds/files/PACKAGE/..., keeping the files whose paths name
# what they are and leaving out speech, spoken letters, music loops and
# synthetic sounds (and each package's copyright file, for the corpus
# manifest); then imported into build/realsounds/library, once.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=build/realsounds
mkdir -p "$root/debs" "$root/files"
# package: the extended regular expression of the paths kept
declare -A keep=(
  [tuxpaint-stamps-default]='stamps/(animals|household|hobbies|naturalforces|seasonal|town|vehicles|food|people)/.*\.ogg$'
  [scratch]='Media/Sounds/(Animal|Effects|Human|Instruments|Percussion)/'
  [qabcs-data]='abcs/all/noises/|sounds/cheering'
  [lincity-ng-data]='sounds/.*\.wav$'
  [simutrans-pak64]='sound/.*\.wav$'
  [scorched3d-data]='wav/misc/'
  [micropolis-data]='sounds/.*\.wav$'
  [sonic-pi-samples]='samples/(ambi|bass|drum|guit|misc|perc|tabla|vinyl)_'
)
for package in "${!keep[@]}"; do
  [[ -f $root/files/$package/.done ]] && continue
  if ! ls "$root/debs/${package}_"*.deb >/dev/null 2>&1; then
    (cd "$root/debs" && apt-get download "$package")
  fi
  mkdir -p "$root/files/$package"
  dpkg-deb --fsys-tarfile "$root"/debs/"${package}"_*.deb | tar -t | grep -E '\.(wav|ogg|flac|mp3)$' |
    grep -E "${keep[$package]}" | grep -v '_desc' > "$root/files/$package.list" || true
  echo "./usr/share/doc/$package/copyright" >> "$root/files/$package.list"  # licences for the manifest
  dpkg-deb --fsys-tarfile "$root"/debs/"${package}"_*.deb | tar -x -C "$root/files/$package" -T "$root/files/$package.list"
  touch "$root/files/$package/.done"
done
if [[ ! -f $root/library/.imported ]]; then
  build/app/lectern-cli --library "$root/library" import "$root/files" >/dev/null || true
  touch "$root/library/.imported"
fi
find "$root/files" -type f \( -name '*.wav' -o -name '*.ogg' -o -name '*.flac' -o -name '*.mp3' \) | wc -l
