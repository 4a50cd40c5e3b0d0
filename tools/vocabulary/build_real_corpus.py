#!/usr/bin/env python3
"""A corpus of real, labelled sound events for training (issue 25).

From the recordings label_recordings.py listed (labelled by path through the
sound vocabulary, deduplicated by content across packages, split by whole
package: the held-out packages' recordings never reach training, in any
copy), augmented: each event placed at a random moment of a 10 s clip over a real
bed (another package's ambience or city soundscape) at a random SNR, with a
random gain, EQ, room, small pitch and speed change, and a lossy codec.
manifest.jsonl records, for every clip, its concepts and split, and the
package, path, licence and copyright holder of the event and of the bed.

Usage: build_real_corpus.py RECORDINGS_TSV OUT [--variants N] [--seed S]
Needs sox and ffmpeg. Idempotent per clip: a clip already written is kept.
"""
import argparse
import json
import pathlib
import random
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from label_recordings import duration, read_recordings  # noqa: E402

CLIP_SECONDS = 10.0


def to_wav(source, target):
    """Any format (sox here reads no MP3) as 16 kHz mono WAV."""
    subprocess.run(['ffmpeg', '-nostdin', '-hide_banner', '-loglevel', 'error', '-y', '-i', str(source), '-ac', '1',
                    '-ar', '16000', str(target)], check=True)


def render(event, bed, out, rng, scratch):
    """One augmented clip: the event at a random moment over the bed."""
    pitch = rng.uniform(-150, 150)          # cents
    speed = rng.uniform(0.92, 1.08)
    gain = rng.uniform(-12, 0)
    snr = rng.uniform(0, 20)                 # dB of the event over the bed
    low, high = rng.choice([(60, 7500), (150, 6000), (300, 4000), (40, 7000)])
    room = rng.choice([0, 0, 20, 40, 70])    # sox reverberance, %
    codec = rng.choice(['flac', 'mp3', 'ogg', 'opus'])
    event_wav, bed_wav = scratch / 'event.wav', scratch / 'bed.wav'
    effects = ['sinc', f'{low}-{high}', 'gain', f'{gain:.1f}']
    if room:
        effects += ['reverb', str(room)]
    # Speed and pitch change the working rate: last, then back to 16 kHz.
    effects += ['speed', f'{speed:.3f}', 'pitch', f'{pitch:.0f}', 'rate', '16000']
    # To 16 kHz mono first: the band and the room are set for that rate.
    to_wav(event['file'], scratch / 'source.wav')
    subprocess.run(['sox', '-q', '-V1', str(scratch / 'source.wav'), str(event_wav), 'trim', '0', str(CLIP_SECONDS)]
                   + effects, check=True)
    length = min(CLIP_SECONDS, duration(event_wav))
    start = rng.uniform(0, max(0.0, CLIP_SECONDS - length))
    params = {'pitch_cents': round(pitch), 'speed': round(speed, 3), 'gain_db': round(gain, 1),
              'band_hz': [low, high], 'reverb': room, 'codec': codec, 'start_s': round(start, 2)}
    inputs = ['-i', str(event_wav)]
    graph = f'[0:a]adelay={int(start * 1000)},apad=whole_dur={CLIP_SECONDS}[e]'
    if bed:
        to_wav(bed['file'], scratch / 'bed-source.wav')
        subprocess.run(['sox', '-q', '-V1', str(scratch / 'bed-source.wav'), str(bed_wav), 'repeat', '4',
                        'trim', '0', str(CLIP_SECONDS), 'gain', f'{gain - snr:.1f}'], check=True)
        inputs += ['-i', str(bed_wav)]
        graph += ';[e][1:a]amix=inputs=2:duration=first:normalize=0[a]'
        params['snr_db'] = round(snr, 1)
    else:
        graph += ';[e]anull[a]'
    ffmpeg = ['ffmpeg', '-nostdin', '-hide_banner', '-loglevel', 'error', '-y']
    if codec == 'flac':
        subprocess.run(ffmpeg + inputs + ['-filter_complex', graph, '-map', '[a]', '-t', str(CLIP_SECONDS), str(out)],
                       check=True)
        return params
    # Through a lossy codec and back, so its artefacts stay in the clip.
    bitrate = rng.choice(['48k', '64k', '96k', '128k'])
    coded = scratch / ('coded.' + {'mp3': 'mp3', 'ogg': 'ogg', 'opus': 'opus'}[codec])
    encoder = {'mp3': 'libmp3lame', 'ogg': 'libvorbis', 'opus': 'libopus'}[codec]
    # Vorbis takes no fixed rate at 16 kHz mono: a quality instead.
    rate = ['-q:a', str(rng.choice([0, 2, 4]))] if codec == 'ogg' else ['-b:a', bitrate]
    subprocess.run(ffmpeg + inputs + ['-filter_complex', graph, '-map', '[a]', '-t', str(CLIP_SECONDS), '-c:a', encoder]
                   + rate + [str(coded)], check=True)
    subprocess.run(ffmpeg + ['-i', str(coded), '-ac', '1', '-ar', '16000', str(out)], check=True)
    params['rate'] = ' '.join(rate)
    return params


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('recordings')
    parser.add_argument('out')
    parser.add_argument('--variants', type=int, default=8)
    parser.add_argument('--seed', type=int, default=25)
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    (out / 'clips').mkdir(parents=True, exist_ok=True)
    scratch = out / 'scratch'
    scratch.mkdir(exist_ok=True)
    recordings = read_recordings(args.recordings)
    events = [r for r in recordings if r['role'] == 'event']
    beds = [r for r in recordings if r['role'] == 'bed']
    rng = random.Random(args.seed)
    manifest = []
    for index, event in enumerate(events):
        split = event['split']
        # A bed never comes from the event's own package, nor across the split.
        candidates = [b for b in beds if b['package'] != event['package'] and b['split'] == split]
        for variant in range(args.variants if split == 'train' else 2):
            clip_rng = random.Random(f'{args.seed}/{event["sha1"]}/{variant}')
            bed = clip_rng.choice(candidates) if candidates and variant > 0 else None  # variant 0: the event alone
            name = f'{split}-{index:04d}-{variant}.flac'
            params = render(event, bed, out / 'clips' / name, clip_rng, scratch) \
                if not (out / 'clips' / name).exists() else {'kept': True}
            manifest.append({'clip': f'clips/{name}', 'split': split, 'concepts': event['concepts'].split(','),
                             'event': {k: event[k] for k in ('package', 'path', 'licence', 'copyright', 'sha1')},
                             'bed': {k: bed[k] for k in ('package', 'path', 'licence', 'copyright')} if bed else None,
                             'augmentation': params})
        if index % 50 == 0:
            print(f'{index}/{len(events)} events', file=sys.stderr)
    with open(out / 'manifest.jsonl', 'w', encoding='utf-8') as handle:
        for entry in manifest:
            handle.write(json.dumps(entry, ensure_ascii=False) + '\n')
    train = sum(1 for m in manifest if m['split'] == 'train')
    print(f'{len(events)} labelled events of {len(recordings)} distinct recordings, {len(beds)} beds; '
          f'{train} training clips, {len(manifest) - train} held-out clips')


if __name__ == '__main__':
    main()
