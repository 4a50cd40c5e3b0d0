#!/usr/bin/env bash
# Start-up times (issue 26): lectern-cli's commands and the window, from a
# fresh process each run, on the demo library (and the window on a large
# one, e.g. build/bench/gui/library-100000 made by tools/bench/gui).
#
#   tools/bench/startup/run.sh [BUILD_DIR ...] [--runs N] [--large LIBRARY]
#
# BUILD_DIR defaults to build; give two to compare (e.g. a build of an older
# commit first). The window is timed under Xvfb with xdotool where they are
# installed, else left out.
set -euo pipefail
cd "$(dirname "$0")/../../.."
builds=() options=()
while (($#)); do
  case "$1" in
    --runs|--large) options+=("$1" "$2"); shift 2 ;;
    *) builds+=("$1"); shift ;;
  esac
done
((${#builds[@]})) || builds=(build)
scripts/make-demo-media.sh build/demo/media >/dev/null
library=build/bench/startup-library
if [[ ! -f $library/catalog.sqlite ]]; then
  "${builds[-1]}/app/lectern-cli" --library "$library" import build/demo/media >/dev/null
fi
xvfb=""
if [[ -z ${DISPLAY:-} ]] && command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
  export DISPLAY=:$((80 + RANDOM % 9))
  Xvfb "$DISPLAY" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
fi
export QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=${XDG_CONFIG_HOME:-$(mktemp -d)}
for build in "${builds[@]}"; do
  echo "== $build ($(nproc) cores)"
  python3 tools/bench/startup/startup.py "$build" "$library" "${options[@]}"
done
