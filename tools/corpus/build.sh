#!/bin/sh
# One command for the classifier's training material: installs the source
# packages (tools/corpus/manifest.json), builds the labelled corpus with fixed
# seeds and decodes it once into log-mel features for the trainers.
#
#   tools/corpus/build.sh [OUT_DIR] [build_corpus.py options]
#
# OUT_DIR defaults to build/corpus (ignored by git); features go to
# OUT_DIR/features. Re-running keeps finished clips.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/build/corpus}
[ $# -gt 0 ] && shift

packages=$(python3 -c "import sys; sys.path.insert(0, '$here'); import sources; print(' '.join(sources.PACKAGES))")
missing=""
for package in $packages; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
if [ -n "$missing" ]; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo
    $sudo_cmd apt-get install -y --no-install-recommends $missing
fi

python3 "$here/build_corpus.py" --out "$out" "$@"
python3 "$here/captions.py" "$out"
cmake --build "$root/build" --target lectern-corpus-features
"$root/build/tools/lectern-corpus-features" "$out" "$out/features"
