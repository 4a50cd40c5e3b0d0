#!/usr/bin/env bash
# The window's responsiveness benchmark (issue 24). Builds once: the demo
# library (5 real analysed recordings) as the seed, a library of N items
# replicated from it, and 1,000 short files to import; then starts the real
# window offscreen on a fresh copy and prints open_s, max_stall_ms,
# search_p95_ms and scroll_fps.
# Usage: tools/bench/gui/run.sh [--items N] [--queries Q]
set -euo pipefail
cd "$(dirname "$0")/../../.."
items=100000
queries=100
while (($#)); do
  case $1 in
    --items) items=$2; shift 2 ;;
    --queries) queries=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
bench=build/bench/gui
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$PWD/$bench/config"
scripts/make-demo-media.sh build/demo/media
seed=$bench/seed-library
if [[ ! -f $seed/.imported ]]; then
  build/app/lectern-cli --library "$seed" import build/demo/media >/dev/null
  touch "$seed/.imported"
fi
built=$bench/library-$items
if [[ ! -f $built/.complete ]]; then
  build/tools/bench/gui/lectern-bench-gui --make-library "$seed" "$built" "$items"
  touch "$built/.complete"
fi
tools/bench/gui/make-import-media.sh "$bench/import-media"
work=$bench/work
# The catalog copied, the cache's pictures linked: each run starts alike.
rm -rf "$work"; mkdir -p "$work"
cp "$built/catalog.sqlite" "$work/"
cp -al "$built/cache" "$work/cache"
rm -rf "$bench/config"
build/tools/bench/gui/lectern-bench-gui "$work" "$bench/import-media" "$queries"
