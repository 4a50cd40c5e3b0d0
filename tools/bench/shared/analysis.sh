#!/usr/bin/env bash
# Analysis of the same media by 1, 2 and 4 worker processes on this computer
# against one local PostgreSQL server (issue 28), beside the SQLite import.
# The media: tools/bench/import's hour of audio (60 one-minute files in six
# formats) and its two 720p H.264 videos (4 minutes), generated once. Each
# run starts from an empty catalog: the files are registered
# (import --register-only, timed with the workers), then N processes of
# `lectern-cli work --jobs 1` analyse them side by side. Prints a table.
#   tools/bench/shared/analysis.sh [--workers "1 2 4"]
set -euo pipefail
cd "$(dirname "$0")/../../.."
workers="1 2 4"
[[ ${1:-} == --workers ]] && workers=$2
cli=build/app/lectern-cli
tools/bench/import/make-bench-media.sh build/bench/import-media
tools/bench/import/make-bench-video.sh build/bench/import-video
roots=(build/bench/import-media build/bench/import-video/720p)

work=$(mktemp -d /tmp/lectern-bench-shared.XXXXXX)
trap 'scripts/test-postgres.sh stop "$work/url" >/dev/null; rm -rf "$work"' EXIT
scripts/test-postgres.sh start "$work/url" >/dev/null
[[ -s $work/url ]] || { echo "no PostgreSQL server could be started (scripts/setup.sh installs it)"; exit 1; }
base=$(cat "$work/url")
export LECTERN_SERVER_CACHE=$work/cache

now() { date +%s.%N; }
calc() { python3 -c "print($1)"; }
seconds_since() { calc "$(now) - $1"; }
media_seconds=""

report() {  # label seconds
  local x="" speedup=""
  [[ -n $media_seconds ]] && x=$(calc "round($media_seconds / $2)")
  [[ -n ${sqlite_one:-} ]] && speedup=$(calc "'%.2f' % ($sqlite_one / $2)")
  printf '%-56s %8.1f s %8s× %10s\n' "$1" "$2" "$x" "$speedup"
}

printf '%-56s %10s %9s %10s\n' "" "wall" "real time" "speed-up"
for jobs in 1 2; do
  rm -rf "$work/folder-library"
  start=$(now)
  "$cli" --library "$work/folder-library" import --jobs "$jobs" "${roots[@]}" >/dev/null
  took=$(seconds_since "$start")
  if [[ -z $media_seconds ]]; then
    media_seconds=$("$cli" --library "$work/folder-library" stats --json |
      python3 -c 'import json,sys; print(json.load(sys.stdin)["total_duration_s"])')
    sqlite_one=$took
  fi
  report "SQLite folder, one import, $jobs analysis job(s)" "$took"
done

for n in $workers; do
  database="bench_$n"
  "$cli" --library "$base" stats >/dev/null 2>&1 || true
  PGOPTIONS='-c client_min_messages=warning' psql -q "$base" -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database" >/dev/null
  location=${base/\/lectern_test/\/$database}
  start=$(now)
  "$cli" --library "$location" import --register-only "${roots[@]}" >/dev/null
  pids=()
  for i in $(seq 1 "$n"); do
    "$cli" --library "$location" work --jobs 1 --json >"$work/worker-$n-$i.json" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  took=$(seconds_since "$start")
  shares=$(cat "$work"/worker-"$n"-*.json | python3 -c '
import json, sys
text = sys.stdin.read().replace("}\n{", "}\x00{")
print("/".join(str(json.loads(part)["analyzed"]) for part in text.split("\x00") if part.strip()))')
  report "PostgreSQL, $n worker process(es) (items: $shares)" "$took"
done
echo
echo "media: $(printf '%.0f' "$media_seconds") s of audio and video; $(nproc) cores; speed-up against the SQLite import with one job"
