#!/usr/bin/env bash
# Memory over a large import (issue 26): generates N short WAV files (0.5 s
# each, every one different) and imports the first 1,000 and then all of
# them into fresh libraries with lectern-cli, printing the peak resident
# memory and the time of each.
#
#   tools/bench/import/many-files.sh [N]        (default 10000)
set -euo pipefail
cd "$(dirname "$0")/../../.."
count=${1:-10000}
media=build/bench/many-files-$count
if [[ ! -f $media/.complete ]]; then
  rm -rf "$media"
  python3 - "$media" "$count" <<'PY'
import math, os, random, struct, sys
folder, count = sys.argv[1], int(sys.argv[2])
random.seed(26)
rate, length = 16000, 8000
for i in range(count):
    sub = os.path.join(folder, f"{i // 1000:02d}")
    os.makedirs(sub, exist_ok=True)
    frequency, noise = 110 + (i * 7) % 2000, 0.02 + (i % 13) * 0.01
    samples = [int(12000 * math.sin(2 * math.pi * frequency * t / rate) + random.gauss(0, noise * 32767))
               for t in range(length)]
    data = struct.pack(f"<{length}h", *[max(-32768, min(32767, s)) for s in samples])
    header = (b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt " +
              struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) + b"data" + struct.pack("<I", len(data)))
    with open(os.path.join(sub, f"clip-{i:05d}.wav"), "wb") as out:
        out.write(header + data)
PY
  touch "$media/.complete"
fi
printf '%-10s %10s %14s\n' files "wall s" "peak RSS MiB"
for n in 1000 "$count"; do
  library=$(mktemp -d)
  if ((n < count)); then roots=("$media"/00); else roots=("$media"); fi
  /usr/bin/time -f '%e %M' -o "$library.time" build/app/lectern-cli --library "$library" import "${roots[@]}" >/dev/null
  read -r seconds kilobytes < "$library.time"
  printf '%-10s %10s %14.0f\n' "$n" "$seconds" "$((kilobytes / 1024))"
  rm -rf "$library" "$library.time"
done
