#!/usr/bin/env bash
# Installs every Debian 12 package Lectern needs (only what is missing),
# then configures and builds it with CMake and Ninja in ./build.
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # Qt 6: widgets, multimedia, tests, translations; offscreen and xcb platforms
  qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  qt6-translations-l10n
  libqt6multimedia6 libqt6multimediawidgets6 gstreamer1.0-plugins-good gstreamer1.0-libav
  # decoding, tags, catalog
  libavformat-dev libavcodec-dev libavutil-dev libswresample-dev libswscale-dev libtag1-dev libsqlite3-dev
  # a school's shared catalog: libpq, and the server the tests start for themselves
  libpq-dev postgresql
  # signal analysis: FFT and loudness
  libfftw3-dev libebur128-dev
  # search: the HNSW vector index (header-only)
  libhnswlib-dev
  # the classifier: TorchScript inference in the import, training in tools/;
  # OpenBLAS in place of the reference BLAS libtorch would otherwise get
  # (its matrix products were the whole cost of training)
  libtorch-dev libopenblas0-pthread
  # generating fixtures and the demo library
  ffmpeg espeak-ng sox fluidsynth fluid-soundfont-gm
  # packaging: manual pages from --help, and the checks of the desktop entry and AppStream file
  help2man desktop-file-utils appstream
  # fuzzing (tools/fuzz): clang with libFuzzer and the sanitizers
  clang libclang-rt-14-dev
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [[ ! -f build/build.ninja ]]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build --parallel "$(nproc)"
