#!/usr/bin/env python3
"""Builds Lectern's labelled training corpus from Debian packages.

    tools/corpus/build_corpus.py --out build/corpus [--train 360 --val 60 --test 80 --heldout 100]

Every clip is made from a random generator seeded by (seed, split, class,
index), so the same command gives the same corpus and an interrupted run
picks up where it stopped (finished clips are kept). Output, per clip:

    OUT/<split>/<class>/<nnnnn>/<folder>/<file name>.<ext>   the media file, tagged
    OUT/<split>/<class>/<nnnnn>.json                          label, annotation, recipe

Splits: train, val and test draw from the training pool of every source;
heldout draws only from sources that never occur in the others (sources.py).
"""

import argparse
import hashlib
import json
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from annotations import annotate  # noqa: E402
from audio import Workspace  # noqa: E402
from production import encode, produce  # noqa: E402
from recipes import LENGTHS, RECIPES, VIDEO_SHARE  # noqa: E402
from sources import Sources, check_espeak_variants, pool_of  # noqa: E402

CLASSES = ["music", "language", "lecture", "drama", "audiobook"]
SPLITS = ["train", "val", "test", "heldout"]
_sources = {}


def clip_seed(seed, split, label, index):
    digest = hashlib.sha256(f"{seed}/{split}/{label}/{index}".encode()).digest()
    return int.from_bytes(digest[:8], "little")


def sources_for(split):
    pool = pool_of(split)
    if pool not in _sources:
        _sources[pool] = Sources(pool)
    return _sources[pool]


def build_clip(job):
    out, seed, split, label, index = job
    meta_path = os.path.join(out, split, label, f"{index:05d}.json")
    if os.path.exists(meta_path):
        return meta_path, None
    rng = random.Random(clip_seed(seed, split, label, index))
    src = sources_for(split)
    scratch = tempfile.mkdtemp(prefix="lectern-corpus-")
    try:
        ws = Workspace(scratch, rng)
        length = rng.uniform(*LENGTHS[label])
        clean, recipe = RECIPES[label](ws, rng, src, length)
        recorded, conditions = produce(ws, rng, clean, length)
        tags, folder, stem, text_kind = annotate(rng, label, split)
        video = rng.random() < VIDEO_SHARE[label]
        clip_dir = os.path.join(out, split, label, f"{index:05d}", folder)
        os.makedirs(clip_dir, exist_ok=True)
        path, codec = encode(ws, rng, recorded, os.path.join(clip_dir, stem), tags, video)
        meta = {
            "class": label, "split": split, "index": index,
            "path": os.path.relpath(path, out), "duration_s": round(length, 3),
            "has_video": video, "codec": codec, "text_kind": text_kind,
            "tags": tags, "folder": folder, "file_stem": stem,
            "recipe": recipe, "conditions": conditions,
        }
        with open(meta_path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
        os.replace(meta_path + ".tmp", meta_path)
        return meta_path, None
    except Exception as error:  # one bad clip must not stop the corpus
        return meta_path, f"{split}/{label}/{index}: {error}"
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    for split, default in [("train", 360), ("val", 60), ("test", 80), ("heldout", 100)]:
        parser.add_argument(f"--{split}", type=int, default=default, help=f"clips per class in {split}")
    args = parser.parse_args()
    counts = {split: getattr(args, split) for split in SPLITS}
    jobs = [(args.out, args.seed, split, label, index)
            for index in range(max(counts.values()))
            for split in SPLITS if index < counts[split]
            for label in CLASSES]
    for split in SPLITS:
        for label in CLASSES:
            os.makedirs(os.path.join(args.out, split, label), exist_ok=True)
    # Listed here, before the workers: a missing package or voice stops the
    # build with its message (in a worker it would only end that worker), and
    # the forked workers inherit the lists instead of making their own.
    check_espeak_variants()
    for split in SPLITS:
        sources_for(split)
    started, failures = time.time(), []
    with multiprocessing.Pool(args.jobs) as pool:
        for done, (meta_path, error) in enumerate(pool.imap_unordered(build_clip, jobs, chunksize=2), 1):
            if error:
                failures.append(error)
                print(f"failed: {error}", file=sys.stderr, flush=True)
            if done % 50 == 0 or done == len(jobs):
                elapsed = time.time() - started
                print(f"{done}/{len(jobs)} clips, {elapsed:.0f} s", flush=True)
    summary = {"seed": args.seed, "counts": counts, "failures": failures}
    with open(os.path.join(args.out, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    print(f"corpus: {len(jobs) - len(failures)} clips in {args.out}, {len(failures)} failed")
    return 1 if len(failures) > len(jobs) // 50 else 0


if __name__ == "__main__":
    sys.exit(main())
