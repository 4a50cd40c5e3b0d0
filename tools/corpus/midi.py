"""Generated pieces of music as standard MIDI files: many instruments, styles,
tempos and metres, with or without drums, solo or ensemble."""

import struct

SCALES = {
    "major": [0, 2, 4, 5, 7, 9, 11], "minor": [0, 2, 3, 5, 7, 8, 10],
    "dorian": [0, 2, 3, 5, 7, 9, 10], "pentatonic": [0, 2, 4, 7, 9],
    "blues": [0, 3, 5, 6, 7, 10], "harmonic": [0, 2, 3, 5, 7, 8, 11],
    "phrygian": [0, 1, 4, 5, 7, 8, 10],
}
# General MIDI programs by family: what can lead, accompany and carry the bass.
LEADS = [0, 1, 4, 6, 11, 13, 21, 22, 24, 25, 26, 27, 29, 30, 40, 41, 42, 46, 52, 53, 54,
         56, 57, 60, 64, 65, 66, 68, 71, 72, 73, 74, 75, 78, 80, 81, 104, 105, 109]
PADS = [0, 2, 4, 5, 16, 19, 24, 25, 48, 49, 50, 52, 61, 88, 89, 91, 95]
BASSES = [32, 33, 34, 35, 36, 38, 42, 43, 58, 70]
SOLO = [0, 24, 25, 40, 42, 46, 56, 68, 71, 73, 13, 52, 105]
# Drum patterns: 16 steps per bar, (kick, snare, hat) with GM drum notes.
GROOVES = {
    "rock": ("x...x...x...x...", "....x.......x...", "x.x.x.x.x.x.x.x."),
    "pop": ("x.....x.x.......", "....x.......x...", "xxxxxxxxxxxxxxxx"),
    "latin": ("x..x..x...x..x..", "...x..x....x..x.", "x.xxx.xxx.xxx.xx"),
    "hiphop": ("x......x..x.....", "....x.......x...", "x.x.x.x.x.x.x.x."),
    "waltz": ("x.....x.....", "....x.......", "x.x.x.x.x.x."),
    "march": ("x...x...x...x...", "x.x.x.xxx.x.x.xx", "................"),
    "shuffle": ("x.....x.x.....x.", "....x.......x...", "x.xx.xx.xx.xx.x."),
}
TICKS = 480


def _varlen(value):
    out = [value & 0x7F]
    value >>= 7
    while value:
        out.insert(0, (value & 0x7F) | 0x80)
        value >>= 7
    return bytes(out)


def _track(events):
    """events: (tick, bytes); returns an MTrk chunk."""
    events.sort(key=lambda e: (e[0], e[1][0] & 0xF0 == 0x90))
    data, last = b"", 0
    for tick, message in events:
        data += _varlen(tick - last) + message
        last = tick
    data += b"\x00\xff\x2f\x00"
    return b"MTrk" + struct.pack(">I", len(data)) + data


def _note(events, channel, start, length, pitch, velocity):
    pitch = max(0, min(127, pitch))
    events.append((start, bytes([0x90 | channel, pitch, max(1, min(127, velocity))])))
    events.append((start + max(1, length), bytes([0x80 | channel, pitch, 0])))


def make_piece(rng, seconds):
    """A piece about `seconds` long and a description of it."""
    style = rng.choice(list(GROOVES))
    beats_per_bar = 3 if style == "waltz" or rng.random() < 0.12 else 4
    tempo = rng.randint(56, 184)
    scale_name = rng.choice(list(SCALES))
    scale = SCALES[scale_name]
    root = rng.randint(43, 57)
    solo = rng.random() < 0.25
    drums = not solo and rng.random() < 0.65
    lead = rng.choice(SOLO if solo else LEADS)
    pad, bass = rng.choice(PADS), rng.choice(BASSES)
    beat = TICKS
    bar = beat * beats_per_bar
    bars = max(2, int(seconds * tempo / 60 / beats_per_bar) + 1)
    progression = [rng.choice([0, 3, 4, 5, 0, 4, 1, 2]) for _ in range(4)]

    def degree(d, octave=0):
        return root + 12 * (octave + d // len(scale)) + scale[d % len(scale)]

    tracks = []
    meta = [(0, b"\xff\x51\x03" + struct.pack(">I", int(60_000_000 / tempo))[1:]),
            (0, b"\xff\x58\x04" + bytes([beats_per_bar, 2, 24, 8]))]
    tracks.append(meta)
    melody = [(0, bytes([0xC0, lead]))]
    position = rng.randint(7, 11)
    rhythm = rng.choice([[1], [0.5, 0.5], [1.5, 0.5], [0.5, 0.25, 0.25], [2], [0.75, 0.25]])
    rest_chance = rng.uniform(0.0, 0.25)
    legato = rng.uniform(0.6, 1.0)
    base_velocity = rng.randint(60, 110)
    tick = 0
    end = bars * bar
    while tick < end:
        for length in rhythm:
            ticks = int(length * beat)
            if rng.random() > rest_chance:
                position = max(0, min(20, position + rng.choice([-2, -1, -1, 0, 1, 1, 2, 3, -3])))
                _note(melody, 0, tick, int(ticks * legato), degree(position, 1),
                      base_velocity + rng.randint(-15, 15))
            tick += ticks
    tracks.append(melody)
    if not solo or rng.random() < 0.5:
        chords = [(0, bytes([0xC1, pad])), (0, bytes([0xC2, bass]))]
        arpeggio = rng.random() < 0.4
        for b in range(bars):
            d = progression[b % len(progression)]
            start = b * bar
            if arpeggio:
                for i in range(beats_per_bar * 2):
                    _note(chords, 1, start + i * beat // 2, beat // 2,
                          degree(d + 2 * (i % 3)), base_velocity - 20)
            else:
                for k in (0, 2, 4):
                    _note(chords, 1, start, bar - 10, degree(d + k), base_velocity - 25)
            if not solo:
                for i in range(beats_per_bar):
                    _note(chords, 2, start + i * beat, beat - 20, degree(d, -1) - 12 * (i % 2 == 1),
                          base_velocity - 5)
        tracks.append(chords)
    if drums:
        kick, snare, hat = GROOVES[style]
        steps = len(kick)
        step = bar // steps
        kit = []
        for b in range(bars):
            for s in range(steps):
                t = b * bar + s * step
                if kick[s] == "x":
                    _note(kit, 9, t, step, 36, 100 + rng.randint(-10, 10))
                if snare[s] == "x":
                    _note(kit, 9, t, step, 38 if style != "latin" else 37, 90 + rng.randint(-15, 10))
                if hat[s] == "x":
                    _note(kit, 9, t, step, 42 if rng.random() > 0.1 else 46, 60 + rng.randint(-15, 20))
            if b % 4 == 3 and rng.random() < 0.5:
                _note(kit, 9, b * bar + bar - step * 2, step, 49, 100)
        tracks.append(kit)
    data = b"MThd" + struct.pack(">IHHH", 6, 1, len(tracks), TICKS)
    data += b"".join(_track(events) for events in tracks)
    description = {"style": style, "tempo": tempo, "scale": scale_name, "lead": lead,
                   "solo": solo, "drums": drums, "metre": beats_per_bar}
    return data, description
