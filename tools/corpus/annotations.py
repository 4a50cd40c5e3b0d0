"""Annotation text as teachers' files carry it: titles, tags, comments, folder
and file names in several languages; sometimes empty or useless, sometimes
misleading. Every fourth phrase of each pool is kept for the held-out split."""

# Per class and language: title phrases ({n} is a number), folder names, genres, comments.
PHRASES = {
    "music": {
        "en": ["Symphony No. {n}", "Piano Sonata {n}", "Waltz in A minor", "School band concert",
               "Choir rehearsal", "Song for the spring concert", "Instrumental {n}", "Folk dance",
               "Guitar solo", "Orchestra suite", "String quartet", "Jazz standards",
               "Music class listening", "Soundtrack theme", "Drum groove", "Pop song karaoke",
               "Recorder piece", "Classical favourites", "Movement {n} Allegro", "Lullaby"],
        "de": ["Sinfonie Nr. {n}", "Klaviersonate", "Walzer", "Schulorchester Konzert",
               "Chorprobe", "Lied zum Frühlingsfest", "Musikunterricht Hörbeispiel",
               "Volkstanz", "Gitarrenstück", "Streichquartett", "Blockflöte Stück {n}",
               "Marsch", "Filmmusik Thema", "Tanzmusik"],
        "fr": ["Symphonie n° {n}", "Sonate pour piano", "Valse", "Concert de l'école",
               "Répétition de la chorale", "Chanson", "Morceau instrumental", "Danse folklorique",
               "Quatuor à cordes", "Éducation musicale écoute {n}", "Musique de film"],
        "es": ["Sinfonía n.º {n}", "Sonata para piano", "Vals", "Concierto escolar",
               "Ensayo del coro", "Canción", "Pieza instrumental", "Danza folclórica",
               "Música de cine", "Audición musical {n}"],
    },
    "language": {
        "en": ["Lesson {n} vocabulary", "Repeat after me", "French numbers 1-20",
               "Spanish for beginners unit {n}", "Listening exercise {n}", "Pronunciation drill",
               "German dialogue A1", "Vocabulary: colours", "Phrasebook greetings",
               "ESL listening test", "Alphabet song and letters", "Unit {n} - at the market",
               "Word list {n}", "Exam listening part {n}", "Language lab track {n}"],
        "de": ["Lektion {n} Wortschatz", "Sprich nach", "Englisch Vokabeln Unit {n}",
               "Hörverstehen Übung {n}", "Französisch Zahlen", "Aussprache üben",
               "Dialog Niveau A2", "Vokabeltrainer", "Spanisch Lektion {n}", "Hörtext {n}"],
        "fr": ["Leçon {n} vocabulaire", "Répétez après moi", "Anglais unité {n}",
               "Compréhension orale {n}", "Les nombres", "Exercice de prononciation",
               "Dialogue niveau A1", "Allemand débutant", "Piste {n} du manuel"],
        "es": ["Lección {n} vocabulario", "Repite conmigo", "Inglés unidad {n}",
               "Comprensión auditiva {n}", "Los números", "Ejercicio de pronunciación",
               "Diálogo nivel A1", "Francés para principiantes"],
    },
    "lecture": {
        "en": ["Lecture {n}: introduction", "Guest talk", "History of science lecture",
               "Keynote speech", "Seminar recording week {n}", "Sermon", "Commencement address",
               "Physics class {n}", "Biology lecture on cells", "Talk at the conference",
               "Recorded class {n}", "Open lecture series", "Public speech", "Teacher training talk",
               "Webinar recording"],
        "de": ["Vorlesung {n}", "Vortrag", "Gastvortrag Geschichte", "Festrede",
               "Seminar Aufzeichnung", "Predigt", "Unterrichtsmitschnitt {n}",
               "Ringvorlesung", "Rede zum Schuljahresbeginn"],
        "fr": ["Cours magistral {n}", "Conférence", "Exposé d'histoire", "Discours",
               "Séminaire enregistré", "Sermon", "Cours de physique {n}", "Allocution"],
        "es": ["Clase magistral {n}", "Conferencia", "Charla invitada", "Discurso",
               "Seminario grabado", "Sermón", "Clase de historia {n}"],
    },
    "drama": {
        "en": ["Episode {n}", "Season {n} episode 2", "Movie scene", "TV drama clip",
               "Film excerpt for discussion", "Soap opera", "Sitcom episode {n}",
               "Short film", "Scene {n} take 2", "Crime series", "Trailer",
               "Film studies clip {n}", "Drama series finale"],
        "de": ["Folge {n}", "Filmausschnitt", "Fernsehserie", "Spielfilm Szene {n}",
               "Kurzfilm", "Krimi Folge", "Serie Staffel {n}", "Filmanalyse Ausschnitt"],
        "fr": ["Épisode {n}", "Extrait de film", "Série télé", "Scène {n}", "Court métrage",
               "Feuilleton", "Téléfilm"],
        "es": ["Episodio {n}", "Escena de película", "Serie de televisión", "Telenovela",
               "Cortometraje", "Fragmento de película {n}"],
    },
    "audiobook": {
        "en": ["Chapter {n}", "Audiobook part {n}", "Read aloud: the adventure",
               "Bedtime story", "Radio play", "Novel unabridged disc {n}", "Short stories read by",
               "Fairy tales", "Classic literature reading", "Radio drama episode {n}",
               "Poetry reading", "The mystery, part {n}"],
        "de": ["Kapitel {n}", "Hörbuch Teil {n}", "Hörspiel", "Gutenachtgeschichte",
               "Märchen", "Lesung", "Roman ungekürzt CD {n}", "Kurzgeschichten"],
        "fr": ["Chapitre {n}", "Livre audio partie {n}", "Pièce radiophonique", "Conte",
               "Lecture à voix haute", "Roman intégral", "Histoires du soir"],
        "es": ["Capítulo {n}", "Audiolibro parte {n}", "Radioteatro", "Cuento",
               "Lectura en voz alta", "Novela completa"],
    },
}
FOLDERS = {
    "music": {"en": ["Music", "Music class", "Concert", "Choir"], "de": ["Musik", "Musikunterricht", "Chor"],
              "fr": ["Musique", "Chorale"], "es": ["Música", "Coro"]},
    "language": {"en": ["French", "Spanish", "ESL", "Vocabulary"], "de": ["Englisch", "Französisch", "Vokabeln"],
                 "fr": ["Anglais", "Allemand", "Langues"], "es": ["Inglés", "Idiomas"]},
    "lecture": {"en": ["Lectures", "Talks", "Seminars", "History"], "de": ["Vorlesungen", "Vorträge"],
                "fr": ["Cours", "Conférences"], "es": ["Clases", "Conferencias"]},
    "drama": {"en": ["Films", "TV", "Media studies", "Movies"], "de": ["Filme", "Serien"],
              "fr": ["Films", "Séries"], "es": ["Películas", "Series"]},
    "audiobook": {"en": ["Audiobooks", "Stories", "Radio plays"], "de": ["Hörbücher", "Hörspiele"],
                  "fr": ["Livres audio", "Contes"], "es": ["Audiolibros", "Cuentos"]},
}
GENRES = {
    "music": ["Classical", "Pop", "Jazz", "Folk", "Soundtrack", "Rock", "Instrumental", "Choral"],
    "language": ["Language", "Education", "Sprachkurs", "Langues", "Spoken Word"],
    "lecture": ["Speech", "Education", "Lecture", "Podcast", "Spoken Word"],
    "drama": ["Drama", "Film", "TV", "Comedy", "Thriller"],
    "audiobook": ["Audiobook", "Hörbuch", "Radio Play", "Spoken Word", "Literature"],
}
ARTISTS = ["Ms Keller", "Mr Dubois", "Prof. Alvarez", "Class 7b", "J. Smith", "Radio Bremen",
           "School Orchestra", "Dr. Novak", "BBC", "Unknown Artist", "Frau Weber", "M. Martin"]
USELESS_NAMES = ["track{n:02d}", "Track {n}", "New Recording {n}", "AUD-2023{n:04d}-WA0003",
                 "Audio {n}", "untitled", "Aufnahme {n}", "Enregistrement {n}", "Grabación {n}",
                 "VID_2024{n:04d}", "rec_{n:03d}", "file{n}", "Neue Aufnahme {n}", "clip {n}",
                 "voice memo {n}", "DSC{n:04d}", "01 - {n}", "mix final v{n}", "export", "test"]
USELESS_FOLDERS = ["Downloads", "Neuer Ordner", "misc", "Sounds", "Desktop", "New folder",
                   "Nouveau dossier", "tmp", "USB", "import {n}", "Documents", "stuff"]


def _held_out(items, split):
    """Every fourth phrase belongs to the held-out split only."""
    keep = [x for i, x in enumerate(items) if (i % 4 == 3) == (split == "heldout")]
    return keep or items


def annotate(rng, label, split):
    """Returns (tags dict, folder name, file stem, text kind)."""
    n = rng.randint(1, 24)
    roll = rng.random()
    if roll < 0.22:
        kind = "useless"
    elif roll < 0.30:
        kind = "misleading"
    else:
        kind = "informative"
    if kind == "useless":
        stem = rng.choice(USELESS_NAMES).format(n=rng.randint(1, 9999))
        folder = rng.choice(USELESS_FOLDERS).format(n=rng.randint(1, 9))
        tags = {}
        if rng.random() < 0.3:
            tags["title"] = stem
        return tags, folder, stem, kind
    topic = label
    if kind == "misleading":
        topic = rng.choice([c for c in PHRASES if c != label])
    language = rng.choice(["en", "en", "de", "fr", "es"])
    phrases = _held_out(PHRASES[topic][language], split)
    title = rng.choice(phrases).format(n=n)
    folder = rng.choice(_held_out(FOLDERS[topic][language], split)) if rng.random() < 0.7 \
        else rng.choice(USELESS_FOLDERS).format(n=n)
    tags = {}
    if rng.random() < 0.6:
        tags["title"] = title
    if rng.random() < 0.4:
        tags["artist"] = rng.choice(ARTISTS)
    if rng.random() < 0.3:
        tags["genre"] = rng.choice(_held_out(GENRES[topic], split))
    if rng.random() < 0.2:
        tags["album"] = rng.choice(phrases).format(n=rng.randint(1, 9))
    if rng.random() < 0.15:
        tags["comment"] = rng.choice(phrases).format(n=n)
    stem = title if rng.random() < 0.6 else f"{n:02d} {rng.choice(phrases).format(n=n)}"
    if rng.random() < 0.3:
        stem = stem.replace(" ", rng.choice(["_", "-", ""]))
    return tags, folder, stem.replace("/", "-"), kind
