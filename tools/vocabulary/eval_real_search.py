#!/usr/bin/env python3
"""Text-by-sound and example search on real recordings, end to end (issue 25).

The held-out packages' labelled recordings (label_recordings.py's list) are
copied under opaque names (clip-0001.ogg …: no search can read what they are
from the name), imported with lectern-cli into a fresh library with the
models in MODELS, and searched as a teacher would:
- text: for each kind of sound among them (a recording's most specific
  concept), the concept's name typed as the query ("dog", "church bell");
  right where a result is a recording of that kind;
- example: each recording as the example (search --item); right where a
  "sounds similar" answer is of the same kind (shares the query's most
  specific concept, or the query shares its).
Prints, per concept group and overall: the first right, one right among the
first ten, the share of the first ten that are right.

Usage: eval_real_search.py RECORDINGS.tsv MODELS OUT [--split heldout] [--cli build/app/lectern-cli]
"""
import argparse
import collections
import json
import os
import pathlib
import shutil
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]


def concepts_table():
    names, parents = {}, {}
    for line in (ROOT / 'resources/vocabulary/concepts.tsv').read_text(encoding='utf-8').splitlines():
        if line.startswith('#') or line.startswith('id\t') or not line.strip():
            continue
        fields = line.split('\t')
        parents[fields[0]] = None if fields[1] == '-' else fields[1]
        names[fields[0]] = fields[2].split(',')[0]
    return names, parents


def group_of(concept, parents):
    while parents.get(concept):
        concept = parents[concept]
    return concept


def search(cli, library, env, args):
    out = subprocess.run([cli, '--library', str(library), 'search', *args, '--json', '--limit', '10'],
                         capture_output=True, text=True, env=env)
    return json.loads(out.stdout) if out.returncode == 0 and out.stdout.strip() else []


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('recordings')
    parser.add_argument('models')
    parser.add_argument('out')
    parser.add_argument('--split', default='heldout')
    parser.add_argument('--cli', default=str(ROOT / 'build/app/lectern-cli'))
    parser.add_argument('--details', help='write each query, its kind and the kinds of its first ten here (JSON lines)')
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    (out / 'files').mkdir(parents=True)
    # The shipped models with MODELS' files over them, and the vocabulary beside.
    shutil.copytree(ROOT / 'resources/models', out / 'models')
    for model in pathlib.Path(args.models).glob('*.pt'):
        shutil.copy(model, out / 'models' / model.name)
    shutil.copytree(ROOT / 'resources/vocabulary', out / 'vocabulary')
    env = dict(os.environ, LECTERN_MODEL_DIR=str(out / 'models'))

    concepts_of = {}
    lines = pathlib.Path(args.recordings).read_text(encoding='utf-8').splitlines()[1:]
    for line in lines:
        split, role, concepts, _, package, path, file = line.split('\t')[:7]
        if split != args.split or not concepts:
            continue
        name = f'clip-{len(concepts_of) + 1:04d}{pathlib.Path(file).suffix.lower()}'
        shutil.copy(file, out / 'files' / name)
        concepts_of[str((out / 'files' / name).resolve())] = concepts.split(',')
    library = out / 'library'
    subprocess.run([args.cli, '--library', str(library), 'import', str(out / 'files')], check=True,
                   capture_output=True, env=env)
    listed = subprocess.run([args.cli, '--library', str(library), 'list', '--json'], capture_output=True, text=True,
                            env=env, check=True)
    ids = {item['path']: item['id'] for item in json.loads(listed.stdout)}
    names, parents = concepts_table()
    tallies = collections.defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0])

    def tally(kind_of_test, group, first, in_ten, share, best_share):
        for key in ((kind_of_test, group), (kind_of_test, 'all')):
            t = tallies[key]
            t[0] += 1
            t[1] += first
            t[2] += in_ten
            t[3] += share
            t[4] += best_share

    details = open(args.details, 'w', encoding='utf-8') if args.details else None

    def note(test, query, kind, results):
        if details:
            details.write(json.dumps({'test': test, 'query': query, 'kind': kind,
                                      'answers': [concepts_of.get(r['path'], ['?'])[0] for r in results[:10]]}) + '\n')

    kinds = sorted({c[0] for c in concepts_of.values()})
    for kind in kinds:
        query = names.get(kind, kind.replace('_', ' '))
        results = search(args.cli, library, env, ['--text', query])
        right = [kind in concepts_of.get(r['path'], []) for r in results[:10]]
        note('text', query, kind, results)
        positives = sum(kind in c for c in concepts_of.values())
        tally('text', group_of(kind, parents), bool(right and right[0]), any(right), sum(right) / 10,
              min(10, positives) / 10)
    for path, concepts in concepts_of.items():
        if path not in ids:
            continue
        results = [r for r in search(args.cli, library, env, ['--item', str(ids[path])])
                   if r.get('group') == 'sounds similar' and r['path'] != path]
        note('example', path, concepts[0], results)
        right = [concepts[0] in concepts_of.get(r['path'], []) or concepts_of.get(r['path'], ['?'])[0] in concepts
                 for r in results[:10]]
        positives = sum(concepts[0] in c or c[0] in concepts for p, c in concepts_of.items() if p != path)
        tally('example', group_of(concepts[0], parents), bool(right and right[0]), any(right), sum(right) / 10,
              min(10, positives) / 10)
    if details:
        details.close()
    print(f'{len(concepts_of)} recordings of the {args.split} split, {len(kinds)} kinds, models from {args.models}\n')
    print('| search | group | queries | first right | one right in ten | share of ten (most possible) |\n'
          '|---|---|---|---|---|---|')
    for (test, group), (n, first, in_ten, share, best) in sorted(tallies.items(),
                                                                  key=lambda kv: (kv[0][0], kv[0][1] == 'all', kv[0][1])):
        print(f'| {test} | {group} | {n} | {first / n:.2f} | {in_ten / n:.2f} | {share / n:.2f} ({best / n:.2f}) |')


if __name__ == '__main__':
    main()
