#!/usr/bin/env python3
"""Captions for the corpus clips (issue 5, P3): several descriptions per clip
in varied wording, made from what the recipe and the recording conditions
recorded in the clip's JSON. The held-out split gets captions from sentence
templates that never occur in training ("unseen captions").

    tools/corpus/captions.py build/corpus [--per-clip 5] [--short-per-clip 2]

Adds "captions": [...] to every clip JSON: the sentences, then (outside the
held-out split) a few one- or two-word queries; re-running rewrites them the
same way.
"""

import argparse
import glob
import hashlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from sources import female_voice  # noqa: E402

# GM program families, for what a rendered piece's lead instrument sounds like.
FAMILIES = [(0, "piano"), (8, "chimes"), (16, "organ"), (24, "guitar"), (32, "bass"),
            (40, "strings"), (48, "string ensemble"), (52, "choir"), (56, "brass"),
            (64, "saxophone"), (72, "flute"), (80, "synth lead"), (88, "synth pad"),
            (104, "sitar"), (112, "percussion")]
SYNONYMS = {
    # word: (training synonyms, held-out synonyms)
    "piano": (["piano", "grand piano", "keyboard"], ["pianoforte", "keys"]),
    "guitar": (["guitar", "acoustic guitar"], ["six-string guitar", "strummed guitar"]),
    "strings": (["strings", "violins"], ["a string section", "fiddles"]),
    "string ensemble": (["string ensemble", "string orchestra"], ["orchestral strings"]),
    "choir": (["choir", "voices singing aah"], ["a chorus", "sung vowels"]),
    "brass": (["brass", "trumpets"], ["horns", "a brass section"]),
    "flute": (["flute", "woodwind"], ["pipe", "recorder-like flute"]),
    "organ": (["organ", "church organ"], ["an organ"]),
    "saxophone": (["saxophone", "sax"], ["reed instrument"]),
    "synth lead": (["synthesizer", "synth"], ["electronic lead"]),
    "synth pad": (["synth pad", "electronic pads"], ["ambient synth"]),
    "bass": (["bass", "bass guitar"], ["low bass line"]),
    "chimes": (["chimes", "bells"], ["glockenspiel"]),
    "sitar": (["sitar", "plucked strings"], ["a sitar-like instrument"]),
    "percussion": (["percussion", "mallets"], ["tuned percussion"]),
    "slow": (["slow", "calm"], ["unhurried", "gentle"]),
    "fast": (["fast", "lively"], ["quick", "energetic"]),
    "moderate": (["moderate", "steady"], ["medium-paced"]),
    "drums": (["drums", "a drum beat"], ["a drum kit", "beats"]),
    "reverberant": (["in a large echoing hall", "with lots of reverb"], ["in a reverberant room", "echoey"]),
    "small room": (["in a small room", "slightly roomy"], ["in a little room"]),
    "dry": (["dry", "close to the microphone"], ["close-miked", "without echo"]),
    "noisy": (["with background hiss", "with a noisy background"], ["over audible noise", "with static"]),
    "quiet": (["quietly", "at a low level"], ["softly", "at low volume"]),
    "loud": (["loudly", "at a high level"], ["at high volume", "strongly"]),
    "man": (["a man", "a male voice"], ["a gentleman", "a male speaker"]),
    "woman": (["a woman", "a female voice"], ["a lady", "a female speaker"]),
    "speaker": (["a speaker", "someone"], ["a person", "one voice"]),
}
STYLE_WORDS = {"rock": ["rock"], "pop": ["pop"], "latin": ["latin", "salsa-like"], "hiphop": ["hip hop"],
               "waltz": ["waltz"], "march": ["march"], "shuffle": ["shuffle", "swing"]}
SCALE_MOOD = {"major": "bright", "minor": "sad", "dorian": "mellow", "pentatonic": "folk-like",
              "blues": "bluesy", "harmonic": "dramatic", "phrygian": "exotic"}
LANGUAGE_KINDS = {"language vocabulary": ["vocabulary words with pauses to repeat", "a word list read slowly for learners"],
                  "language numbers": ["numbers counted for learners", "a counting drill"],
                  "language letters": ["letters and syllables spoken one by one", "an alphabet drill"],
                  "language pairs": ["words and their translations", "a bilingual vocabulary drill"],
                  "language dialogue": ["a simple dialogue for language learners", "two people practising phrases"]}

def _word(rng, key, held_out):
    # Every synonym can occur anywhere: "unseen captions" (DCASE) are new
    # sentences about unseen clips, not an unseen vocabulary.
    train, held = SYNONYMS[key]
    return rng.choice(train + held)


def _instrument(program):
    name = "piano"
    for first, family in FAMILIES:
        if program >= first:
            name = family
    return name


def _conditions(rng, meta, held_out):
    c = meta.get("conditions", {})
    parts = []
    if c.get("room") == "large" or c.get("room") == "medium":
        parts.append(_word(rng, "reverberant", held_out))
    elif c.get("room") == "small":
        parts.append(_word(rng, "small room", held_out))
    elif rng.random() < 0.5:
        parts.append(_word(rng, "dry", held_out))
    if c.get("noise_db", -99) > -48:
        parts.append(_word(rng, "noisy", held_out))
    peak = c.get("peak_db", -6)
    if peak < -13:
        parts.append(_word(rng, "quiet", held_out))
    elif peak > -4:
        parts.append(_word(rng, "loud", held_out))
    rng.shuffle(parts)
    return parts


def _voice(rng, recipe, held_out):
    voice = recipe.get("voice", "")
    if recipe.get("human"):
        return _word(rng, "speaker", held_out)
    return _word(rng, "woman" if female_voice(voice) else "man", held_out)


def _subject(rng, meta, held_out):
    """What is heard, in one noun phrase or clause."""
    label, recipe = meta["class"], meta.get("recipe", {})
    kind = recipe.get("recipe", "")
    if kind == "rendered music":
        tempo = recipe.get("tempo", 100)
        pace = _word(rng, "slow" if tempo < 85 else "fast" if tempo > 135 else "moderate", held_out)
        lead = _word(rng, _instrument(recipe.get("lead", 0)), held_out)
        style = rng.choice(STYLE_WORDS.get(recipe.get("style", ""), ["tune"]))
        mood = SCALE_MOOD.get(recipe.get("scale", ""), "")
        drums = f" with {_word(rng, 'drums', held_out)}" if recipe.get("drums") else ""
        if recipe.get("solo"):
            return rng.choice([f"a {pace} {mood} solo on the {lead}", f"{lead} playing alone, {pace} and {mood}"])
        return rng.choice([f"a {pace} {mood} {style} piece led by {lead}{drums}",
                           f"{lead} plays a {mood} {style} melody{drums}, {pace}",
                           f"{pace} {style} music with {lead}{drums}"])
    if kind == "song":
        mood = SCALE_MOOD.get(recipe.get("scale", ""), "")
        lead = _word(rng, _instrument(recipe.get("lead", 0)), held_out)
        return rng.choice([f"a synthetic voice sings a {mood} melody over {lead}",
                           f"a {mood} song with a singer and a band",
                           f"someone sings along to {lead}"])
    if kind == "a cappella song":
        return rng.choice(["a voice singing alone", "an unaccompanied song", "a singer without instruments"])
    if kind == "recorded music":
        return rng.choice(["an orchestral recording", "a recorded piece of ensemble music",
                           "instrumental music from a soundtrack", "a full band recording"])
    if label == "language":
        return rng.choice(LANGUAGE_KINDS.get(kind, ["a language lesson"]))
    if label == "lecture":
        who = _voice(rng, recipe, held_out)
        return rng.choice([f"{who} gives a lecture with pauses and hesitations",
                           f"{who} speaks to an audience, sometimes saying um and so",
                           f"a talk by {who} in front of listeners"])
    if kind == "radio play":
        return rng.choice(["a radio play with several actors, effects and music",
                           "voices acting a story with sound effects",
                           "an audio drama with a narrator and characters"])
    if label == "audiobook":
        who = _voice(rng, recipe, held_out)
        return rng.choice([f"{who} reads a story aloud at an even pace",
                           f"{who} narrates a book chapter calmly",
                           f"a calm reading of a novel by {who}"])
    if label == "drama":
        voices = recipe.get("voices", 3)
        count = "two" if voices <= 2 else "three" if voices == 3 else "several"
        return rng.choice([f"{count} people argue and talk quickly over music and sound effects",
                           f"a film scene with {count} voices, music and noises",
                           f"dialogue between {count} characters while music plays"])
    return "a recording"


TEMPLATES_TRAIN = ["{subject}", "{subject}, {conditions}", "{subject} recorded {conditions}",
                   "{Subject}.", "you can hear {subject}"]
TEMPLATES_HELDOUT = ["{subject}; {conditions}", "a clip of {subject}", "the sound of {subject} {conditions}",
                     "this is {subject}"]


def _rng_for(key):
    """A random generator fixed by a text key: the same clip always gets the same captions."""
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "little"))


def captions_for(meta, seed, count):
    held_out = meta["split"] == "heldout"
    rng = _rng_for(f"{seed}/{meta['path']}")
    templates = TEMPLATES_HELDOUT if held_out else TEMPLATES_TRAIN
    out = []
    for _ in range(count * 3):
        subject = _subject(rng, meta, held_out)
        conditions = " and ".join(_conditions(rng, meta, held_out)) or "plainly"
        text = rng.choice(templates).format(subject=subject, Subject=subject[:1].upper() + subject[1:],
                                            conditions=conditions)
        text = " ".join(text.split())
        if text not in out:
            out.append(text)
        if len(out) == count:
            break
    return out


# A word or two for each kind of language lesson, beside the general ones.
LANGUAGE_SHORT = {"language numbers": ["counting", "numbers"], "language letters": ["the alphabet", "letters"],
                  "language pairs": ["word pairs", "translations"], "language dialogue": ["a dialogue"]}


def _short_choices(meta):
    """What a teacher would type for this clip in a word or two."""
    label, recipe = meta["class"], meta.get("recipe", {})
    kind = recipe.get("recipe", "")
    if label == "music":
        words = ["music", "a piece of music"]
        if kind in ("rendered music", "recorded music"):
            words.append("instrumental music")
        if kind == "rendered music":
            words.append(_instrument(recipe.get("lead", 0)))
            if recipe.get("style") in STYLE_WORDS:
                words.append(f"{STYLE_WORDS[recipe['style']][0]} music")
            if recipe.get("drums"):
                words.append("drums")
        elif kind == "recorded music":
            words += ["orchestral music", "a soundtrack", "an orchestra"]
        else:  # songs, with a band or a cappella
            words += ["a song", "singing"]
        return words
    if label == "language":
        return ["a language lesson", "language learning", "vocabulary"] + LANGUAGE_SHORT.get(kind, ["words to repeat"])
    if label == "lecture":
        return ["a lecture", "a talk", "speech", "someone speaking"]
    if label == "audiobook":
        if kind == "radio play":
            return ["a radio play", "an audio drama", "a story"]
        return ["an audiobook", "a story", "narration", "someone reading"]
    if label == "drama":
        return ["a film scene", "drama", "dialogue", "people talking"]
    return ["a recording"]


def short_captions_for(meta, seed, count):
    """A word or two, as a teacher types a first query: training sentences
    alone left single words out of the text tower's reach. Not for the
    held-out split, whose captions the evaluator reads."""
    if meta["split"] == "heldout" or count <= 0:
        return []
    rng = _rng_for(f"short/{seed}/{meta['path']}")
    choices = _short_choices(meta)
    return rng.sample(choices, min(count, len(choices)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--per-clip", type=int, default=5)
    parser.add_argument("--short-per-clip", type=int, default=2,
                        help="one- or two-word captions added after the sentences (not for heldout)")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    files = sorted(glob.glob(os.path.join(args.corpus, "*", "*", "*.json")))
    for path in files:
        with open(path, encoding="utf-8") as f:
            meta = json.load(f)
        meta["captions"] = captions_for(meta, args.seed, args.per_clip) + \
            short_captions_for(meta, args.seed, args.short_per_clip)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
        os.replace(path + ".tmp", path)
    print(f"captions: {len(files)} clips")
    return 0


if __name__ == "__main__":
    sys.exit(main())
