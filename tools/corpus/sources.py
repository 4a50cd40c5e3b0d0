"""Where the corpus material comes from, and which of it is kept out of training.

Every source is split into a *training* pool (used for train, validation and
test) and a *held-out* pool (used only for the held-out-source test split):
voices, languages, sound fonts, music packages and effect banks of the
held-out pool never occur in training. manifest.json lists the same sources
with their packages and licences.
"""

import functools
import glob
import os
import random
import re
import subprocess

PACKAGES = [
    "espeak-ng", "flite", "sox", "ffmpeg", "fluidsynth",
    "fluid-soundfont-gm", "timgm6mb-soundfont", "musescore-general-soundfont-small",
    "ktuberling-data", "klettres-data", "hedgewars-data",
    "wesnoth-1.16-music", "lincity-ng-data", "extremetuxracer-data", "frozen-bubble-data",
    "sound-theme-freedesktop", "fortunes", "fortunes-min", "dict-devil",
    "dict-freedict-eng-fra", "dict-freedict-eng-spa", "dict-freedict-deu-eng",
]

ESPEAK_LANGUAGES = {
    "train": ["en-gb", "en-us", "fr-fr", "de", "es", "ru", "el", "pl", "fi", "cs", "hu", "tr", "da"],
    "heldout": ["it", "pt", "nl", "sv", "ro", "sk"],
}
# Variant names are file names in espeak-ng-data/voices/!v and are matched
# exactly: an unknown one is not an error to espeak-ng, which silently speaks
# with its default voice (check_espeak_variants refuses them).
ESPEAK_VARIANTS = {
    "train": ["m1", "m2", "m3", "m4", "m8", "f1", "f2", "f3", "Andy", "Annie", "boris", "Denis", "ed",
              "Gene", "Jacky", "john", "Lee", "linda", "Mario", "Michael", "max", "paul", "pedro",
              "rob", "robert", "steph", "steph2", "grandpa", "klatt", "adam", "anika", "aunty",
              "benjamin", "caleb", "david", "norbert", "travis", "victor"],
    "heldout": ["m5", "m6", "m7", "f4", "f5", "Alex", "Alicia", "Andrea", "Hugo", "iven",
                "Marco", "Mike", "quincy", "zac", "belinda", "grandma", "edward"],
}
FLITE_VOICES = {"train": ["kal", "awb", "rms", "kal16"], "heldout": ["slt"]}
FEMALE_FLITE_VOICES = {"slt"}

KTUBERLING_LANGUAGES = {
    "train": ["en", "de", "fr", "es", "ca", "da", "ru", "el", "fi", "uk", "ga", "gl"],
    "heldout": ["it", "nl", "pt", "sv", "lt", "sl", "nn", "ro"],
}
KLETTRES_LANGUAGES = {
    "train": ["en", "fr", "de", "es", "da", "cs", "ru", "hu"],
    "heldout": ["it", "nl", "nn", "pt_BR", "lt"],
}
HEDGEWARS_PACKS = {
    "train": ["Default", "British", "Classic", "Mobster", "Russian", "Singer", "Surfer",
              "HillBilly", "Default_es"],
    "heldout": ["Pirate", "Robot", "Default_uk", "Default_pl", "Default_ru", "Russian_pl"],
}
SOUNDFONTS = {
    "train": ["/usr/share/sounds/sf2/FluidR3_GM.sf2", "/usr/share/sounds/sf3/MuseScore_General_Lite.sf3"],
    "heldout": ["/usr/share/sounds/sf2/TimGM6mb.sf2"],
}
MUSIC_GLOBS = {
    "train": ["/usr/share/games/wesnoth/1.16/data/core/music/*.ogg",
              "/usr/share/games/lincity-ng/music/*/*.ogg"],
    "heldout": ["/usr/share/games/etr/music/*.ogg",
                "/usr/share/games/frozen-bubble/snd/*zik*.ogg"],
}
EFFECT_GLOBS = {
    "train": ["/usr/share/games/lincity-ng/sounds/*.wav",
              "/usr/share/games/hedgewars/Data/Sounds/*.ogg"],
    "heldout": ["/usr/share/games/etr/sounds/*.wav",
                "/usr/share/sounds/freedesktop/stereo/*.oga"],
}
# Fortune files are split by name; the held-out split also reads The Devil's Dictionary.
FORTUNE_DIR = "/usr/share/games/fortunes"
HELDOUT_FORTUNES = {"education", "science", "linux", "kids", "wisdom", "songs-poems", "work"}
DEVIL_DICT = "/usr/share/dictd/devil.dict.dz"
FREEDICT = {"fr": "/usr/share/dictd/freedict-eng-fra.dict.dz",
            "es": "/usr/share/dictd/freedict-eng-spa.dict.dz",
            "de": "/usr/share/dictd/freedict-deu-eng.dict.dz"}


@functools.lru_cache(maxsize=1)
def _espeak_data():
    version = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True).stdout
    found = re.search(r"Data at: (\S+)", version)
    return found.group(1) if found else "/usr/share/espeak-ng-data"


def _espeak_variant_file(name):
    return os.path.join(_espeak_data(), "voices", "!v", name)


def check_espeak_variants():
    """Every listed variant exists: espeak-ng would speak an unknown one with its default voice."""
    unknown = [v for pool in ESPEAK_VARIANTS.values() for v in pool if not os.path.isfile(_espeak_variant_file(v))]
    if unknown:
        raise SystemExit("corpus: espeak-ng has no voice variant " + ", ".join(unknown) +
                         " (names are case-sensitive; see espeak-ng --voices=variant)")


@functools.lru_cache(maxsize=None)
def female_voice(voice):
    """Whether a corpus voice (espeak-ng variant or flite voice) is a woman's, as its variant file says."""
    if voice in FEMALE_FLITE_VOICES:
        return True
    try:
        with open(_espeak_variant_file(voice), encoding="utf-8", errors="ignore") as f:
            return any(line.split()[:2] == ["gender", "female"] for line in f if line.strip())
    except OSError:
        return False


def pool_of(split):
    return "heldout" if split == "heldout" else "train"


def _files(patterns):
    found = []
    for pattern in patterns:
        found.extend(sorted(glob.glob(pattern)))
    return found


class Sources:
    """The material of one pool, listed once per process."""

    def __init__(self, pool):
        self.pool = pool
        self.espeak_languages = ESPEAK_LANGUAGES[pool]
        self.espeak_variants = ESPEAK_VARIANTS[pool]
        self.flite_voices = FLITE_VOICES[pool]
        self.soundfonts = [f for f in SOUNDFONTS[pool] if os.path.exists(f)]
        self.music = _files(MUSIC_GLOBS[pool])
        self.effects = [f for f in _files(EFFECT_GLOBS[pool]) if os.path.getsize(f) > 2000]
        self.words = {}
        for lang in KTUBERLING_LANGUAGES[pool]:
            files = sorted(glob.glob(f"/usr/share/ktuberling/sounds/{lang}/*.ogg"))
            if len(files) >= 20:
                self.words[lang] = files
        self.letters = {}
        for lang in KLETTRES_LANGUAGES[pool]:
            files = sorted(glob.glob(f"/usr/share/klettres/{lang}/alpha/*.ogg") +
                           glob.glob(f"/usr/share/klettres/{lang}/syllab/*.ogg"))
            if files:
                self.letters[lang] = files
        self.actors = {}
        for pack in HEDGEWARS_PACKS[pool]:
            files = sorted(glob.glob(f"/usr/share/games/hedgewars/Data/Sounds/voices/{pack}/*.ogg"))
            if files:
                self.actors[pack] = files
        self.sentences = _sentences(pool)
        self.short_lines = [s for s in self.sentences if len(s) < 70]
        self.word_pairs = {lang: _word_pairs(path) for lang, path in FREEDICT.items()
                           if os.path.exists(path)}
        for name, items in [("music", self.music), ("effects", self.effects),
                            ("soundfonts", self.soundfonts), ("sentences", self.sentences)]:
            if not items:
                raise SystemExit(f"corpus: no {name} found for the {pool} pool; "
                                 "is every package of sources.PACKAGES installed?")


def _sentences(pool):
    import gzip
    import re
    texts = []
    for path in sorted(glob.glob(os.path.join(FORTUNE_DIR, "*"))):
        name = os.path.basename(path)
        if "." in name or os.path.isdir(path):
            continue
        if (name in HELDOUT_FORTUNES) != (pool == "heldout"):
            continue
        with open(path, encoding="utf-8", errors="ignore") as f:
            texts.extend(f.read().split("\n%\n"))
    if pool == "heldout" and os.path.exists(DEVIL_DICT):
        with gzip.open(DEVIL_DICT, "rt", encoding="utf-8", errors="ignore") as f:
            texts.extend(f.read().split("\n\n"))
    sentences = []
    for text in texts:
        text = re.sub(r"\s+", " ", text).strip()
        if not text or any(c in text for c in "<>|{}[]\\_=#@*~^"):
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            words = sentence.split()
            if 3 <= len(words) <= 30 and sentence.isascii() and sentence[0].isalpha():
                sentences.append(sentence)
    return sentences


def _word_pairs(path):
    """(English, other) word pairs from a FreeDict dictionary."""
    import gzip
    pairs = []
    with gzip.open(path, "rt", encoding="utf-8", errors="ignore") as f:
        lines = f.read().split("\n")
    german_first = "deu-eng" in path
    for head, body in zip(lines, lines[1:]):
        if "/" not in head or head.startswith(" ") or body.startswith(" "):
            continue
        word = head.split("/")[0].strip()
        translation = body.split(",")[0].lstrip("0123456789. ").strip()
        if not word or not translation or len(word) > 20 or len(translation) > 20:
            continue
        if not word.replace(" ", "").isalpha():
            continue
        pairs.append((translation, word) if german_first else (word, translation))
    return pairs


def choose(rng: random.Random, items):
    return items[rng.randrange(len(items))]
