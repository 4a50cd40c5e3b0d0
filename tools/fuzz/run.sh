#!/usr/bin/env bash
# Builds the fuzz targets with clang (libFuzzer, AddressSanitizer, UBSan) in
# build/fuzz and runs each on a copy of its seeds for a while; a crash stops
# with its input in build/fuzz/findings/.
#
#   tools/fuzz/run.sh [--seconds N] [TARGET...]     (default 10 s, every target)
#
# Prints each target's executions and the size of the corpus it reached.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=10 targets=()
while (($#)); do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
((${#targets[@]})) || targets=(MediaReader TagReader SearchQuery PlaylistExport VectorIndex)
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends clang libclang-rt-14-dev
fi
cmake -S . -B build/fuzz -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLECTERN_FUZZ=ON \
  -DLECTERN_BUILD_GUI=OFF -DLECTERN_BUILD_TESTS=OFF -DLECTERN_BUILD_TOOLS=OFF >/dev/null
cmake --build build/fuzz --target "${targets[@]/#/fuzz-}"
mkdir -p build/fuzz/findings
status=0
printf '%-16s %12s %10s %8s  %s\n' target executions "exec/s" corpus result
for target in "${targets[@]}"; do
  corpus=build/fuzz/corpus/$target
  mkdir -p "$corpus"
  cp -n tools/fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true
  log=build/fuzz/$target.log
  if build/fuzz/tools/fuzz/fuzz-"$target" "$corpus" -max_total_time="$seconds" \
       -timeout=20 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
       -artifact_prefix=build/fuzz/findings/"$target"- >"$log" 2>&1; then
    result=ok
  else
    result="FOUND A CRASH: see $log and build/fuzz/findings/"; status=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  printf '%-16s %12s %10s %8s  %s\n' "$target" "${runs:-?}" "${speed:-?}" "$(ls "$corpus" | wc -l)" "$result"
done
exit $status
