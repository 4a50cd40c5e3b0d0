#!/usr/bin/env python3
"""Labels the real recordings make-real-sounds.sh unpacked (issue 25).

Every recording, deduplicated by content across packages, gets the concepts
its path names (read through the sound vocabulary as SoundVocabulary.cpp
reads), or, for the few packages whose file names say nothing
(drum-kit hits, key clicks, spoken object names), the one concept the whole
package is; a recording whose path names nothing is left out, except long
ambiences and city soundscapes, which are kept as beds to mix events over.
The split is by whole package: a held-out package's recordings, in any copy,
never reach training.

Writes OUT (tab-separated, one recording a line): split, role (event or bed),
concepts, seconds, package, path inside the package, file, licence,
copyright, sha1. The trainer (lectern-sound-features, lectern-train
concepts) reads it, and it is the attribution list of what the shipped
concept model learnt from.

Usage: label_recordings.py FILES_ROOT VOCABULARY_TSV OUT [--heldout PKG,PKG]
"""
import argparse
import fnmatch
import pathlib
import re

import hashlib
import subprocess

AUDIO = ('.wav', '.ogg', '.flac', '.mp3')
GENERIC = {'noises', 'noise', 'sounds', 'sound', 'effects', 'media', 'samples', 'misc', 'all', 'abcs',
           'wav', 'ogg', 'flac', 'mp'}
SMALL = {'a', 'an', 'the', 'of', 'with', 'and', 'in', 'on', 'some', 'to', 'at', 'from', 'by', 'for', 'is',
         'are', 'its', 'his', 'her', 'their', 'it', 'that', 'this', 'like', 'or'}
# Beds: recordings long enough to lie under an event, and what they are.
BED_PATTERNS = ('lincity-ng-data/*', '*ambi_*', '*rain*', '*wind*', '*traffic*', '*crowd*', '*forest*')


class Vocabulary:
    def __init__(self, tsv):
        self.words = {}
        for line in pathlib.Path(tsv).read_text(encoding='utf-8').splitlines():
            if line.startswith('#') or line.startswith('word\t'):
                continue
            word, concepts, _ = line.split('\t')
            self.words[word] = concepts.split(',')
        self.longest = min(4, max(w.count(' ') + 1 for w in self.words))

    def read(self, text):
        """The concepts a path's words name, longest phrase first (as
        SoundVocabulary.cpp reads), where a phrase of several concepts ('ring':
        a bell, a telephone, a bicycle …) counts only as the concept of its own
        name ('trumpet' the instrument, not the elephant), or not at all."""
        words, found, i = text.split(), [], 0
        while i < len(words):
            matched = 0
            for length in range(min(self.longest, len(words) - i), 0, -1):
                if length == 1 and words[i] in SMALL:
                    break
                phrase = ' '.join(words[i:i + length])
                if phrase in self.words:
                    concepts = self.words[phrase]
                    if len(concepts) > 1:
                        concepts = [c for c in concepts if c == phrase.replace(' ', '_')]
                    found += [c for c in concepts if c not in found]
                    matched = length
                    break
            i += matched or 1
        return found


def licence_of(package_root, package, relative):
    """(licence, copyright) of a file from its package's DEP-5 copyright file: the last
    Files stanza whose pattern matches it (stand-alone License paragraphs are texts)."""
    copyright_file = package_root / 'usr/share/doc' / package / 'copyright'
    if not copyright_file.exists():
        return 'unknown', 'unknown'
    stanzas, current, field = [], None, None
    for line in copyright_file.read_text(encoding='utf-8', errors='replace').splitlines():
        if line.startswith((' ', '\t')) and current is not None and field == 'Files':
            current['Files'] += line.split()  # a continuation line of patterns
            continue
        field, _, value = line.partition(':')
        if field == 'Files':
            current = {'Files': value.split(), 'Copyright': 'unknown'}
        elif current is not None and field == 'Copyright' and current['Copyright'] == 'unknown':
            current['Copyright'] = value.strip() or 'unknown'
        elif current is not None and field == 'License':
            current['License'] = value.strip() or 'unknown'
            stanzas.append(current)
            current = None
    # Installed paths seldom match the source paths the stanzas name: the
    # package's whole-tree stanza ("Files: *") stands for them; a copyright
    # file that is not in DEP-5 form is pointed to.
    best = (f'see /usr/share/doc/{package}/copyright', f'see /usr/share/doc/{package}/copyright')
    for stanza in stanzas:
        if '*' in stanza['Files'] or any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(relative, '*/' + p)
                                         for p in stanza['Files']):
            best = (stanza['License'], stanza['Copyright'])
    return best


def duration(path):
    out = subprocess.run(['ffprobe', '-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', str(path)],
                         capture_output=True, text=True)
    try:
        return float(out.stdout.strip())
    except ValueError:
        return 0.0



# Packages that are one concept as a whole: their file names are key codes,
# kit pieces or the spoken word (which must not label the recording "dog").
PACKAGE_CONCEPTS = {
    'bucklespring-data': ['keyboard_typing'],
    'hydrogen-drumkits': ['drum', 'instrument', 'music'],
    'ktuberling-data': ['speech', 'human'],
    'klettres-data': ['speech', 'human'],
    'hedgewars-data': ['speech', 'human'],
}
# Paths that name a kind of recording the vocabulary's words do not; they
# come before a package's concept (the hand-percussion kit among the drum
# kits is hand claps and struck glasses).
PATH_CONCEPTS = [
    (r'hydrogen-drumkits/.*/Gimme A Hand[^/]*/HandClap', ['clapping', 'human']),
    (r'hydrogen-drumkits/.*/Gimme A Hand[^/]*/Fingersnap', ['human']),
    (r'hydrogen-drumkits/.*/Gimme A Hand[^/]*/Waterglass', ['glass', 'domestic']),
    (r'hydrogen-drumkits/.*/Gimme A Hand[^/]*/(Maraca|Tambourine)', ['tambourine', 'drum', 'instrument', 'music']),
    # torcs names its engine recordings by the car ('ferrarif355.wav'); its
    # crashes, skids and gear changes are named by what they are.
    (r'torcs-data/.*/sound/(?!.*(crash|skid|boom|backfire|gear|axle|locked|out_of_road|road-ride))',
     ['engine', 'car', 'vehicle']),
    (r'sonic-pi-samples/.*/loop_', ['music']),
    # Spoken words and letters are speech, whatever word they say.
    (r'qabcs-data/.*/sounds/(words|alpha)/', ['speech', 'human']),
    # Kajongg's players' voices are named by the speaker: a test of the voice labelling.
    (r'kajongg/.*/voices/(de/)?female[0-9]/', ['female_speech', 'speech', 'human']),
    (r'kajongg/.*/voices/(de/)?male[0-9]/', ['male_speech', 'speech', 'human']),
    # Hedgewars' actors laugh, cough and grunt as well as speak; a grunt is
    # a human sound but no speech.
    (r'hedgewars-data/.*/voices/[^/]+/Laugh\.', ['laughter', 'human']),
    (r'hedgewars-data/.*/voices/[^/]+/PoisonCough\.', ['cough', 'human']),
    (r'hedgewars-data/.*/voices/[^/]+/(Ow|Ooff|Ouch|Jump|PoisonMoan|Firepunch)[0-9]*\.', ['human']),
    (r'lmms-common/.*/drums/', ['drum', 'instrument', 'music']),
    (r'etw-data/.*/crowd/', ['crowd', 'cheering', 'human']),
    (r'gcompris-qt-data/.*/explore_world_music/', ['music']),
    (r'megaglest-data/.*/(day|sunny_day|desertday)\.', ['birdsong', 'forest', 'nature']),
    (r'megaglest-data/.*/(night|nightime)\.', ['cricket', 'insect', 'nature']),
    # Tux Paint files its stamps under families: a lion among 'cats' is no
    # house cat, a fox among 'dogs' no dog, a bassoon among 'wind' no weather.
    (r'tuxpaint-stamps-default/.*/(cats/(lion|tiger)|aquatic/sea_lion)\.', ['lion', 'wild_animal', 'animal']),
    (r'tuxpaint-stamps-default/.*/dogs/fox\.', ['wild_animal', 'animal']),
    (r'tuxpaint-stamps-default/.*/music/wind/', ['clarinet', 'instrument', 'music']),
    # MegaGlest's animal units: the elephant's calls are 'ele1.wav'.
    (r'megaglest-data/.*/units/elephant/', ['elephant', 'wild_animal', 'animal']),
]


# Recordings of speech that say only their language: the folder that is one
# speaker (a language's words, a game's voice pack). Their voice pitch tells
# a man's voice from a woman's, so that "a woman speaking" has recordings.
SPEAKER_FOLDERS = [
    r'^(ktuberling-data/.*/sounds/[^/]+)/',
    r'^(klettres-data/.*/klettres/[^/]+)/',
    r'^(qabcs-data/.*/abcs/[^/]+)/sounds/words/',
]
# A voice that is neither named nor measured is a man's or a woman's all the
# same: for such speech these concepts are unknown ('?'), not absent, so the
# head is not taught that the voice is neither. (Hedgewars' actors are not
# measured: their cartoon voices are raised in pitch.)
VOICES = ('male_speech', 'female_speech')
VOICE_EXAMPLES = 60
# Men speak at about 85–155 Hz, women at 165–255 and children higher, but
# a called-out word rises: of Kajongg's eight named players, calling their
# moves, three men and two women have medians between 150 and 171 Hz. So a
# speaker is a man or a woman only where their median lies well inside one
# range and three in four of their recordings on that side of the middle;
# every other speaker (and any single file) is left as speech. On Kajongg's
# players this names three of eight, all three rightly.
VOICE_MIDDLE = 162.0
MEN_BELOW, WOMEN_FROM, WOMEN_TO = 140.0, 185.0, 300.0


def speaker_of(where):
    return next((m.group(1) for m in (re.search(p, where) for p in SPEAKER_FOLDERS) if m), None)


def voice_of(pitches):
    """'male_speech', 'female_speech' or None for one speaker's recordings' pitches (Hz)."""
    if len(pitches) < 3:
        return None
    ordered = sorted(pitches)
    median = ordered[len(ordered) // 2]
    low = sum(1 for p in pitches if p < VOICE_MIDDLE) / len(pitches)
    if median < MEN_BELOW and low >= 0.75:
        return 'male_speech'
    if WOMEN_FROM <= median <= WOMEN_TO and low <= 0.25:
        return 'female_speech'
    return None


def voice_pitches(files, tool, cache_file):
    """{sha1: Hz} of the files (path, sha1), measured by lectern-voice-pitch and cached by content."""
    cache = {}
    if cache_file.exists():
        for line in cache_file.read_text(encoding='utf-8').splitlines():
            digest, _, hz = line.partition('\t')
            cache[digest] = float(hz) if hz != '-' else None
    todo = [(path, digest) for path, digest in files if digest not in cache]
    for start in range(0, len(todo), 400):
        batch = todo[start:start + 400]
        out = subprocess.run([tool] + [str(path) for path, _ in batch], capture_output=True, text=True, check=True)
        for (path, digest), line in zip(batch, out.stdout.splitlines()):
            hz = line.split('\t')[1]
            cache[digest] = float(hz) if hz != '-' else None
    with open(cache_file, 'w', encoding='utf-8') as handle:
        for digest, hz in sorted(cache.items()):
            handle.write(f'{digest}\t{"-" if hz is None else f"{hz:.1f}"}\n')
    return cache


def label_voices(rows, tool, cache_file):
    """Adds male_speech or female_speech to the speech of one speaker's folder, and marks the
    voice unknown on all other speech (rows as main() makes them)."""
    speakers = {id(r): speaker_of(r[4] + '/' + r[5]) for r in rows if r[2].split(',')[:1] == ['speech']}
    speech = [r for r in rows if speakers.get(id(r))]
    pitches = voice_pitches([(r[6], r[9]) for r in speech], tool, cache_file)
    by_speaker = {}
    for row in speech:
        if pitches.get(row[9]) is not None:
            by_speaker.setdefault(speakers[id(row)], []).append(row)
    counts = {'male_speech': 0, 'female_speech': 0}
    for speaker_rows in by_speaker.values():
        voice = voice_of([pitches[r[9]] for r in speaker_rows])
        # At most VOICE_EXAMPLES recordings of one speaker say the voice (the
        # rest leave it unknown), so that no one speaker is what a man's
        # voice is: klettres has 521 syllables of one man.
        step = max(1, -(-len(speaker_rows) // VOICE_EXAMPLES))
        for row in speaker_rows[::step]:
            if voice:
                row[2] = voice + ',' + row[2]
                counts[voice] += 1
    for row in rows:
        concepts = row[2].split(',')
        if 'speech' in concepts and not any(v in concepts for v in VOICES):
            row[2] += ''.join(',?' + v for v in VOICES)
    print(f'voices: {counts["male_speech"]} recordings of men, {counts["female_speech"]} of women, '
          f'of {len(speech)} of speech in {len(by_speaker)} speakers\' folders')


# Folder words that name the game's layout, not the sound ("actor" would read
# as a person), and words whose first sense is not the one a path means
# ("miss" of a sword is not a young woman, "stone" mined is not rock music;
# in a file name "low" and "high" are levels, not a cow lowing, "female" a
# voice, not an animal, "idle" a horse standing, not an engine, "click" a
# switch, not typing, "drone" a held note, not a bee).
LAYOUT = GENERIC | {'actor', 'audio', 'resource', 'attack', 'data', 'core', 'games', 'miss', 'hit', 'air',
                    'stone', 'mine', 'mining', 'fauna', 'units', 'sfx', 'tracks', 'library', 'wav', 'mods',
                    'open', 'close', 'closed', 'start', 'stop', 'out', 'up', 'down', 'short', 'long', 'lr', 'la',
                    'cut', 'low', 'lo', 'high', 'hi', 'med', 'female', 'male', 'idle', 'click', 'drone', 'electric',
                    'tech', 'lap', 'beam', 'giant', 'scratch', 'bow', 'blackwood', 'knife', 'scythe', 'yak',
                    'urchin', 'men', 'default', 'dig', 'dug', 'node', 'place'}
# Kinds of music are never what a file name of these packages says.
NOT_FROM_PATHS = {'classical', 'rock', 'pop', 'jazz', 'folk', 'dance', 'hip_hop', 'music_genre'}


def path_words(relative):
    """The words of the file's name and its folder: 'Media/Sounds/Animal/HorseGallop.wav' -> 'animal horse gallop'."""
    named = '/'.join(relative.split('/')[-2:])
    named = re.sub(r'\.[a-z0-9]+$', '', named)
    named = re.sub(r'([a-z])([A-Z])', r'\1 \2', named)
    named = re.sub(r'([A-Z]+)([A-Z][a-z])', r'\1 \2', named)  # 'LRBark' -> 'LR Bark'
    words = [w.lower() for w in re.split(r'[^A-Za-z]+', named) if w]
    return ' '.join(w for w in words if w not in LAYOUT)


def concepts_of_path(package, relative, vocabulary):
    """The concepts a recording is labelled with (before their ancestors are
    added): a path pattern's, else its package's, else what its words name."""
    where = package + '/' + relative
    concepts = next((named for pattern, named in PATH_CONCEPTS if re.search(pattern, where)),
                    PACKAGE_CONCEPTS.get(package))
    if concepts is None:
        concepts = [c for c in vocabulary.read(path_words(relative)) if c not in NOT_FROM_PATHS]
    return concepts


def recordings_of(files_root):
    """(package, path inside it, file, sha1) of every recording, one per distinct content."""
    seen = set()
    for package_root in sorted(p for p in pathlib.Path(files_root).iterdir() if p.is_dir()):
        for path in sorted(package_root.rglob('*')):
            if path.suffix.lower() not in AUDIO + ('.aif', '.aiff'):
                continue
            digest = hashlib.sha1(path.read_bytes()).hexdigest()
            if digest not in seen:
                seen.add(digest)
                yield package_root, package_root.name, str(path.relative_to(package_root)), path, digest


def read_recordings(tsv):
    """The rows main() writes, as dicts (what build_real_corpus.py renders from)."""
    lines = pathlib.Path(tsv).read_text(encoding='utf-8').splitlines()
    keys = lines[0].split('\t')
    return [dict(zip(keys, line.split('\t'))) for line in lines[1:]]


def ancestors(concepts_tsv):
    parents = {}
    for line in pathlib.Path(concepts_tsv).read_text(encoding='utf-8').splitlines():
        if line.startswith('#') or line.startswith('id\t') or not line.strip():
            continue
        fields = line.split('\t')
        parents[fields[0]] = None if fields[1] == '-' else fields[1]
    return parents


def with_ancestors(concepts, parents):
    """A dog bark is also a dog, a domestic animal and an animal."""
    out = []
    for concept in concepts:
        while concept and concept not in out:
            out.append(concept)
            concept = parents.get(concept)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('files_root')
    parser.add_argument('vocabulary')
    parser.add_argument('out')
    parser.add_argument('--concepts', default=str(pathlib.Path(__file__).parents[2] / 'resources/vocabulary/concepts.tsv'))
    parser.add_argument('--heldout', default='qabcs-data,scorched3d-data,kajongg')
    parser.add_argument('--sources', help='also write the attribution list of the training recordings here')
    parser.add_argument('--pitch-tool', default=str(pathlib.Path(__file__).parents[2] / 'build/tools/lectern-voice-pitch'))
    args = parser.parse_args()
    heldout = set(args.heldout.split(','))
    parents = ancestors(args.concepts)
    vocabulary = Vocabulary(args.vocabulary)
    # Durations measured by an earlier run, by content: probing thousands of
    # files is most of the run's time.
    known_seconds = {}
    if pathlib.Path(args.out).exists():
        for line in pathlib.Path(args.out).read_text(encoding='utf-8').splitlines()[1:]:
            fields = line.split('\t')
            known_seconds[fields[9]] = float(fields[3])
    rows = []
    for package_root, package, relative, path, digest in recordings_of(args.files_root):
        where = package + '/' + relative
        concepts = concepts_of_path(package, relative, vocabulary)
        maybe_bed = any(fnmatch.fnmatch(where, p) for p in BED_PATTERNS)
        if not concepts and not maybe_bed:
            continue
        seconds = known_seconds[digest] if digest in known_seconds else duration(path)
        bed = maybe_bed and seconds >= 3.5
        if (not concepts and not bed) or seconds < 0.05:
            continue
        licence, holder = licence_of(package_root, package, relative)
        rows.append(['heldout' if package in heldout else 'train', 'bed' if bed else 'event',
                     ','.join(with_ancestors(concepts, parents)), f'{seconds:.2f}', package, relative,
                     str(path), licence, holder.replace('\t', ' '), digest])
    label_voices(rows, args.pitch_tool, pathlib.Path(args.out + '.pitch'))
    with open(args.out, 'w', encoding='utf-8') as handle:
        handle.write('split\trole\tconcepts\tseconds\tpackage\tpath\tfile\tlicence\tcopyright\tsha1\n')
        for row in rows:
            handle.write('\t'.join(row) + '\n')
    if args.sources:
        # What the shipped concept head learnt from, with licence and holder;
        # no local paths, so the list is the same wherever it is made.
        with open(args.sources, 'w', encoding='utf-8') as handle:
            handle.write('# The recordings the sound-concept head of audio.pt was trained on (issue 25),\n'
                         '# made by tools/vocabulary/label_recordings.py. Columns: Debian package, path in it\n'
                         '# (inside public.zip, 0snd.pk3 or a .rcc bundle where the package keeps them so;\n'
                         '# fluid-soundfont-gm: rendered by render_instruments.py), licence, copyright, concepts.\n')
            for row in rows:
                if row[0] == 'train':
                    known = ','.join(c for c in row[2].split(',') if not c.startswith('?'))
                    handle.write('\t'.join([row[4], row[5], row[7], row[8], known]) + '\n')
    events = [r for r in rows if r[1] == 'event']
    print(f'{len(events)} labelled events, {len(rows) - len(events)} beds; '
          f'{sum(1 for r in events if r[0] == "train")} events for training')


if __name__ == '__main__':
    main()
