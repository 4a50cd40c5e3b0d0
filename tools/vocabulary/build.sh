#!/usr/bin/env bash
# Builds resources/vocabulary/sound-vocabulary.tsv from concepts.tsv, WordNet
# (Debian's wordnet-base) and the Tux Paint stamps' captions
# (tuxpaint-stamps-default). The packages are only downloaded and unpacked
# into build/vocabulary, once; nothing is installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=build/vocabulary
mkdir -p "$work/debs" "$work/files"
for package in wordnet-base tuxpaint-stamps-default; do
  if ! ls "$work/debs/${package}_"*.deb >/dev/null 2>&1; then
    (cd "$work/debs" && apt-get download "$package")
  fi
done
if [[ ! -f $work/files/.unpacked ]]; then
  dpkg -x "$work"/debs/wordnet-base_*.deb "$work/files"
  dpkg-deb --fsys-tarfile "$work"/debs/tuxpaint-stamps-default_*.deb |
    tar -x -C "$work/files" --wildcards './usr/share/tuxpaint/stamps/*.txt'
  touch "$work/files/.unpacked"
fi
python3 tools/vocabulary/build.py resources/vocabulary/concepts.tsv "$work/files/usr/share/wordnet" \
  "$work/files/usr/share/tuxpaint/stamps" resources/vocabulary/sound-vocabulary.tsv
