#!/usr/bin/env python3
"""Grows the sound vocabulary's concepts into the words a teacher may type.

Reads resources/vocabulary/concepts.tsv and writes
resources/vocabulary/sound-vocabulary.tsv: one word or phrase a line, the
concepts it names, and where the word came from:
  name / sound   the concept's own nouns and sound verbs
  synonym        lemmas of the noun's WordNet sense that names a thing,
                 an act, an event or a phenomenon (not "bark" of a tree)
  hyponym        kinds of it in WordNet (dog -> puppy, poodle)
                 (synonyms and kinds only where WordNet gives that sense
                 first for the word: "hand" is not applause)
  inflection     plurals and verb forms (barking, barked, rang), with
                 WordNet's exception lists
  caption:LANG   the Tux Paint stamps' captions in about 65 languages
                 (dog.txt: "fr.utf8=Un chien." -> chien)
A word that names a concept and one of its ancestors keeps the deepest.

Usage: build.py CONCEPTS WORDNET_DIR STAMPS_DIR OUT
"""
import collections
import pathlib
import re
import sys
import unicodedata

# WordNet lexicographer files of nouns for things that sound (wndb(5WN)).
SOUNDING_NOUN_FILES = {'03', '04', '05', '06', '07', '10', '11', '14', '15', '17', '18', '19', '22', '27'}
HYPONYM_DEPTH_LEAF = 2
HYPONYM_DEPTH_INNER = 1
# Articles and particles of the captions' languages: "Un chien." -> chien.
STOPWORDS = set('''a an the un une des du de la le les l el los las lo il gli i uno una ein eine einen einem
der die das den dem een het en ett et o os as um uma umas uns y e und and of da do dos das del di al au aux
zu im am mit with vom van von na no za se si ne ta to te ti je su sa si ni ng mga ang
'''.split())


def read_concepts(path):
    concepts = {}
    for line in path.read_text(encoding='utf-8').splitlines():
        if not line or line.startswith('#') or line.startswith('id\t'):
            continue
        fields = line.split('\t')
        fields += [''] * (4 - len(fields))
        cid, parent, names, sounds = fields[:4]
        concepts[cid] = {
            'parent': None if parent == '-' else parent,
            'names': [n.strip().lower() for n in names.split(',') if n.strip()],
            'sounds': [s.strip().lower() for s in sounds.split(',') if s.strip()],
        }
    for cid, concept in concepts.items():
        if concept['parent'] and concept['parent'] not in concepts:
            sys.exit(f'{cid}: unknown parent {concept["parent"]}')
    return concepts


class WordNet:
    def __init__(self, folder):
        self.folder = pathlib.Path(folder)
        self.noun_index = self._index('index.noun')
        self.verb_index = self._index('index.verb')
        self.noun_data = self._data('data.noun')
        self.noun_exceptions = self._exceptions('noun.exc')
        self.plural_bases = collections.defaultdict(set)  # irregular plural -> its singulars
        for base, forms in self.noun_exceptions.items():
            for form in forms:
                self.plural_bases[form].add(base)
        self.verb_exceptions = self._exceptions('verb.exc')

    def _lines(self, name):
        with open(self.folder / name, encoding='latin-1') as handle:
            for line in handle:
                if not line.startswith('  '):
                    yield line

    def _index(self, name):
        index = {}
        for line in self._lines(name):
            parts = line.split()
            lemma, pointer_count = parts[0], int(parts[3])
            synset_count = int(parts[2])
            offsets = parts[4 + pointer_count + 2:4 + pointer_count + 2 + synset_count]
            index[lemma] = offsets
        return index

    def _data(self, name):
        data = {}
        for line in self._lines(name):
            parts = line.split(' | ')[0].split()
            offset, lexfile = parts[0], parts[1]
            word_count = int(parts[3], 16)
            lemmas = [parts[4 + 2 * i].lower() for i in range(word_count)]
            rest = parts[4 + 2 * word_count:]
            pointers = []
            for i in range(int(rest[0])):
                symbol, target, pos = rest[1 + 4 * i], rest[2 + 4 * i], rest[3 + 4 * i]
                if pos == 'n':
                    pointers.append((symbol, target))
            data[offset] = (lexfile, lemmas, pointers)
        return data

    def _exceptions(self, name):
        forms = collections.defaultdict(list)  # base -> inflected forms
        for line in self._lines(name):
            parts = line.split()
            for base in parts[1:]:
                forms[base].append(parts[0])
        return forms

    def sounding_senses(self, noun):
        return [offset for offset in self.noun_index.get(noun.replace(' ', '_'), [])
                if self.noun_data[offset][0] in SOUNDING_NOUN_FILES]

    def sounding_sense(self, noun, other_names=()):
        """The noun's first sense among things that sound; where another of
        the concept's names usually means one of its senses, that one: "rock"
        beside "rock music" is the music, not the stone (but "dog" beside
        "hound" stays the animal: hound's first sense is the hunting dog, and
        only its second, the cad, is also called a dog)."""
        sounding = self.sounding_senses(noun)
        for other in other_names:
            first = self.sounding_senses(other)[:1] if other != noun else []
            if first and first[0] in sounding:
                return first[0]
        return sounding[0] if sounding else None

    def synonyms(self, offset):
        return [lemma.replace('_', ' ') for lemma in self.noun_data[offset][1]]

    def is_english(self, word):
        """Whether the word, with or without its accents, or the singular it
        may be a plural of, is an English noun or verb."""
        bases = set()
        for key in {word.replace(' ', '_'), without_accents(word).replace(' ', '_')}:
            bases |= {key, key[:-1] if key.endswith('s') else key, key[:-3] + 'y' if key.endswith('ies') else key}
            bases |= self.plural_bases.get(key, set())
        return any(base in self.noun_index or base in self.verb_index for base in bases)

    def means_first(self, lemma, senses):
        """Whether the lemma's most frequent noun sense (WordNet lists a
        lemma's senses by frequency) is one of `senses`: "hand" is a round of
        applause only in its tenth sense, "mouse" a timid person in its second,
        "can" a toilet in its fourth, so none of them means those."""
        offsets = self.noun_index.get(lemma.replace(' ', '_'), [])
        return bool(offsets) and offsets[0] in senses

    def hyponyms(self, offset, depth):
        """Kinds of the sense down to `depth` levels, each lemma with its synset."""
        found, frontier = [], [offset]
        for _ in range(depth):
            following = []
            for synset in frontier:
                for symbol, target in self.noun_data[synset][2]:
                    if symbol == '~':  # kinds, not instances: a city's kinds, not Chicago
                        following.append(target)
                        found.extend((lemma, target) for lemma in self.synonyms(target))
            frontier = following
        return found


# Words ending in "man" that are not a man ("humans" is kept out by the rule).
NOT_MAN = {'german', 'shaman', 'talisman', 'caiman', 'cayman', 'ottoman', 'roman'}


def plural(word, wordnet):
    head, _, last = word.rpartition(' ')
    forms = wordnet.noun_exceptions.get(last.replace(' ', '_'))
    if forms:
        inflected = forms
    elif re.search(r'(^|[^u])man$', last) and last not in NOT_MAN:
        # WordNet lists no "women": its own reader makes "-men" "-man" by rule.
        inflected = [last[:-3] + 'men']
    elif re.search(r'(s|x|z|ch|sh)$', last):
        inflected = [last + 'es']
    elif re.search(r'[^aeiou]y$', last):
        inflected = [last[:-1] + 'ies']
    else:
        inflected = [last + 's']
    return [(head + ' ' + form).strip() for form in inflected]


def verb_forms(verb, wordnet):
    head, _, rest = verb.partition(' ')
    forms = set(wordnet.verb_exceptions.get(head, []))
    if head.endswith('e') and not head.endswith('ee'):
        forms |= {head + 's', head[:-1] + 'ing', head + 'd'}
    elif re.search(r'[^aeiou]y$', head):
        forms |= {head[:-1] + 'ies', head + 'ing', head[:-1] + 'ied'}
    elif re.search(r'(s|x|z|ch|sh)$', head):
        forms |= {head + 'es', head + 'ing', head + 'ed'}
    elif re.search(r'[^aeiou][aeiou][bdgmnprt]$', head) and len(head) <= 4:
        forms |= {head + 's', head + head[-1] + 'ing', head + head[-1] + 'ed'}
    else:
        forms |= {head + 's', head + 'ing', head + 'ed'}
    return [(form + ' ' + rest).strip() for form in forms]


def without_accents(text):
    return ''.join(c for c in unicodedata.normalize('NFKD', text) if not unicodedata.combining(c))


def caption_words(caption):
    words = re.findall(r"[^\W\d_]+", caption.lower())
    return [w for w in words if w not in STOPWORDS and len(w) > 1]


def stamp_captions(folder):
    """(English caption words, {language: caption words}) for each stamp."""
    for text in pathlib.Path(folder).rglob('*.txt'):
        if '/symbols/' in str(text):
            continue
        lines = text.read_text(encoding='utf-8', errors='replace').splitlines()
        if not lines:
            continue
        english = caption_words(lines[0])
        translations = {}
        for line in lines[1:]:
            key, _, value = line.partition('=')
            language = key.split('.')[0].split('_')[0].split('@')[0]
            if value and language and language != 'en':
                translations[language] = caption_words(value)
        yield english, translations


def ancestors(cid, concepts):
    found = []
    while concepts[cid]['parent']:
        cid = concepts[cid]['parent']
        found.append(cid)
    return found


# Which source wins where a word names several concepts: a concept's own
# nouns first ("crow" is the bird before it is what a rooster does, "trumpet"
# the instrument before an elephant's call), then the concepts' sound verbs,
# WordNet's synonyms and forms, then kinds, then captions.
SOURCE_RANK = {'name': 0, 'sound': 1, 'synonym': 1, 'inflection': 1, 'hyponym': 2}


def resolve(named, concepts):
    """The concepts a word stands for: the best-ranked source, then the deepest."""
    rank = lambda cid: SOURCE_RANK.get(named[cid], 3)
    best = min(rank(cid) for cid in named)
    kept = [cid for cid in named if rank(cid) == best]
    return [c for c in kept if not any(c in ancestors(other, concepts) for other in kept if other != c)]


def main():
    concepts_path, wordnet_dir, stamps_dir, out_path = map(pathlib.Path, sys.argv[1:5])
    concepts = read_concepts(concepts_path)
    wordnet = WordNet(wordnet_dir)
    words = collections.defaultdict(dict)  # word -> {concept: source}

    def add(word, cid, source):
        word = word.strip().lower()
        if not word or word in STOPWORDS:
            return
        for form in {word, without_accents(word)}:
            known = words[form].get(cid)
            if known is None or SOURCE_RANK.get(source, 3) < SOURCE_RANK.get(known, 3):
                words[form][cid] = source

    has_children = {c['parent'] for c in concepts.values() if c['parent']}
    for cid, concept in concepts.items():
        for name in concept['names']:
            add(name, cid, 'name')
            for form in plural(name, wordnet):
                add(form, cid, 'inflection')
            sense = wordnet.sounding_sense(name, concept['names'])
            if sense is None:
                continue
            # WordNet's other words for the sense, and its kinds, only where
            # that is what the word usually means.
            for synonym in wordnet.synonyms(sense):
                if not wordnet.means_first(synonym, {sense}):
                    continue
                add(synonym, cid, 'synonym')
                for form in plural(synonym, wordnet):
                    add(form, cid, 'inflection')
            depth = HYPONYM_DEPTH_INNER if cid in has_children else HYPONYM_DEPTH_LEAF
            kinds = wordnet.hyponyms(sense, depth)
            kind_senses = {synset for _, synset in kinds}
            for hyponym, _ in kinds:
                if len(hyponym) > 2 and wordnet.means_first(hyponym, kind_senses):  # not "In" (indium) under metal
                    add(hyponym, cid, 'hyponym')
        for sound in concept['sounds']:
            add(sound, cid, 'sound')
            for form in verb_forms(sound, wordnet):
                add(form, cid, 'inflection')

    # Another language's word for a stamp whose English caption is one of a
    # concept's own words ("A dog." -> dog): a caption of one word gives it;
    # in longer captions ("Voiture rouge.") a word counts where it recurs in
    # two stamps of the concept, as adjectives seldom do.
    translated = 0
    recurring = collections.Counter()
    concepts_of_word = collections.defaultdict(set)  # (language, word) -> concepts its captions name
    for english, translations in stamp_captions(stamps_dir):
        phrase = ' '.join(english)
        named = words.get(phrase) or (words.get(english[-1]) if english else None)
        known = resolve(named, concepts) if named else []
        if len(known) != 1 or SOURCE_RANK.get(named[known[0]], 3) > 1:
            continue
        cid = known[0]
        # A word of another language that is also an English word keeps its
        # English meaning: Aragonese "can" (dog) is not the tin can of "can
        # opening", Catalan "cel" not a cell.
        for language, caption in translations.items():
            if len(caption) == 1:
                if not wordnet.is_english(caption[0]):
                    add(caption[0], cid, 'caption:' + language)
                    translated += 1
            elif 1 < len(caption) <= 3:
                add(' '.join(caption), cid, 'caption:' + language)
                for word in set(caption):
                    recurring[(language, word, cid)] += 1
                    concepts_of_word[(language, word)].add(cid)
    for (language, word, cid), stamps in recurring.items():
        # A word in the captions of many concepts is an article or a
        # particle the stop list lacks (Turkish "bir"), not a name.
        function_word = len(concepts_of_word[(language, word)]) > 3
        if stamps >= 2 and not function_word and not wordnet.is_english(word):
            add(word, cid, 'caption:' + language)
            translated += 1

    # The deepest concept wins where a word names a concept and its ancestor.
    lines = []
    for word in sorted(words):
        named = words[word]
        kept = resolve(named, concepts)
        lines.append('\t'.join([word, ','.join(sorted(kept)), named[kept[0]]]))
    header = ['# Generated by tools/vocabulary/build.py from concepts.tsv, WordNet 3.0 (wordnet-base)',
              '# and the Tux Paint stamps\' captions (tuxpaint-stamps-default); do not edit by hand.',
              'word\tconcepts\tsource']
    out_path.write_text('\n'.join(header + lines) + '\n', encoding='utf-8')
    print(f'{len(lines)} words for {len(concepts)} concepts ({translated} from captions)')


if __name__ == '__main__':
    main()
