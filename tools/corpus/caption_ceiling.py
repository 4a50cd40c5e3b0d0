#!/usr/bin/env python3
"""The best text-to-clip recall any audio encoder could reach on the corpus
captions (issue 5, P3): how specific the captions are, not how well a model
hears.

    tools/corpus/caption_ceiling.py build/corpus [--split heldout] [--samples 2000]

An encoder that heard everything the caption generator knows (recipe and
recording conditions) could do no better than rank the clips by how likely
each would have been described by the query caption. This estimates that
likelihood per clip by drawing --samples captions from the clip's own
recipe, ranks the split's clips for each of their evaluation captions (the
same five the evaluator uses), breaks ties at random in expectation, and
prints R@1, R@5 and R@10 (DCASE: one relevant clip per caption).
"""

import argparse
import collections
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from captions import captions_for  # noqa: E402

EVALUATION_SEED, EVALUATION_COUNT = 5, 5  # as captions.py writes them


def expected_recall(scores, own, k):
    """Recall at k of the clip scored `own`, ties broken at random."""
    better = sum(1 for s in scores if s > own)
    ties = sum(1 for s in scores if s == own)
    return 0.0 if better >= k else min(1.0, (k - better) / ties)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--split", default="heldout")
    parser.add_argument("--samples", type=int, default=2000)
    args = parser.parse_args()
    metas = []
    for path in sorted(glob.glob(os.path.join(args.corpus, args.split, "*", "*.json"))):
        with open(path, encoding="utf-8") as f:
            metas.append(json.load(f))
    if not metas:
        print(f"no clips in {args.corpus}/{args.split}", file=sys.stderr)
        return 1
    # Seeds other than the evaluation's, so the estimate never saw the queries.
    likelihoods = [collections.Counter(captions_for(meta, 1000 + s, 1)[0] for s in range(args.samples))
                   for meta in metas]
    recall = {1: 0.0, 5: 0.0, 10: 0.0}
    queries = 0
    for own, meta in enumerate(metas):
        for caption in captions_for(meta, EVALUATION_SEED, EVALUATION_COUNT):
            scores = [counts.get(caption, 0) for counts in likelihoods]
            for k in recall:
                recall[k] += expected_recall(scores, scores[own], k)
            queries += 1
    print(f"caption ceiling, {args.split}: {len(metas)} clips, {queries} captions, {args.samples} samples a clip")
    print("  " + "  ".join(f"R@{k} {value / queries:.3f}" for k, value in recall.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
