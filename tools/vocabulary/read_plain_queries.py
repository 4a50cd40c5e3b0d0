#!/usr/bin/env python3
"""How lectern-cli reads plain queries about sounds: for each line of
QUERIES (plain_queries.txt by default), whether it is searched by sound and
as which concepts, or by its words only. Prints each query and the share
read as sounds. Uses an empty scratch library: only the reading is asked.

Usage: read_plain_queries.py [QUERIES] [--cli build/app/lectern-cli]
"""
import argparse
import pathlib
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('queries', nargs='?', default=str(pathlib.Path(__file__).parent / 'plain_queries.txt'))
    parser.add_argument('--cli', default=str(ROOT / 'build/app/lectern-cli'))
    args = parser.parse_args()
    queries = [line.strip() for line in pathlib.Path(args.queries).read_text(encoding='utf-8').splitlines()
               if line.strip() and not line.startswith('#')]
    read = 0
    with tempfile.TemporaryDirectory() as scratch:
        library, nothing = pathlib.Path(scratch) / 'library', pathlib.Path(scratch) / 'nothing'
        nothing.mkdir()
        subprocess.run([args.cli, '--library', str(library), 'import', str(nothing)], capture_output=True, check=True)
        for query in queries:
            out = subprocess.run([args.cli, '--library', str(library), 'search', '--text', query],
                                 capture_output=True, text=True)
            notes = [line.split(': ', 1)[1] for line in out.stderr.splitlines() if line.startswith('lectern-cli: ')]
            sounds = [note for note in notes if note.startswith('read as sounds: ')]
            read += bool(sounds)
            print(f'{query:28} {sounds[0] if sounds else "words only"}')
    print(f'\n{read} of {len(queries)} read as sounds ({read / len(queries):.2f})')


if __name__ == '__main__':
    main()
