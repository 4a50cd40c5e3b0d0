"""One recipe per resource class. Each builds the clean programme material of a
clip (16 kHz mono WAV); production.py then gives every class the same random
recording conditions, so no class can be told apart by an artefact.

What separates the classes is what a listener would use: music is music;
language learning is short items, several languages and repetition pauses;
lectures are one spontaneous voice (uneven pace, fillers, emphasis, the odd
applause); audiobooks are read (even pace, steady pitch, chapter headings) or
radio plays; drama is several voices in quick turns over music and effects.
Human voices appear in every speech class.
"""

import os

from audio import Speaker, duration, media_duration, render_midi
from midi import make_piece
from sources import choose

FILLERS = {"en": ["so", "um", "uh", "right", "okay", "you know", "now", "well", "actually"],
           "fr": ["alors", "euh", "bon", "voilà", "donc"],
           "de": ["also", "äh", "genau", "na ja", "gut"],
           "es": ["bueno", "eh", "pues", "entonces", "vale"]}
NUMBERS = {"en": "one two three four five six seven eight nine ten eleven twelve".split(),
           "fr": "un deux trois quatre cinq six sept huit neuf dix onze douze".split(),
           "de": "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split(),
           "es": "uno dos tres cuatro cinco seis siete ocho nueve diez once doce".split()}
INSTRUCTIONS = {"en": ["Repeat after me.", "Listen and repeat.", "Number {n}.", "Say it again.",
                       "Now you.", "Exercise {n}.", "Listen carefully."],
                "fr": ["Répétez après moi.", "Écoutez et répétez.", "Numéro {n}.", "À vous."],
                "de": ["Sprich nach.", "Hör zu und wiederhole.", "Nummer {n}.", "Jetzt du."],
                "es": ["Repite.", "Escucha y repite.", "Número {n}.", "Ahora tú."]}
DIALOGUE = {"en": ["Hello, how are you?", "I am fine, thank you.", "Where is the station?",
                   "It is next to the bank.", "What time is it?", "It is three o'clock.",
                   "Can I have a coffee, please?", "Of course. Anything else?",
                   "My name is Anna.", "Nice to meet you.", "How much is this?", "Ten euros."],
            "fr": ["Bonjour, comment ça va ?", "Très bien, merci.", "Où est la gare ?",
                   "À côté de la banque.", "Quelle heure est-il ?", "Il est trois heures.",
                   "Un café, s'il vous plaît.", "Je m'appelle Anne.", "Enchanté."],
            "de": ["Guten Tag, wie geht es Ihnen?", "Gut, danke.", "Wo ist der Bahnhof?",
                   "Neben der Bank.", "Wie spät ist es?", "Es ist drei Uhr.",
                   "Einen Kaffee, bitte.", "Ich heiße Anna.", "Freut mich."],
            "es": ["Hola, ¿qué tal?", "Muy bien, gracias.", "¿Dónde está la estación?",
                   "Al lado del banco.", "¿Qué hora es?", "Son las tres.",
                   "Un café, por favor.", "Me llamo Ana.", "Mucho gusto."]}
ESPEAK_FOR = {"en": "en-gb", "fr": "fr-fr", "de": "de", "es": "es"}
CHAPTER = {"en": "Chapter {w}.", "fr": "Chapitre {w}.", "de": "Kapitel {w}.", "es": "Capítulo {w}."}


def synthetic_speaker(rng, src, language=None, steady=False):
    if rng.random() < 0.25 and src.flite_voices and (language in (None, "en", "en-gb", "en-us")):
        return Speaker("flite", choose(rng, src.flite_voices), "en",
                       speed=rng.uniform(0.85, 1.15), pitch=50,
                       shift_cents=rng.randint(-250, 250), tone=_voice_tone(rng))
    if language is None:
        language = choose(rng, src.espeak_languages) if rng.random() < 0.4 else "en-gb"
    return Speaker("espeak", choose(rng, src.espeak_variants), language,
                   speed=rng.randint(135, 175) if steady else rng.randint(120, 200),
                   pitch=rng.randint(25, 70), shift_cents=rng.randint(-300, 300) if rng.random() < 0.5 else 0,
                   tone=_voice_tone(rng))


def _voice_tone(rng):
    return ["equalizer", str(rng.randint(300, 3000)), "1.0q", f"{rng.uniform(-6, 6):.1f}"]


def human_phrase(ws, rng, files, count, gap_range):
    """Real recorded words of one speaker joined into continuous speech."""
    pieces = []
    for _ in range(count):
        pieces.append(ws.convert(choose(rng, files), ["silence", "1", "0.02", "1%", "reverse",
                                                      "silence", "1", "0.02", "1%", "reverse"]))
        pieces.append(ws.silence(rng.uniform(*gap_range)))
    return ws.concat(pieces)


def _sentence(rng, src, long_ok=True):
    pool = src.sentences if long_ok else src.short_lines
    return choose(rng, pool)


def _effect(ws, rng, src, max_len=3.0):
    path = choose(rng, src.effects)
    converted = ws.convert(path)
    if duration(converted) > max_len:
        converted = ws.excerpt(converted, 0, max_len, fade=0.2)
    return converted


def _music_excerpt(ws, rng, src, length):
    if rng.random() < 0.5:
        track = choose(rng, src.music)
        total = media_duration(track)
        start = rng.uniform(0, max(0.0, total - length - 1))
        return ws.excerpt(track, start, length, fade=min(1.0, length / 4))
    return _rendered_music(ws, rng, src, length)[0]


def _rendered_music(ws, rng, src, length):
    data, description = make_piece(rng, length + 2)
    midi_path = ws.fresh("mid")
    with open(midi_path, "wb") as f:
        f.write(data)
    soundfont = choose(rng, src.soundfonts)
    description["soundfont"] = os.path.basename(soundfont)
    return ws.fit(render_midi(ws, midi_path, soundfont), length), description


def _applause(ws, rng, seconds):
    """Clapping from a crowd: pink noise cut into dense random bursts."""
    noise = ws.noise(seconds, "pink", -8)
    return ws.convert(noise, ["highpass", "800", "tremolo", f"{rng.uniform(6, 14):.1f}", "90",
                              "fade", "t", "0.3", f"{seconds:.2f}", "1.0"])


# --- music -----------------------------------------------------------------------------

def _sung_line(ws, rng, src, length, beat):
    """A voice singing a melody: one word per note, stretched to the note's
    length and shifted to the note's pitch, with a little vibrato and legato."""
    singer = synthetic_speaker(rng, src)
    if singer.engine == "flite":
        singer = Speaker("espeak", choose(rng, src.espeak_variants), "en-gb", 110, 50)
    words = [w.strip(".,;:!?\"'()-") for w in _sentence(rng, src).split()]
    words = [w for w in words if any(c.isalpha() for c in w)] or ["la"]
    scale = rng.choice([[0, 2, 4, 5, 7, 9, 11], [0, 2, 3, 5, 7, 8, 10], [0, 2, 4, 7, 9]])
    degree, pieces, total, i = rng.randint(0, len(scale) - 1), [], 0.0, 0
    while total < length:
        note = beat * rng.choice([1, 1, 2, 0.5, 1.5, 3])
        degree = max(0, min(2 * len(scale) - 1, degree + rng.choice([-2, -1, -1, 0, 1, 1, 2])))
        cents = 100 * (12 * (degree // len(scale)) + scale[degree % len(scale)]) - 600
        word = words[i % len(words)] or "la"
        if rng.random() < 0.25:
            word = rng.choice(["la", "na", "oh", "ah", "yeah", "hey"])
        i += 1
        spoken = singer.say(ws, word, speed_scale=0.7)
        have = max(0.05, duration(spoken))
        factor = min(3.0, max(0.3, have / (note * 0.92)))
        pieces.append(ws.convert(spoken, ["tempo", "-s", f"{factor:.3f}", "pitch", str(cents),
                                          "tremolo", f"{rng.uniform(4.5, 6.5):.1f}", "15"]))
        pieces.append(ws.silence(note * 0.08))
        total += note
    line = ws.fit(ws.concat(pieces), length)
    if rng.random() < 0.3:  # a second voice in harmony
        line = ws.mix(line, [(ws.convert(line, ["pitch", str(rng.choice([300, 400, 700, -500]))]), -4, 0.0)])
    return line


def music(ws, rng, src, length):
    if rng.random() < 0.3:  # songs: a voice over the band, or a cappella
        if rng.random() < 0.2:
            return _sung_line(ws, rng, src, length, 60 / rng.randint(70, 140)), {"recipe": "a cappella song"}
        accompaniment, description = _rendered_music(ws, rng, src, length)
        voice = _sung_line(ws, rng, src, length, 60 / description["tempo"])
        description["recipe"] = "song"
        return ws.mix(accompaniment, [(voice, rng.uniform(-6, 3), 0.0)]), description
    if rng.random() < 0.45:
        track = choose(rng, src.music)
        total = media_duration(track)
        start = rng.uniform(0, max(0.0, total - length - 1))
        clip = ws.excerpt(track, start, length, fade=0.3)
        return clip, {"recipe": "recorded music", "source": os.path.basename(track)}
    clip, description = _rendered_music(ws, rng, src, length)
    if rng.random() < 0.1:  # a live recital ends in applause
        clip = ws.mix(clip, [(_applause(ws, rng, 3.0), -6, max(0.0, length - 3.0))])
    description["recipe"] = "rendered music"
    return clip, description


# --- language learning -----------------------------------------------------------------

def language(ws, rng, src, length):
    kind = rng.choice(["vocabulary", "vocabulary", "pairs", "letters", "dialogue", "numbers"])
    teacher_language = rng.choice(["en", "en", "de", "fr", "es"])
    teacher = synthetic_speaker(rng, src, ESPEAK_FOR[teacher_language])
    pause = (rng.uniform(1.2, 2.2), rng.uniform(2.3, 4.0))
    pieces, n = [], 1
    if rng.random() < 0.25:
        pieces += [_music_excerpt(ws, rng, src, rng.uniform(2, 4)), ws.silence(0.5)]
    if rng.random() < 0.5:
        pieces += [teacher.say(ws, choose(rng, INSTRUCTIONS[teacher_language]).format(n=rng.randint(1, 9))),
                   ws.silence(rng.uniform(0.5, 1.2))]
    human_words = list(src.words.values())
    words = choose(rng, human_words) if human_words else None
    target = synthetic_speaker(rng, src, choose(rng, src.espeak_languages))
    pairs_language = choose(rng, list(src.word_pairs)) if src.word_pairs else None
    letters = choose(rng, list(src.letters.values())) if src.letters else None
    second = synthetic_speaker(rng, src, target.language)
    total = sum(duration(p) for p in pieces)
    while total < length:
        before = len(pieces)
        if kind in ("vocabulary", "numbers") and rng.random() < 0.5:
            word_list = NUMBERS[teacher_language]
            pieces.append(teacher.say(ws, f"{word_list[(n - 1) % len(word_list)]}."
                                      if kind == "numbers" else f"{n}."))
            pieces.append(ws.silence(0.4))
        if kind == "letters" and letters:
            item = ws.convert(choose(rng, letters))
        elif kind == "pairs" and pairs_language:
            english, other = choose(rng, src.word_pairs[pairs_language])
            pieces += [teacher.say(ws, english), ws.silence(0.5)]
            item = Speaker("espeak", target.voice, ESPEAK_FOR[pairs_language], target.speed,
                           target.pitch).say(ws, other)
        elif kind == "dialogue":
            speaker = target if n % 2 else second
            lang = next((k for k, v in ESPEAK_FOR.items() if v == speaker.language), "en")
            item = speaker.say(ws, choose(rng, DIALOGUE.get(lang, DIALOGUE["en"])), speed_scale=0.85)
        elif words and rng.random() < 0.6:
            item = ws.convert(choose(rng, words))
        else:
            item = target.say(ws, _sentence(rng, src, long_ok=False).split(",")[0], speed_scale=0.8)
        pieces += [item, ws.silence(rng.uniform(*pause))]
        if rng.random() < 0.45:  # the learner's turn, then the model again
            pieces += [item, ws.silence(rng.uniform(*pause))]
        n += 1
        total += sum(duration(p) for p in pieces[before:])
    return ws.fit(ws.concat(pieces), length), {"recipe": f"language {kind}"}


# --- lecture and speech ----------------------------------------------------------------

def lecture(ws, rng, src, length):
    human = rng.random() < 0.25 and src.words
    speaker = synthetic_speaker(rng, src)
    lang = "en" if speaker.language.startswith("en") else \
        next((k for k, v in ESPEAK_FOR.items() if v == speaker.language), "en")
    fillers = FILLERS.get(lang, FILLERS["en"])
    words = choose(rng, list(src.words.values())) if human else None
    pieces, total = [], 0.0
    while total < length:
        before = len(pieces)
        if words and rng.random() < 0.5:
            pieces.append(human_phrase(ws, rng, words, rng.randint(3, 9), (0.03, 0.35)))
        else:
            text = _sentence(rng, src)
            if rng.random() < 0.35:
                text = f"{rng.choice(fillers)}, {text}"
            if rng.random() < 0.2:
                text = f"{text} {rng.choice(fillers)}"
            # Spontaneous delivery: pace and pitch change from phrase to phrase.
            pieces.append(speaker.say(ws, text, speed_scale=rng.uniform(0.75, 1.3),
                                      pitch_offset=rng.randint(-15, 20)))
        gap = rng.choice([rng.uniform(0.15, 0.5), rng.uniform(0.15, 0.5), rng.uniform(0.9, 2.8)])
        pieces.append(ws.silence(gap))
        if rng.random() < 0.06:
            pieces += [_applause(ws, rng, rng.uniform(2, 4)), ws.silence(0.3)]
        total += sum(duration(p) for p in pieces[before:])
    clip = ws.fit(ws.concat(pieces), length)
    layers = []
    if rng.random() < 0.3:  # a cough, a chair, a door: the room is alive
        layers.append((_effect(ws, rng, src, 1.5), rng.uniform(-24, -12), rng.uniform(0, length - 2)))
    if rng.random() < 0.15 and src.actors:  # a question from the audience
        question = human_phrase(ws, rng, choose(rng, list(src.actors.values())), 1, (0.1, 0.2))
        layers.append((question, -10, rng.uniform(0, length - 3)))
    return ws.mix(clip, layers), {"recipe": "lecture", "human": bool(human), "voice": speaker.voice}


# --- audio books and radio drama -------------------------------------------------------

def audiobook(ws, rng, src, length):
    if rng.random() < 0.3:
        return radio_play(ws, rng, src, length)
    human = rng.random() < 0.25 and src.words
    narrator = synthetic_speaker(rng, src, steady=True)
    lang = "en" if narrator.language.startswith("en") else \
        next((k for k, v in ESPEAK_FOR.items() if v == narrator.language), "en")
    words = choose(rng, list(src.words.values())) if human else None
    pieces = []
    if rng.random() < 0.2:
        pieces += [_music_excerpt(ws, rng, src, rng.uniform(3, 6)), ws.silence(0.8)]
    if rng.random() < 0.45:
        number = choose(rng, NUMBERS.get(lang, NUMBERS["en"]))
        pieces += [narrator.say(ws, CHAPTER.get(lang, CHAPTER["en"]).format(w=number)),
                   ws.silence(rng.uniform(1.2, 2.0))]
    sentence_pause = rng.uniform(0.45, 0.8)  # read text: the same breath after each sentence
    total = sum(duration(p) for p in pieces)
    while total < length:
        before = len(pieces)
        if words and rng.random() < 0.5:
            pieces.append(human_phrase(ws, rng, words, rng.randint(4, 8), (0.08, 0.15)))
        else:
            pieces.append(narrator.say(ws, _sentence(rng, src), speed_scale=rng.uniform(0.97, 1.03)))
        pieces.append(ws.silence(sentence_pause * rng.uniform(0.9, 1.1)))
        total += sum(duration(p) for p in pieces[before:])
    return ws.fit(ws.concat(pieces), length), {"recipe": "audiobook narration", "human": bool(human),
                                               "voice": narrator.voice}


def radio_play(ws, rng, src, length):
    voices = [synthetic_speaker(rng, src, "en-gb") for _ in range(rng.randint(2, 3))]
    actors = list(src.actors.values())
    narrator = synthetic_speaker(rng, src, "en-gb", steady=True)
    pieces, total, turn = [], 0.0, 0
    while total < length:
        before = len(pieces)
        roll = rng.random()
        if roll < 0.2:
            pieces.append(narrator.say(ws, _sentence(rng, src)))
        elif roll < 0.3 and actors:
            pieces.append(human_phrase(ws, rng, choose(rng, actors), rng.randint(1, 2), (0.1, 0.3)))
        elif roll < 0.38:
            pieces.append(_effect(ws, rng, src))
        elif roll < 0.43:
            pieces.append(_music_excerpt(ws, rng, src, rng.uniform(2, 4)))
        else:
            speaker = voices[turn % len(voices)]
            turn += 1
            pieces.append(speaker.say(ws, " ".join(_sentence(rng, src) for _ in range(rng.randint(1, 2))),
                                      pitch_offset=rng.randint(-8, 8)))
        pieces.append(ws.silence(rng.uniform(0.3, 0.9)))
        total += sum(duration(p) for p in pieces[before:])
    return ws.fit(ws.concat(pieces), length), {"recipe": "radio play"}


# --- film and TV drama -----------------------------------------------------------------

def drama(ws, rng, src, length):
    voices = [synthetic_speaker(rng, src, rng.choice(["en-gb", "en-gb", "en-us"]))
              for _ in range(rng.randint(2, 4))]
    actors = list(src.actors.values())
    cast = [choose(rng, actors) for _ in range(rng.randint(1, 3))] if actors else []
    pieces, total, turn = [], 0.0, 0
    while total < length:
        before = len(pieces)
        gain = rng.uniform(-12, 3)  # whispers and shouts
        if cast and rng.random() < 0.45:
            line = human_phrase(ws, rng, choose(rng, cast), rng.randint(1, 3), (0.05, 0.3))
        else:
            speaker = voices[turn % len(voices)]
            line = speaker.say(ws, _sentence(rng, src, long_ok=rng.random() < 0.3),
                               speed_scale=rng.uniform(0.9, 1.4), pitch_offset=rng.randint(-10, 25))
        turn += 1
        pieces.append(ws.convert(line, ["gain", f"{gain:.1f}"]))
        pieces.append(ws.silence(rng.uniform(0.02, 0.45)))
        total += sum(duration(p) for p in pieces[before:])
    clip = ws.fit(ws.concat(pieces), length)
    layers = []
    if rng.random() < 0.85:  # the score under the scene, often as loud as the voices
        layers.append((_music_excerpt(ws, rng, src, length), rng.uniform(-12, 0), 0.0))
    for _ in range(rng.randint(1, 5)):
        layers.append((_effect(ws, rng, src), rng.uniform(-12, 2), rng.uniform(0, max(0.1, length - 2))))
    return ws.mix(clip, layers), {"recipe": "drama", "voices": len(voices) + len(cast)}


RECIPES = {"music": music, "language": language, "lecture": lecture, "drama": drama,
           "audiobook": audiobook}
LENGTHS = {"music": (12, 40), "language": (15, 40), "lecture": (18, 45), "drama": (15, 40),
           "audiobook": (18, 45)}
# How often each class comes as a video file (drama usually does).
VIDEO_SHARE = {"music": 0.06, "language": 0.06, "lecture": 0.12, "drama": 0.55, "audiobook": 0.02}
