#!/usr/bin/env python3
"""Recordings of real instruments for the sound-concept head (issue 25).

The sampled instruments of a General MIDI sound font (by default FluidR3,
fluid-soundfont-gm, MIT) rendered by fluidsynth, as a teacher's recordings
of one instrument sound: a held note, a scale, arpeggios and short melodies
at several tempos, registers and dynamics, one instrument at a time. Written
as OUT/PACKAGE/<concept>/<program>-<n>.flac, with the sound font's
copyright file beside them, where label_recordings.py reads the concept
from the folder's name. A second font (--sound-font, --package, --copyright:
TimGM6mb, sampled from other instruments) gives each instrument another
voice, so that the head learns the instrument rather than one font's
recording of it.

Usage: render_instruments.py OUT [--per-program N] [--seed S]
                             [--sound-font FILE --package NAME --copyright FILE]
"""
import argparse
import pathlib
import random
import shutil
import struct
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parents[1] / 'corpus'))
from midi import TICKS, _note, _track  # noqa: E402

SOUND_FONT = '/usr/share/sounds/sf2/FluidR3_GM.sf2'
# concept folder (words the vocabulary reads) -> General MIDI programs, and
# the register (lowest and highest note) the instrument plays in.
INSTRUMENTS = {
    'piano': ([0, 1], (40, 88)),
    'guitar': ([24, 25, 26], (40, 76)),
    'violin': ([40, 110], (55, 93)),
    'bass guitar': ([32, 33, 34], (28, 55)),
    'flute': ([73, 72], (60, 96)),
    'clarinet': ([71], (50, 86)),
    'saxophone': ([64, 65, 66], (49, 80)),
    'trumpet': ([56, 59], (55, 82)),
    'harp': ([46], (36, 91)),
    'organ': ([19, 20, 16], (36, 84)),
    'accordion': ([21, 23], (48, 81)),
    'xylophone': ([13, 12], (60, 96)),
    'church bell': ([14], (48, 72)),
    'synthesizer': ([80, 81, 88, 90], (36, 84)),
    # The General MIDI sound effects: one real recording each in the font,
    # played at a few pitches and lengths.
    'applause': ([126], (58, 66)),
    'sea': ([122], (55, 65)),
    'telephone': ([124], (58, 66)),
    'helicopter': ([125], (55, 65)),
    'bird': ([123], (60, 72)),
    'breathing': ([121], (55, 65)),
}
EFFECTS = {121, 122, 123, 124, 125, 126}
MAJOR = [0, 2, 4, 5, 7, 9, 11]


def phrase(rng, low, high, effect=False):
    """(start beat, length in beats, pitch, velocity) of one recording's notes."""
    kind = 'held' if effect else rng.choice(['held', 'scale', 'arpeggio', 'melody', 'melody'])
    root = rng.randint(low, max(low, high - 14))
    velocity = rng.randint(50, 120)
    if kind == 'held':
        return [(0, rng.uniform(2, 6), root + rng.randint(0, 7), velocity)]
    if kind == 'scale':
        steps = [root + 12 * (i // 7) + MAJOR[i % 7] for i in range(rng.randint(8, 15))]
        return [(i * 0.5, 0.5, p, velocity) for i, p in enumerate(steps)]
    if kind == 'arpeggio':
        chord = [0, 4, 7, 12, 7, 4] * 2
        return [(i * 0.5, 0.5, root + c, velocity) for i, c in enumerate(chord)]
    notes, beat = [], 0.0
    for _ in range(rng.randint(6, 16)):
        length = rng.choice([0.5, 0.5, 1, 1, 1.5, 2])
        pitch = root + rng.choice(MAJOR) + 12 * rng.randint(0, 1)
        notes.append((beat, length, min(high, pitch), max(30, velocity + rng.randint(-20, 20))))
        beat += length
    return notes


def write_midi(path, program, notes, tempo):
    events = [(0, bytes([0xC0, program]))]
    for start, length, pitch, velocity in notes:
        _note(events, 0, int(start * TICKS), int(length * TICKS), pitch, velocity)
    meta = [(0, b'\xff\x51\x03' + struct.pack('>I', int(60_000_000 / tempo))[1:])]
    data = b'MThd' + struct.pack('>IHHH', 6, 1, 2, TICKS) + _track(meta) + _track(events)
    path.write_bytes(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('out')
    parser.add_argument('--per-program', type=int, default=10)
    parser.add_argument('--seed', type=int, default=25)
    parser.add_argument('--sound-font', default=SOUND_FONT)
    parser.add_argument('--package', default='fluid-soundfont-gm')
    parser.add_argument('--copyright', default='/usr/share/doc/fluid-soundfont-gm/copyright')
    args = parser.parse_args()
    root = pathlib.Path(args.out) / args.package
    doc = root / 'usr/share/doc' / args.package
    doc.mkdir(parents=True, exist_ok=True)
    shutil.copy(args.copyright, doc / 'copyright')
    count = 0
    for concept, (programs, (low, high)) in INSTRUMENTS.items():
        folder = root / concept
        folder.mkdir(parents=True, exist_ok=True)
        for program in programs:
            for n in range(args.per_program):
                target = folder / f'{program}-{n}.flac'
                if target.exists():
                    continue
                rng = random.Random(f'{args.seed}/{program}/{n}')
                midi, raw = folder / 'piece.mid', folder / 'piece.wav'
                write_midi(midi, program, phrase(rng, low, high, program in EFFECTS), rng.randint(60, 150))
                subprocess.run(['fluidsynth', '-ni', '-q', '-g', '0.7', '-r', '44100', '-F', str(raw), args.sound_font,
                                str(midi)], check=True, capture_output=True)
                subprocess.run(['sox', '-q', str(raw), '-c', '1', '-r', '16000', str(target), 'silence', '1', '0.01',
                                '0.1%', 'reverse', 'silence', '1', '0.3', '0.1%', 'reverse'], check=True)
                midi.unlink()
                raw.unlink()
                count += 1
    print(f'{count} instrument recordings rendered into {root}')


if __name__ == '__main__':
    main()
