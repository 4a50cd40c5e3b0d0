#!/usr/bin/env bash
# 16 clients searching a 100k-item catalog at once (issue 28), on a library
# folder (SQLite) and on a throwaway PostgreSQL server: p50/p95 of text,
# example and example-plus-modifier queries (lectern-bench-shared-search).
# The demo library is the source of the items' analysis (scripts/demo.sh
# makes it); the two catalogs are made once, in build/bench/shared/.
#   tools/bench/shared/search.sh [--items N] [--clients N] [--queries N]
set -euo pipefail
cd "$(dirname "$0")/../../.."
bench=build/tools/bench/shared/lectern-bench-shared-search
source_library=build/demo/library
build/app/lectern-cli --library "$source_library" import build/demo/media >/dev/null
mkdir -p build/bench/shared

echo "== SQLite (a library folder)"
"$bench" "$source_library" build/bench/shared/folder-library "$@"

work=$(mktemp -d /tmp/lectern-bench-search.XXXXXX)
trap 'scripts/test-postgres.sh stop "$work/url" >/dev/null; rm -rf "$work"' EXIT
scripts/test-postgres.sh start "$work/url" >/dev/null
[[ -s $work/url ]] || { echo "no PostgreSQL server could be started (scripts/setup.sh installs it)"; exit 1; }
echo
echo "== PostgreSQL (a school library on a local server)"
LECTERN_SERVER_CACHE=$work/cache "$bench" "$source_library" "$(cat "$work/url")" "$@"
