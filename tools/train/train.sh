#!/bin/sh
# Trains the three classifier models from the corpus features, evaluates them
# and writes them with their model card to resources/models (tools/README.md).
#
#   tools/train/train.sh [FEATURES_DIR] [MODELS_DIR]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
features=${1:-$root/build/corpus/features}
models=${2:-$root/resources/models}
cmake --build "$root/build" --target lectern-train lectern-eval
"$root/build/tools/lectern-train" audio "$features" "$models" --seed 7
"$root/build/tools/lectern-train" text "$features" "$models" --seed 7
"$root/build/tools/lectern-train" fusion "$features" "$models" --seed 7
"$root/build/tools/lectern-eval" "$features" "$models" --card --report "$root/build/classifier-evaluation.json"
