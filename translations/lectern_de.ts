<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>RTL for a language written right to left, else LTR</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>lectern</name>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>Language learning</source>
        <translation>Sprachenlernen</translation>
    </message>
    <message>
        <source>Lecture and speech</source>
        <translation>Vortrag und Rede</translation>
    </message>
    <message>
        <source>Film and TV drama</source>
        <translation>Film und Fernsehen</translation>
    </message>
    <message>
        <source>Audio book and radio drama</source>
        <translation>Hörbuch und Hörspiel</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht eingeordnet</translation>
    </message>
    <message>
        <source>%1 (set by you)</source>
        <translation>%1 (von Ihnen gewählt)</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>Same recording</source>
        <translation>Dieselbe Aufnahme</translation>
    </message>
    <message>
        <source>Sounds similar</source>
        <translation>Klingt ähnlich</translation>
    </message>
    <message>
        <source>Matching words</source>
        <translation>Passende Wörter</translation>
    </message>
    <message>
        <source>Sounds as described</source>
        <translation>Klingt wie beschrieben</translation>
    </message>
    <message>
        <source>the modifier model interpreted “%1” to rank the rest</source>
        <translation>das Abwandlungsmodell hat „%1“ gedeutet, um den Rest zu ordnen</translation>
    </message>
    <message>
        <source>the rest are ranked by how alike they sound</source>
        <translation>der Rest ist danach geordnet, wie ähnlich er klingt</translation>
    </message>
    <message>
        <source>Measured: %1 (from each recording&apos;s loudness, length and class)</source>
        <translation>Gemessen: %1 (aus Lautheit, Länge und Klasse jeder Aufnahme)</translation>
    </message>
    <message>
        <source>Nothing in the modifier can be measured; %1.</source>
        <translation>Nichts an der Abwandlung ist messbar; %1.</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Klasse: %1</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>Sammlung: %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>Fehlende Dateien</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Duration %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Jahr: %1</translation>
    </message>
    <message>
        <source>classify needs one or more audio or video files</source>
        <translation>classify braucht eine oder mehrere Audio- oder Videodateien</translation>
    </message>
    <message>
        <source>set-class needs an item id or path and a class</source>
        <translation>set-class braucht eine Eintragsnummer oder einen Pfad und eine Klasse</translation>
    </message>
    <message>
        <source>unknown class &apos;%1&apos; (music, language, lecture, drama, audiobook or auto)</source>
        <translation>unbekannte Klasse „%1“ (music, language, lecture, drama, audiobook oder auto)</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation>kein Eintrag %1 in der Bibliothek</translation>
    </message>
    <message>
        <source>--start and --end take seconds, like 12.5</source>
        <translation>--start und --end erwarten Sekunden, etwa 12.5</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import braucht mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>--jobs needs a positive number</source>
        <translation>--jobs braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3, failed %4</source>
        <translation>hinzugefügt %1, aktualisiert %2, unverändert %3, fehlgeschlagen %4</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>missing: %1 (gone from their folders; kept, and analysed or found again when they return)</source>
        <translation>fehlend: %1 (aus ihren Ordnern verschwunden; behalten und analysiert oder wiedergefunden, wenn sie zurückkehren)</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>übersprungen %1: %2</translation>
    </message>
    <message>
        <source>--status is one of pending, analyzed, failed</source>
        <translation>--status ist pending, analyzed oder failed</translation>
    </message>
    <message>
        <source>--kind is audio or video</source>
        <translation>--kind ist audio oder video</translation>
    </message>
    <message>
        <source>--class is one of music, language, lecture, drama, audiobook, unknown</source>
        <translation>--class ist music, language, lecture, drama, audiobook oder unknown</translation>
    </message>
    <message>
        <source>show needs one item id or path</source>
        <translation>show braucht eine Eintragsnummer oder einen Pfad</translation>
    </message>
    <message>
        <source>remove needs one item id or path</source>
        <translation>remove braucht eine Eintragsnummer oder einen Pfad</translation>
    </message>
    <message>
        <source>removed %1 from the library (the file itself is untouched)</source>
        <translation>%1 aus der Bibliothek entfernt (die Datei selbst bleibt unberührt)</translation>
    </message>
    <message>
        <source>restore-backup takes no operands</source>
        <translation>restore-backup nimmt keine Operanden</translation>
    </message>
    <message>
        <source>restored the catalog from %1; the damaged one is kept as catalog.sqlite.damaged</source>
        <translation>Katalog aus %1 wiederhergestellt; der beschädigte bleibt als catalog.sqlite.damaged erhalten</translation>
    </message>
    <message>
        <source>match needs one audio or video file</source>
        <translation>match braucht eine Audio- oder Videodatei</translation>
    </message>
    <message>
        <source>%1 is neither a file nor an item of the library</source>
        <translation>%1 ist weder eine Datei noch ein Eintrag der Bibliothek</translation>
    </message>
    <message>
        <source>no file or library item %1</source>
        <translation>keine Datei und kein Bibliothekseintrag %1</translation>
    </message>
    <message>
        <source>keyframes needs one video file or item id</source>
        <translation>keyframes braucht eine Videodatei oder Eintragsnummer</translation>
    </message>
    <message>
        <source>keyframes needs -o DIR for the thumbnails</source>
        <translation>keyframes braucht -o ORDNER für die Vorschaubilder</translation>
    </message>
    <message>
        <source>spectrogram needs one file or item id</source>
        <translation>spectrogram braucht eine Datei oder Eintragsnummer</translation>
    </message>
    <message>
        <source>spectrogram needs -o OUT.png</source>
        <translation>spectrogram braucht -o AUSGABE.png</translation>
    </message>
    <message>
        <source>--start, --end, --width and --height take numbers</source>
        <translation>--start, --end, --width und --height erwarten Zahlen</translation>
    </message>
    <message>
        <source>the picture must be between 16x24 and 20000x4000 pixels</source>
        <translation>das Bild muss zwischen 16x24 und 20000x4000 Pixel groß sein</translation>
    </message>
    <message>
        <source>--end must come after --start</source>
        <translation>--end muss nach --start liegen</translation>
    </message>
    <message>
        <source>items: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>total duration: %1</source>
        <translation>Gesamtdauer: %1</translation>
    </message>
    <message>
        <source>by status</source>
        <translation>nach Status</translation>
    </message>
    <message>
        <source>by kind</source>
        <translation>nach Art</translation>
    </message>
    <message>
        <source>by class</source>
        <translation>nach Klasse</translation>
    </message>
    <message>
        <source>embed needs one audio or video file</source>
        <translation>embed braucht eine Audio- oder Videodatei</translation>
    </message>
    <message>
        <source>no audio in that range</source>
        <translation>kein Ton in diesem Bereich</translation>
    </message>
    <message>
        <source>%1 segments, %2-d embedding, code %3</source>
        <translation>%1 Segmente, %2-dimensionale Einbettung, Code %3</translation>
    </message>
    <message>
        <source>embed-text needs one text (quote it)</source>
        <translation>embed-text braucht einen Text (in Anführungszeichen)</translation>
    </message>
    <message>
        <source>the text-query model (text-query.pt) is not installed</source>
        <translation>das Textabfragemodell (text-query.pt) ist nicht installiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no word the text-query model knows</source>
        <translation>„%1“ enthält kein Wort, das das Textabfragemodell kennt</translation>
    </message>
    <message>
        <source>%1-d embedding of &quot;%2&quot;</source>
        <translation>%1-dimensionale Einbettung von „%2“</translation>
    </message>
    <message>
        <source>give --example or --item, not both</source>
        <translation>--example oder --item angeben, nicht beides</translation>
    </message>
    <message>
        <source>--start and --end need --example or --item</source>
        <translation>--start und --end brauchen --example oder --item</translation>
    </message>
    <message>
        <source>--words-only searches text, not an example</source>
        <translation>--words-only durchsucht Text, kein Beispiel</translation>
    </message>
    <message>
        <source>--modifier changes an example: give --example or --item too</source>
        <translation>--modifier ändert ein Beispiel: auch --example oder --item angeben</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not %1</source>
        <translation>--limit braucht eine positive Zahl, nicht %1</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <source>duplicates takes no operands</source>
        <translation>duplicates nimmt keine Operanden</translation>
    </message>
    <message>
        <source>no duplicates</source>
        <translation>keine Duplikate</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>sounds like: %1, from %2 (%3)</source>
        <translation>klingt wie: %1, ab %2 (%3)</translation>
    </message>
    <message>
        <source>sounds a little like: %1, from %2 (%3)</source>
        <translation>klingt etwas wie: %1, ab %2 (%3)</translation>
    </message>
    <message>
        <source>named like: %1</source>
        <translation>benannt wie: %1</translation>
    </message>
    <message>
        <source>both sound like: %1</source>
        <translation>beide klingen wie: %1</translation>
    </message>
    <message>
        <source>sounds like the example from %1 s (similarity %2)</source>
        <translation>klingt wie das Beispiel ab %1 s (Ähnlichkeit %2)</translation>
    </message>
    <message>
        <source>same recording from %1 s (%2 % of the bits agree)</source>
        <translation>dieselbe Aufnahme ab %1 s (%2 % der Bits stimmen überein)</translation>
    </message>
    <message>
        <source>modifier model %1</source>
        <translation>Abwandlungsmodell %1</translation>
    </message>
    <message>
        <source>its annotation has the words</source>
        <translation>seine Beschreibung enthält die Wörter</translation>
    </message>
    <message>
        <source>%1: %2 LU against the example</source>
        <translation>%1: %2 LU gegenüber dem Beispiel</translation>
    </message>
    <message>
        <source>%1: %2 s long</source>
        <translation>%1: %2 s lang</translation>
    </message>
    <message>
        <source>%1: music %2 %</source>
        <translation>%1: Musik %2 %</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>artist</source>
        <translation>Interpret</translation>
    </message>
    <message>
        <source>album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sounds like: &quot;%1&quot; at %2 (similarity %3)</source>
        <translation>klingt wie „%1“ bei %2 (Ähnlichkeit %3)</translation>
    </message>
    <message>
        <source>read as sounds: %1</source>
        <translation>als Geräusche gelesen: %1</translation>
    </message>
    <message>
        <source>searched by words only: the sound search knows none of these words</source>
        <translation>nur nach Wörtern gesucht: die Klangsuche kennt keines dieser Wörter</translation>
    </message>
    <message>
        <source>searched by words only: most of these words are not about sounds</source>
        <translation>nur nach Wörtern gesucht: die meisten dieser Wörter beschreiben keine Geräusche</translation>
    </message>
    <message>
        <source>searched by words only: %1</source>
        <translation>nur nach Wörtern gesucht: %1</translation>
    </message>
    <message>
        <source>similar items found by their 64-bit codes: %1</source>
        <translation>ähnliche Einträge über ihre 64-Bit-Codes gefunden: %1</translation>
    </message>
    <message>
        <source>no similar items: %1</source>
        <translation>keine ähnlichen Einträge: %1</translation>
    </message>
    <message>
        <source>empty query: type words, or filters such as class:music</source>
        <translation>leere Suche: Wörter eingeben oder Filter wie class:music</translation>
    </message>
    <message>
        <source>the example is silent: there is nothing to compare</source>
        <translation>das Beispiel ist still: es gibt nichts zu vergleichen</translation>
    </message>
    <message>
        <source>more than %1 items match; the best of the first of them are shown — add a word to narrow</source>
        <translation>mehr als %1 Einträge passen; die besten der ersten werden gezeigt — ein weiteres Wort grenzt ein</translation>
    </message>
    <message>
        <source>%1 not understood (try duration:&lt;5m or duration:&gt;30s); ignored</source>
        <translation>%1 nicht verstanden (etwa duration:&lt;5m oder duration:&gt;30s); übergangen</translation>
    </message>
    <message>
        <source>%1 not understood (try year:2019 or year:2010-2015); ignored</source>
        <translation>%1 nicht verstanden (etwa year:2019 oder year:2010-2015); übergangen</translation>
    </message>
    <message>
        <source>%1 is not a class (music, language, lecture, drama, audiobook); ignored</source>
        <translation>%1 ist keine Klasse (music, language, lecture, drama, audiobook); übergangen</translation>
    </message>
    <message>
        <source>%1 is neither audio nor video; ignored</source>
        <translation>%1 ist weder audio noch video; übergangen</translation>
    </message>
    <message>
        <source>%1 names no language; ignored</source>
        <translation>%1 nennt keine Sprache; übergangen</translation>
    </message>
    <message>
        <source>%1 is not pending, analysed, failed or missing; ignored</source>
        <translation>%1 ist weder pending, analysed, failed noch missing; übergangen</translation>
    </message>
    <message>
        <source>registered for the workers: %1</source>
        <translation>für die Analyse-Rechner angemeldet: %1</translation>
    </message>
    <message>
        <source>--lease needs a positive number of seconds</source>
        <translation>--lease braucht eine positive Zahl von Sekunden</translation>
    </message>
    <message>
        <source>analysed %1, failed %2, missing %3, left to other workers %4</source>
        <translation>analysiert %1, fehlgeschlagen %2, fehlend %3, anderen Rechnern überlassen %4</translation>
    </message>
    <message>
        <source>media-root takes a NAME and a PATH, or a NAME alone to forget it</source>
        <translation>media-root braucht einen NAMEN und einen PFAD, oder nur einen NAMEN, um ihn zu vergessen</translation>
    </message>
    <message>
        <source>media roots belong to a school library: give its postgresql:// address with --library</source>
        <translation>Medienwurzeln gehören zu einer Schulbibliothek: geben Sie ihre postgresql://-Adresse mit --library an</translation>
    </message>
    <message>
        <source>usage: lectern-cli [--library DIR] COMMAND [options]

Commands:
  import PATH...      import files and folders (recursively); --json prints
                      {&quot;added&quot;,&quot;updated&quot;,&quot;unchanged&quot;,&quot;failed&quot;}; --jobs N workers;
                      --register-only leaves the analysis to `work`
  list                list items; --json, --status pending|analyzed|failed,
                      --kind audio|video, --class CLASS
  show ID|PATH        one item; --json
  remove ID|PATH      forget an item (the file is not touched)
  stats               counts by status, kind and class, total duration; --json
  restore-backup      put the catalog&apos;s copy from the last import in place of
                      a damaged catalog (kept as catalog.sqlite.damaged)
  keyframes FILE|ID -o DIR   keyframes of a video (SKM) as JPEGs in DIR; --json
  spectrogram FILE|ID -o OUT.png   [--start S] [--end S] [--width W] [--height H]
  match FILE          which library items this clip comes from, and where;
                      --start S --end S (seconds) to use part of FILE; --json
  classify FILE...    the resource class of each file (no library needed);
                      --json adds the probabilities and each channel&apos;s view
  set-class ID|PATH CLASS   the teacher&apos;s class (music, language, lecture,
                      drama, audiobook), never overwritten; auto = the model&apos;s
  embed FILE          the search vectors of a clip: per 10 s segment the
                      256-d embedding and 64-bit code (hex), and their mean;
                      --start S --end S; --json; with &quot;search_embedding&quot;,
                      the same in the joint text-audio space the index holds
  embed-text &quot;TEXT&quot;   a description in that joint space; --json
  search [WORDS]      find items: --text Q (words, &quot;phrases&quot;, class: kind:
                      duration:&lt;5m folder: year: lang:), or --example FILE |
                      --item ID|PATH [--start S --end S] [--modifier &quot;quieter&quot;];
                      --limit N; --json gives id, path, score, start_s, reason;
                      --words-only answers from the catalog alone, without
                      running a model (at once, but not by meaning)
  duplicates          groups of items that are the same recording (identical
                      files, re-encodings, louder or quieter copies, excerpts);
                      --json gives relation and items with offset_s
  work                analyse the pending items beside the school&apos;s other
                      computers, each item by one of them; --jobs N at once,
                      --lease S seconds a claim holds unless renewed (300),
                      --follow waits for more instead of ending; --json
  media-root [NAME [PATH]]   where this computer mounts a school library&apos;s
                      media root NAME (files under PATH are stored as @NAME/…);
                      NAME alone forgets it; none lists them

Options:
  --library DIR|URL   the library folder (default: %1), or a school library
                      on a PostgreSQL server: postgresql://HOST/DATABASE
  --help, --version

Exit codes: 0 success, 1 some files failed, 2 usage or library error.
</source>
        <translation>Aufruf: lectern-cli [--library ORDNER] BEFEHL [Optionen]

Befehle:
  import PFAD...      Dateien und Ordner importieren (rekursiv); --json gibt
                      {&quot;added&quot;,&quot;updated&quot;,&quot;unchanged&quot;,&quot;failed&quot;} aus; --jobs N Prozesse;
                      --register-only überlässt die Analyse `work`
  list                Einträge auflisten; --json, --status pending|analyzed|failed,
                      --kind audio|video, --class KLASSE
  show ID|PFAD        ein Eintrag; --json
  remove ID|PFAD      einen Eintrag vergessen (die Datei bleibt unberührt)
  stats               Anzahl nach Status, Art und Klasse, Gesamtdauer; --json
  restore-backup      die Kopie des Katalogs vom letzten Import an die Stelle
                      eines beschädigten setzen (dieser bleibt als catalog.sqlite.damaged)
  keyframes DATEI|ID -o ORDNER   Schlüsselbilder eines Videos (SKM) als JPEG in ORDNER; --json
  spectrogram DATEI|ID -o AUS.png   [--start S] [--end S] [--width B] [--height H]
  match DATEI         aus welchen Einträgen der Bibliothek dieser Ausschnitt stammt,
                      und wo; --start S --end S (Sekunden) für einen Teil der DATEI; --json
  classify DATEI...   die Klasse jeder Datei (ohne Bibliothek);
                      --json fügt die Wahrscheinlichkeiten und die Sicht jedes Kanals hinzu
  set-class ID|PFAD KLASSE   die Klasse der Lehrkraft (music, language, lecture,
                      drama, audiobook), nie überschrieben; auto = die des Modells
  embed DATEI         die Suchvektoren eines Ausschnitts: je 10-s-Segment die
                      256-dimensionale Einbettung und der 64-Bit-Code (hex), und ihr Mittel;
                      --start S --end S; --json; mit &quot;search_embedding&quot; dasselbe
                      im gemeinsamen Text-Audio-Raum des Index
  embed-text &quot;TEXT&quot;   eine Beschreibung in diesem gemeinsamen Raum; --json
  search [WÖRTER]     Einträge finden: --text A (Wörter, &quot;Phrasen&quot;, class: kind:
                      duration:&lt;5m folder: year: lang:), oder --example DATEI |
                      --item ID|PFAD [--start S --end S] [--modifier &quot;quieter&quot;];
                      --limit N; --json gibt id, path, score, start_s, reason;
                      --words-only antwortet allein aus dem Katalog, ohne
                      ein Modell laufen zu lassen (sofort, aber nicht nach Bedeutung)
  duplicates          Gruppen von Einträgen, die dieselbe Aufnahme sind (gleiche
                      Dateien, neu kodiert, lautere oder leisere Kopien, Auszüge);
                      --json gibt relation und items mit offset_s
  work                die ausstehenden Einträge neben den anderen Rechnern der
                      Schule analysieren, jeden Eintrag auf genau einem; --jobs N gleichzeitig,
                      --lease S Sekunden hält ein Anspruch ohne Erneuerung (300),
                      --follow wartet auf weitere statt zu enden; --json
  media-root [NAME [PFAD]]   wo dieser Rechner die Medienwurzel NAME einer
                      Schulbibliothek einhängt (Dateien unter PFAD werden als @NAME/… gespeichert);
                      NAME allein vergisst sie; ohne Angabe werden sie aufgelistet

Optionen:
  --library ORDNER|URL  der Bibliotheksordner (Vorgabe: %1) oder eine Schul-
                      bibliothek auf einem PostgreSQL-Server: postgresql://SERVER/DATENBANK
  --help, --version

Rückgabewerte: 0 Erfolg, 1 einige Dateien fehlgeschlagen, 2 Aufruf- oder Bibliotheksfehler.
</translation>
    </message>
</context>
<context>
    <name>lectern::ClassPanel</name>
    <message>
        <source>Probability of %1</source>
        <translation>Wahrscheinlichkeit für %1</translation>
    </message>
    <message>
        <source>As analysed</source>
        <translation>Wie analysiert</translation>
    </message>
    <message>
        <source>Class chosen by you</source>
        <translation>Von Ihnen gewählte Klasse</translation>
    </message>
    <message>
        <source>Your class is kept whatever the model says later</source>
        <translation>Ihre Klasse bleibt erhalten, was auch immer das Modell später meint</translation>
    </message>
    <message>
        <source>&amp;Set class:</source>
        <translation>&amp;Klasse festlegen:</translation>
    </message>
    <message>
        <source>You chose &lt;b&gt;%1&lt;/b&gt;; the bars are what the model heard.</source>
        <translation>Sie haben &lt;b&gt;%1&lt;/b&gt; gewählt; die Balken zeigen, was das Modell gehört hat.</translation>
    </message>
    <message>
        <source>Sorted by the model as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Vom Modell als &lt;b&gt;%1&lt;/b&gt; eingeordnet.</translation>
    </message>
    <message>
        <source>Not classified yet.</source>
        <translation>Noch nicht eingeordnet.</translation>
    </message>
</context>
<context>
    <name>lectern::CollectionActions</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>Sammlung umbenennen</translation>
    </message>
    <message>
        <source>Delete Collection</source>
        <translation>Sammlung löschen</translation>
    </message>
    <message>
        <source>Delete the collection &quot;%1&quot;? Its items stay in the library.</source>
        <translation>Die Sammlung „%1“ löschen? Ihre Einträge bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Neue Sammlung…</translation>
    </message>
    <message>
        <source>Remove From &quot;%1&quot;</source>
        <translation>Aus „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>lectern::DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Beginnt bei</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Groups of the same recording</source>
        <translation>Gruppen derselben Aufnahme</translation>
    </message>
    <message>
        <source>&amp;Remove From Library</source>
        <translation>Aus der Bibliothek &amp;entfernen</translation>
    </message>
    <message>
        <source>Take the ticked copies out of the library; their files stay where they are</source>
        <translation>Die angehakten Kopien aus der Bibliothek nehmen; ihre Dateien bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>Looking for copies of the same recording…</source>
        <translation>Kopien derselben Aufnahme werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s)</source>
        <translation>
            <numerusform>%1: %Ln Eintrag</numerusform>
            <numerusform>%1: %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No two items in the library are the same recording.</source>
        <translation>Keine zwei Einträge der Bibliothek sind dieselbe Aufnahme.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of the same recording. The ticked copies can be removed from the library; the longest of each group is kept unticked. Files on disk are never deleted.</source>
        <translation>
            <numerusform>%Ln Gruppe derselben Aufnahme. Die angehakten Kopien können aus der Bibliothek entfernt werden; die längste jeder Gruppe bleibt ohne Haken. Dateien auf dem Datenträger werden nie gelöscht.</numerusform>
            <numerusform>%Ln Gruppen derselben Aufnahme. Die angehakten Kopien können aus der Bibliothek entfernt werden; die längste jeder Gruppe bleibt ohne Haken. Dateien auf dem Datenträger werden nie gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %Ln From Library</source>
        <translation>
            <numerusform>%Ln aus der Bibliothek &amp;entfernen</numerusform>
            <numerusform>%Ln aus der Bibliothek &amp;entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ExportActions</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Playlist (*.m3u8);;Table for a spreadsheet (*.csv)</source>
        <translation>Wiedergabeliste (*.m3u8);;Tabelle für eine Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <source>Copy Files To</source>
        <translation>Dateien kopieren nach</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Nothing to copy.</source>
        <translation>Nichts zu kopieren.</translation>
    </message>
    <message>
        <source>Copying files…</source>
        <translation>Dateien werden kopiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy Files</source>
        <translation>Dateien kopieren</translation>
    </message>
</context>
<context>
    <name>lectern::FilterBanner</name>
    <message>
        <source>…but (e.g. quieter, without music)</source>
        <translation>…aber (z. B. leiser, ohne Musik)</translation>
    </message>
    <message>
        <source>Change the example in words: &quot;quieter&quot;, &quot;without music&quot;, &quot;more speech&quot;…</source>
        <translation>Das Beispiel in Worten ändern: „leiser“, „ohne Musik“, „mehr Sprache“…</translation>
    </message>
    <message>
        <source>Modifier of the example</source>
        <translation>Abwandlung des Beispiels</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Remove every filter, the example and the words</source>
        <translation>Alle Filter, das Beispiel und die Wörter entfernen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter löschen</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <source>Like: %1</source>
        <translation>Wie: %1</translation>
    </message>
    <message>
        <source>Remove the example %1</source>
        <translation>Das Beispiel %1 entfernen</translation>
    </message>
</context>
<context>
    <name>lectern::ImportStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Looking for media…</source>
        <translation>Medien werden gesucht…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, noch %1</translation>
    </message>
    <message>
        <source>Importing %1%2</source>
        <translation>Import: %1%2</translation>
    </message>
</context>
<context>
    <name>lectern::ItemDetailPanel</name>
    <message>
        <source>Find Similar</source>
        <translation>Ähnliches finden</translation>
    </message>
    <message>
        <source>Find what sounds like the selection</source>
        <translation>Finden, was wie die Auswahl klingt</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole recording</source>
        <translation>Die ganze Aufnahme zeigen</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>Schlüsselbilder</translation>
    </message>
    <message>
        <source>Click a keyframe to play from there</source>
        <translation>Ein Schlüsselbild anklicken, um ab dort abzuspielen</translation>
    </message>
    <message>
        <source>Duplicates of this item</source>
        <translation>Duplikate dieses Eintrags</translation>
    </message>
    <message>
        <source>Other copies of the same recording; double-click to show one</source>
        <translation>Andere Kopien derselben Aufnahme; Doppelklick zeigt eine davon</translation>
    </message>
    <message>
        <source>Collections holding this item</source>
        <translation>Sammlungen mit diesem Eintrag</translation>
    </message>
    <message>
        <source>Sounds heard in this item</source>
        <translation>In diesem Eintrag gehörte Geräusche</translation>
    </message>
    <message>
        <source>What Lectern hears in the recording; click one to play from where it sounds most</source>
        <translation>Was Lectern in der Aufnahme hört; ein Klick spielt ab der Stelle, an der es am deutlichsten klingt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Geräusche</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Enthaltenden Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>Die Datei im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>die Datei fehlt</translation>
    </message>
    <message>
        <source>could not be analysed: %1</source>
        <translation>konnte nicht analysiert werden: %1</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 Hz, %Ln channel(s)</source>
        <translation>
            <numerusform>%1, %2 Hz, %Ln Kanal</numerusform>
            <numerusform>%1, %2 Hz, %Ln Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>%1, %2×%3, %4 fps</source>
        <translation>%1, %2×%3, %4 fps</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <source>Loudness range</source>
        <translation>Lautheitsumfang</translation>
    </message>
    <message>
        <source>%1 LU</source>
        <translation>%1 LU</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>True Peak</translation>
    </message>
    <message>
        <source>%1 dBTP</source>
        <translation>%1 dBTP</translation>
    </message>
    <message>
        <source>edited in Lectern</source>
        <translation>in Lectern bearbeitet</translation>
    </message>
    <message>
        <source>Play from %1</source>
        <translation>Ab %1 abspielen</translation>
    </message>
    <message>
        <source>%1 — %2 % — from %3</source>
        <translation>%1 — %2 % — ab %3</translation>
    </message>
    <message>
        <source>No sound heard clearly</source>
        <translation>Kein Geräusch deutlich gehört</translation>
    </message>
    <message>
        <source>In no collection yet: right-click a result ▸ Add to Collection</source>
        <translation>Noch in keiner Sammlung: Rechtsklick auf ein Ergebnis ▸ Zu Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>%1 — %2, from %3</source>
        <translation>%1 — %2, ab %3</translation>
    </message>
    <message>
        <source>No other copy of this recording in the library</source>
        <translation>Keine andere Kopie dieser Aufnahme in der Bibliothek</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Choose an item to see its spectrogram, tags and class.</source>
        <translation>Einen Eintrag wählen, um Spektrogramm, Tags und Klasse zu sehen.</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryService</name>
    <message>
        <source>%1
The library is open read-only.</source>
        <translation>%1
Die Bibliothek ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>This library is open read-only; another Lectern is using it.</source>
        <translation>Diese Bibliothek ist schreibgeschützt geöffnet; ein anderes Lectern verwendet sie.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written to %1</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 geschrieben</numerusform>
            <numerusform>%Ln Einträge nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) copied to %1</source>
        <translation>
            <numerusform>%Ln Datei nach %1 kopiert</numerusform>
            <numerusform>%Ln Dateien nach %1 kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>Not copied: %1 (%2)</source>
        <translation>Nicht kopiert: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no audio.pt, text.pt and fusion.pt</source>
        <translation>%1 enthält weder audio.pt, text.pt noch fusion.pt</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>the catalog of this library is damaged; nothing was imported</source>
        <translation>der Katalog dieser Bibliothek ist beschädigt; nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>lectern::LibrarySidebar</name>
    <message>
        <source>Library sidebar</source>
        <translation>Seitenleiste der Bibliothek</translation>
    </message>
    <message>
        <source>Choose what the results show; drop items on a collection to add them</source>
        <translation>Wählen, was die Ergebnisse zeigen; Einträge auf eine Sammlung ziehen, um sie hinzuzufügen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Everything in the library</source>
        <translation>Alles in der Bibliothek</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht eingeordnet</translation>
    </message>
    <message>
        <source>Not yet analysed, or could not be classified</source>
        <translation>Noch nicht analysiert oder nicht einzuordnen</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Drop items here to add them</source>
        <translation>Einträge hierher ziehen, um sie hinzuzufügen</translation>
    </message>
    <message>
        <source>Could not be analysed</source>
        <translation>Nicht analysierbar</translation>
    </message>
    <message>
        <source>Files that could not be read, with the reason; right-click to retry</source>
        <translation>Dateien, die nicht gelesen werden konnten, mit dem Grund; Rechtsklick für einen neuen Versuch</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>Fehlende Dateien</translation>
    </message>
    <message>
        <source>Files gone from their folder (a USB stick unplugged?): kept until you remove them</source>
        <translation>Dateien, die aus ihrem Ordner verschwunden sind (ein USB-Stick abgezogen?): sie bleiben, bis Sie sie entfernen</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Neue Sammlung…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>Gespeicherte Suche &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Retry All</source>
        <translation>Alle erneut &amp;versuchen</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Lectern — %1</source>
        <translation>Lectern — %1</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import F&amp;iles…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Find &amp;Similar</source>
        <translation>Ä&amp;hnliches finden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Find what sounds like the selected item</source>
        <translation>Finden, was wie der gewählte Eintrag klingt</translation>
    </message>
    <message>
        <source>Play From &amp;Match</source>
        <translation>Ab &amp;Fundstelle abspielen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Neue Sammlung…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Remove From Library</source>
        <translation>Aus der Bibliothek &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove From Library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln item(s) from the library? The files stay where they are.</source>
        <translation>
            <numerusform>%Ln Eintrag aus der Bibliothek entfernen? Die Dateien bleiben, wo sie sind.</numerusform>
            <numerusform>%Ln Einträge aus der Bibliothek entfernen? Die Dateien bleiben, wo sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Duplikate…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Lectern results</source>
        <translation>Lectern-Ergebnisse</translation>
    </message>
    <message>
        <source>As &amp;List</source>
        <translation>Als &amp;Liste</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>As &amp;Thumbnails</source>
        <translation>Als &amp;Vorschaubilder</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Copy Files to Folder…</source>
        <translation>Dateien in Ordner &amp;kopieren…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>Bibliothek ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>Neue &amp;Bibliothek…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;All Items</source>
        <translation>&amp;Alle Einträge</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>Suche &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>Play/&amp;Pause</source>
        <translation>Abspielen/&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Next Result</source>
        <translation>&amp;Nächstes Ergebnis</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>P&amp;revious Result</source>
        <translation>&amp;Vorheriges Ergebnis</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>&amp;Über Lectern</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>Über Lectern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lectern&lt;/b&gt; %1&lt;br&gt;A media librarian for teachers.&lt;br&gt;Library: %2</source>
        <translation>&lt;b&gt;Lectern&lt;/b&gt; %1&lt;br&gt;Eine Medienbibliothek für Lehrkräfte.&lt;br&gt;Bibliothek: %2</translation>
    </message>
    <message>
        <source>That copy is not among the results shown: choose All in the sidebar.</source>
        <translation>Diese Kopie ist nicht unter den gezeigten Ergebnissen: wählen Sie „Alle“ in der Seitenleiste.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Warum nicht importiert</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Importprobleme</translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Class not changed: %1</source>
        <translation>Klasse nicht geändert: %1</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(the import)</source>
        <translation>(der Import)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Searching for what sounds like %1…</source>
        <translation>Es wird gesucht, was wie %1 klingt…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mkv *.webm *.avi *.mov);;All files (*)</source>
        <translation>Audio und Video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mkv *.webm *.avi *.mov);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln Ergebnis</numerusform>
            <numerusform>%Ln Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>%1 kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <source>Cannot play %1: the file is missing</source>
        <translation>%1 kann nicht abgespielt werden: die Datei fehlt</translation>
    </message>
    <message>
        <source>Import %1: %2 added, %3 updated, %4 unchanged, %5 failed</source>
        <translation>Import %1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln missing (kept, marked missing)</source>
        <translation>
            <numerusform>, %Ln fehlt (behalten, als fehlend markiert)</numerusform>
            <numerusform>, %Ln fehlen (behalten, als fehlend markiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Type words, choose filters or an example first; then save the search.</source>
        <translation>Erst Wörter eingeben, Filter oder ein Beispiel wählen; dann die Suche speichern.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Add to &amp;Collection</source>
        <translation>Zu &amp;Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>Set C&amp;lass</source>
        <translation>&amp;Klasse festlegen</translation>
    </message>
    <message>
        <source>&amp;Automatic (as analysed)</source>
        <translation>&amp;Automatisch (wie analysiert)</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>Enthaltenden &amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation>Auswahl &amp;exportieren…</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Copy Files to Fol&amp;der…</source>
        <translation>Dateien in &amp;Ordner kopieren…</translation>
    </message>
    <message>
        <source>New Library: Choose an Empty Folder</source>
        <translation>Neue Bibliothek: einen leeren Ordner wählen</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>%1 holds no Lectern library. Choose New Library to make one there.</source>
        <translation>%1 enthält keine Lectern-Bibliothek. Mit „Neue Bibliothek“ legen Sie dort eine an.</translation>
    </message>
    <message>
        <source>Connect to a &amp;School Library…</source>
        <translation>Mit einer &amp;Schulbibliothek verbinden…</translation>
    </message>
</context>
<context>
    <name>lectern::ModifierPhrases</name>
    <message>
        <source>quieter</source>
        <translation>leiser</translation>
    </message>
    <message>
        <source>louder</source>
        <translation>lauter</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>kürzer</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>länger</translation>
    </message>
    <message>
        <source>with music</source>
        <translation>mit Musik</translation>
    </message>
    <message>
        <source>without music</source>
        <translation>ohne Musik</translation>
    </message>
    <message>
        <source>with speech</source>
        <translation>mit Sprache</translation>
    </message>
    <message>
        <source>without speech</source>
        <translation>ohne Sprache</translation>
    </message>
    <message>
        <source>add background music</source>
        <translation>Hintergrundmusik hinzufügen</translation>
    </message>
    <message>
        <source>remove the music</source>
        <translation>die Musik entfernen</translation>
    </message>
    <message>
        <source>make it quieter</source>
        <translation>leiser machen</translation>
    </message>
    <message>
        <source>make it louder</source>
        <translation>lauter machen</translation>
    </message>
    <message>
        <source>less traffic</source>
        <translation>weniger Verkehr</translation>
    </message>
    <message>
        <source>more rain</source>
        <translation>mehr Regen</translation>
    </message>
    <message>
        <source>without the talking</source>
        <translation>ohne das Gerede</translation>
    </message>
</context>
<context>
    <name>lectern::PlayerPanel</name>
    <message>
        <source>Previous result</source>
        <translation>Vorheriges Ergebnis</translation>
    </message>
    <message>
        <source>Play the previous result</source>
        <translation>Das vorherige Ergebnis abspielen</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Abspielen oder anhalten</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Next result</source>
        <translation>Nächstes Ergebnis</translation>
    </message>
    <message>
        <source>Play the next result</source>
        <translation>Das nächste Ergebnis abspielen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Drag to move through the recording (Left and Right keys seek 5 s)</source>
        <translation>Ziehen, um sich durch die Aufnahme zu bewegen (Pfeiltasten links und rechts springen 5 s)</translation>
    </message>
    <message>
        <source>Play From Match</source>
        <translation>Ab Fundstelle abspielen</translation>
    </message>
    <message>
        <source>Play the chosen result from the moment that matched</source>
        <translation>Das gewählte Ergebnis ab der passenden Stelle abspielen</translation>
    </message>
    <message>
        <source>Play from match</source>
        <translation>Ab Fundstelle abspielen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>Abspielen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ResultsModel</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The file is missing: %1</source>
        <translation>Die Datei fehlt: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Play from</source>
        <translation>Abspielen ab</translation>
    </message>
    <message>
        <source>Found because</source>
        <translation>Gefunden, weil</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lectern::ResultsView</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Columns: click to sort, right-click to show or hide</source>
        <translation>Spalten: Klick sortiert, Rechtsklick blendet ein oder aus</translation>
    </message>
</context>
<context>
    <name>lectern::SchoolLibraryDialog</name>
    <message>
        <source>Connect to a School Library</source>
        <translation>Mit einer Schulbibliothek verbinden</translation>
    </message>
    <message>
        <source>for example media.school.lan</source>
        <translation>zum Beispiel media.schule.lan</translation>
    </message>
    <message>
        <source>A school library keeps its catalog on the school&apos;s PostgreSQL server, so that every teacher searches the same archive. Your school&apos;s administrator gives you these details.</source>
        <translation>Eine Schulbibliothek hält ihren Katalog auf dem PostgreSQL-Server der Schule, damit alle Lehrkräfte im selben Archiv suchen. Die Angaben bekommen Sie von der Administration Ihrer Schule.</translation>
    </message>
    <message>
        <source>Leave the password empty where it is kept in ~/.pgpass. Lectern does not save it.</source>
        <translation>Lassen Sie das Passwort leer, wenn es in ~/.pgpass steht. Lectern speichert es nicht.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Give the name or address of the school&apos;s server.</source>
        <translation>Geben Sie den Namen oder die Adresse des Schulservers an.</translation>
    </message>
</context>
<context>
    <name>lectern::SchoolStatusLabel</name>
    <message>
        <source>The analysis of the school library by all its computers (lectern-cli work)</source>
        <translation>Die Analyse der Schulbibliothek durch alle ihre Rechner (lectern-cli work)</translation>
    </message>
    <message>
        <source>School library: %1 analysed</source>
        <translation>Schulbibliothek: %1 analysiert</translation>
    </message>
    <message>
        <source>School library: %1 analysed, %2 waiting</source>
        <translation>Schulbibliothek: %1 analysiert, %2 wartend</translation>
    </message>
    <message numerus="yes">
        <source>%Ln computer(s) analysing</source>
        <translation>
            <numerusform>%Ln Rechner analysiert</numerusform>
            <numerusform>%Ln Rechner analysieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::SearchBar</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Search words, &quot;phrases&quot;, class:music, duration:&lt;5m — or drop a clip here to find what sounds like it</source>
        <translation>Wörter, „Phrasen“, class:music, duration:&lt;5m suchen — oder einen Ausschnitt hierher ziehen, um Ähnliches zu finden</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Words search titles, tags, file names and what recordings sound like (Ctrl+F)</source>
        <translation>Wörter durchsuchen Titel, Tags, Dateinamen und den Klang der Aufnahmen (Strg+F)</translation>
    </message>
    <message>
        <source>The previous search (Alt+Left)</source>
        <translation>Die vorherige Suche (Alt+Links)</translation>
    </message>
    <message>
        <source>The next search (Alt+Right)</source>
        <translation>Die nächste Suche (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Keep this search in the sidebar</source>
        <translation>Diese Suche in der Seitenleiste behalten</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>The example&apos;s spectrogram</source>
        <translation>Spektrogramm des Beispiels</translation>
    </message>
    <message>
        <source>What the search understood</source>
        <translation>Was die Suche verstanden hat</translation>
    </message>
    <message>
        <source>Searching like &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Suche wie &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>, but &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>, aber &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
</context>
<context>
    <name>lectern::SettingsDialog</name>
    <message>
        <source>Play a result as soon as it is selected</source>
        <translation>Ein Ergebnis abspielen, sobald es ausgewählt ist</translation>
    </message>
    <message>
        <source>Lectern Settings</source>
        <translation>Lectern-Einstellungen</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>Zuletzt geöffnete Bibliotheken</translation>
    </message>
    <message>
        <source>Libraries opened before</source>
        <translation>Früher geöffnete Bibliotheken</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the library chosen on the left</source>
        <translation>Die links gewählte Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Other…</source>
        <translation>&amp;Andere öffnen…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create an empty library in a folder</source>
        <translation>Eine leere Bibliothek in einem Ordner anlegen</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>Einer pro Kern (%1)</translation>
    </message>
    <message>
        <source>Analysis workers</source>
        <translation>Analyseprozesse</translation>
    </message>
    <message>
        <source>How many files are analysed at once during an import</source>
        <translation>Wie viele Dateien während eines Imports gleichzeitig analysiert werden</translation>
    </message>
    <message>
        <source>The models that come with Lectern</source>
        <translation>Die mit Lectern gelieferten Modelle</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>A folder of TorchScript models with the same interface; used from the next start</source>
        <translation>Ein Ordner mit TorchScript-Modellen derselben Schnittstelle; gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Models Folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Viridis (colour)</source>
        <translation>Viridis (farbig)</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Grey, inverted (for printing)</source>
        <translation>Grau, invertiert (zum Drucken)</translation>
    </message>
    <message>
        <source>Spectrogram colours</source>
        <translation>Farben des Spektrogramms</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <source>Ticked folders are watched: new, changed and removed files are picked up</source>
        <translation>Angehakte Ordner werden überwacht: neue, geänderte und entfernte Dateien werden übernommen</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothek:</translation>
    </message>
    <message>
        <source>Analysis &amp;workers:</source>
        <translation>Analyse&amp;prozesse:</translation>
    </message>
    <message>
        <source>&amp;Models folder:</source>
        <translation>&amp;Modellordner:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Spectrogram &amp;colours:</source>
        <translation>&amp;Farben des Spektrogramms:</translation>
    </message>
    <message>
        <source>Watched &amp;folders:</source>
        <translation>Über&amp;wachte Ordner:</translation>
    </message>
    <message>
        <source>These models cannot be used: %1</source>
        <translation>Diese Modelle sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Media roots</source>
        <translation>Medienwurzeln</translation>
    </message>
    <message>
        <source>Where this computer mounts the school library&apos;s shared folders, a NAME=PATH line each; used from the next start</source>
        <translation>Wo dieser Rechner die gemeinsamen Ordner der Schulbibliothek einhängt, je Zeile NAME=PFAD; gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Media &amp;roots:</source>
        <translation>Medien&amp;wurzeln:</translation>
    </message>
</context>
<context>
    <name>lectern::SpectrogramView</name>
    <message>
        <source>Spectrogram</source>
        <translation>Spektrogramm</translation>
    </message>
    <message>
        <source>Click to play from a moment; drag to select a range; wheel or +/− to zoom, 0 to fit</source>
        <translation>Klicken spielt ab einer Stelle; Ziehen wählt einen Bereich; Mausrad oder +/− zoomt, 0 passt ein</translation>
    </message>
    <message>
        <source>No spectrogram yet</source>
        <translation>Noch kein Spektrogramm</translation>
    </message>
    <message>
        <source>the Selection</source>
        <translation>die Auswahl</translation>
    </message>
    <message>
        <source>the Part in View</source>
        <translation>den sichtbaren Teil</translation>
    </message>
    <message>
        <source>Find &amp;Similar to %1</source>
        <translation>Ähnliches wie %1 &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Where Else Is This?</source>
        <translation>&amp;Wo kommt das noch vor?</translation>
    </message>
    <message>
        <source>&amp;Play %1</source>
        <translation>%1 &amp;abspielen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
</context>
<context>
    <name>lectern::TagEditor</name>
    <message>
        <source>&amp;Save Tags</source>
        <translation>Tags &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. fr, German</source>
        <translation>z. B. fr, Deutsch</translation>
    </message>
    <message>
        <source>Kept in Lectern&apos;s catalog; the media file is not changed</source>
        <translation>In Lecterns Katalog gespeichert; die Mediendatei bleibt unverändert</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Artist</source>
        <translation>&amp;Interpret</translation>
    </message>
    <message>
        <source>Al&amp;bum</source>
        <translation>Al&amp;bum</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>&amp;Genre</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>Save the tags in the catalog (the media file is never written)</source>
        <translation>Die Tags im Katalog speichern (die Mediendatei wird nie beschrieben)</translation>
    </message>
</context>
<context>
    <name>lectern::TerminalProgress</name>
    <message>
        <source>Scanning...</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>%1/%2 files, %3 left</source>
        <translation>%1/%2 Dateien, noch %3</translation>
    </message>
</context>
<context>
    <name>lectern::ThumbnailGrid</name>
    <message>
        <source>Results as thumbnails</source>
        <translation>Ergebnisse als Vorschaubilder</translation>
    </message>
    <message>
        <source>Enter or double-click plays; the keyframe shown is from the middle of the video</source>
        <translation>Eingabe oder Doppelklick spielt ab; das gezeigte Schlüsselbild stammt aus der Mitte des Videos</translation>
    </message>
</context>
<context>
    <name>lectern::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Lectern&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Lectern&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Lectern sorts your course audio and video into music, language learning, lectures, film and TV drama, and audio books, and finds them again by words or by how they sound. Start by importing the folders where your recordings are. Nothing is ever moved or changed.</source>
        <translation>Lectern ordnet Ihr Audio- und Videomaterial für den Unterricht nach Musik, Sprachenlernen, Vorträgen, Film und Fernsehen sowie Hörbüchern und findet es über Wörter oder über den Klang wieder. Importieren Sie zuerst die Ordner mit Ihren Aufnahmen. Es wird nie etwas verschoben oder verändert.</translation>
    </message>
    <message>
        <source>Import Music</source>
        <translation>Musik importieren</translation>
    </message>
    <message>
        <source>Import Videos</source>
        <translation>Videos importieren</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Import every audio and video file in %1</source>
        <translation>Alle Audio- und Videodateien in %1 importieren</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>Einen &amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Choose a folder of recordings to import (Ctrl+I)</source>
        <translation>Einen Ordner mit Aufnahmen zum Importieren wählen (Strg+I)</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;open&quot;&gt;Open another library…&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Create a new library…&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;open&quot;&gt;Eine andere Bibliothek öffnen…&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Eine neue Bibliothek anlegen…&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Restore the copy made after the last import now? What changed since then is found again at the next import.</source>
        <translation>Jetzt die nach dem letzten Import angelegte Kopie wiederherstellen? Was sich seitdem geändert hat, wird beim nächsten Import wiedergefunden.</translation>
    </message>
    <message>
        <source>A media librarian for teachers.</source>
        <translation>Eine Medienbibliothek für Lehrkräfte.</translation>
    </message>
    <message>
        <source>Folders or files to import.</source>
        <translation>Zu importierende Ordner oder Dateien.</translation>
    </message>
    <message>
        <source>The library folder, or a school library&apos;s address (postgresql://SERVER/DATABASE).</source>
        <translation>Der Bibliotheksordner oder die Adresse einer Schulbibliothek (postgresql://SERVER/DATENBANK).</translation>
    </message>
</context>
</TS>
