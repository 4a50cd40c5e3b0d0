<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation>Musique</translation>
    </message>
    <message>
        <source>Language learning</source>
        <translation>Apprentissage des langues</translation>
    </message>
    <message>
        <source>Lecture and speech</source>
        <translation>Conférence et discours</translation>
    </message>
    <message>
        <source>Film and TV drama</source>
        <translation>Film et série télévisée</translation>
    </message>
    <message>
        <source>Audio book and radio drama</source>
        <translation>Livre audio et fiction radiophonique</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>%1 (set by you)</source>
        <translation>%1 (choisi par vous)</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>Same recording</source>
        <translation>Même enregistrement</translation>
    </message>
    <message>
        <source>Sounds similar</source>
        <translation>Son proche</translation>
    </message>
    <message>
        <source>Matching words</source>
        <translation>Mots correspondants</translation>
    </message>
    <message>
        <source>Sounds as described</source>
        <translation>Sonne comme décrit</translation>
    </message>
    <message>
        <source>the modifier model interpreted “%1” to rank the rest</source>
        <translation>le modèle de modification a interprété « %1 » pour classer le reste</translation>
    </message>
    <message>
        <source>the rest are ranked by how alike they sound</source>
        <translation>le reste est classé selon la ressemblance du son</translation>
    </message>
    <message>
        <source>Measured: %1 (from each recording&apos;s loudness, length and class)</source>
        <translation>Mesuré : %1 (d’après la sonie, la durée et la catégorie de chaque enregistrement)</translation>
    </message>
    <message>
        <source>Nothing in the modifier can be measured; %1.</source>
        <translation>Rien dans la modification n’est mesurable ; %1.</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>Collection : %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>Fichiers manquants</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Duration %1</source>
        <translation>Durée %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Année : %1</translation>
    </message>
    <message>
        <source>classify needs one or more audio or video files</source>
        <translation>classify a besoin d’un ou plusieurs fichiers audio ou vidéo</translation>
    </message>
    <message>
        <source>set-class needs an item id or path and a class</source>
        <translation>set-class a besoin d’un identifiant ou d’un chemin d’élément et d’une catégorie</translation>
    </message>
    <message>
        <source>unknown class &apos;%1&apos; (music, language, lecture, drama, audiobook or auto)</source>
        <translation>catégorie inconnue « %1 » (music, language, lecture, drama, audiobook ou auto)</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l’option %1 a besoin d’une valeur</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation>aucun élément %1 dans la médiathèque</translation>
    </message>
    <message>
        <source>--start and --end take seconds, like 12.5</source>
        <translation>--start et --end prennent des secondes, par ex. 12.5</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import a besoin d’au moins un fichier ou dossier</translation>
    </message>
    <message>
        <source>--jobs needs a positive number</source>
        <translation>--jobs a besoin d’un nombre positif</translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3, failed %4</source>
        <translation>ajoutés %1, mis à jour %2, inchangés %3, en échec %4</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <source>missing: %1 (gone from their folders; kept, and analysed or found again when they return)</source>
        <translation>manquants : %1 (disparus de leurs dossiers ; conservés, puis analysés ou retrouvés à leur retour)</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>échec : %1 : %2</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>ignoré %1 : %2</translation>
    </message>
    <message>
        <source>--status is one of pending, analyzed, failed</source>
        <translation>--status vaut pending, analyzed ou failed</translation>
    </message>
    <message>
        <source>--kind is audio or video</source>
        <translation>--kind vaut audio ou video</translation>
    </message>
    <message>
        <source>--class is one of music, language, lecture, drama, audiobook, unknown</source>
        <translation>--class vaut music, language, lecture, drama, audiobook ou unknown</translation>
    </message>
    <message>
        <source>show needs one item id or path</source>
        <translation>show a besoin d’un identifiant ou d’un chemin d’élément</translation>
    </message>
    <message>
        <source>remove needs one item id or path</source>
        <translation>remove a besoin d’un identifiant ou d’un chemin d’élément</translation>
    </message>
    <message>
        <source>removed %1 from the library (the file itself is untouched)</source>
        <translation>%1 retiré de la médiathèque (le fichier lui-même n’est pas touché)</translation>
    </message>
    <message>
        <source>restore-backup takes no operands</source>
        <translation>restore-backup ne prend pas d’opérande</translation>
    </message>
    <message>
        <source>restored the catalog from %1; the damaged one is kept as catalog.sqlite.damaged</source>
        <translation>catalogue restauré depuis %1 ; l’exemplaire endommagé est conservé sous catalog.sqlite.damaged</translation>
    </message>
    <message>
        <source>match needs one audio or video file</source>
        <translation>match a besoin d’un fichier audio ou vidéo</translation>
    </message>
    <message>
        <source>%1 is neither a file nor an item of the library</source>
        <translation>%1 n’est ni un fichier ni un élément de la médiathèque</translation>
    </message>
    <message>
        <source>no file or library item %1</source>
        <translation>aucun fichier ni élément de médiathèque %1</translation>
    </message>
    <message>
        <source>keyframes needs one video file or item id</source>
        <translation>keyframes a besoin d’un fichier vidéo ou d’un identifiant d’élément</translation>
    </message>
    <message>
        <source>keyframes needs -o DIR for the thumbnails</source>
        <translation>keyframes a besoin de -o DOSSIER pour les vignettes</translation>
    </message>
    <message>
        <source>spectrogram needs one file or item id</source>
        <translation>spectrogram a besoin d’un fichier ou d’un identifiant d’élément</translation>
    </message>
    <message>
        <source>spectrogram needs -o OUT.png</source>
        <translation>spectrogram a besoin de -o SORTIE.png</translation>
    </message>
    <message>
        <source>--start, --end, --width and --height take numbers</source>
        <translation>--start, --end, --width et --height prennent des nombres</translation>
    </message>
    <message>
        <source>the picture must be between 16x24 and 20000x4000 pixels</source>
        <translation>l’image doit mesurer entre 16x24 et 20000x4000 pixels</translation>
    </message>
    <message>
        <source>--end must come after --start</source>
        <translation>--end doit venir après --start</translation>
    </message>
    <message>
        <source>items: %1</source>
        <translation>éléments : %1</translation>
    </message>
    <message>
        <source>total duration: %1</source>
        <translation>durée totale : %1</translation>
    </message>
    <message>
        <source>by status</source>
        <translation>par état</translation>
    </message>
    <message>
        <source>by kind</source>
        <translation>par type</translation>
    </message>
    <message>
        <source>by class</source>
        <translation>par catégorie</translation>
    </message>
    <message>
        <source>embed needs one audio or video file</source>
        <translation>embed a besoin d’un fichier audio ou vidéo</translation>
    </message>
    <message>
        <source>no audio in that range</source>
        <translation>pas de son dans cette plage</translation>
    </message>
    <message>
        <source>%1 segments, %2-d embedding, code %3</source>
        <translation>%1 segments, plongement de dimension %2, code %3</translation>
    </message>
    <message>
        <source>embed-text needs one text (quote it)</source>
        <translation>embed-text a besoin d’un texte (entre guillemets)</translation>
    </message>
    <message>
        <source>the text-query model (text-query.pt) is not installed</source>
        <translation>le modèle de requête textuelle (text-query.pt) n’est pas installé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no word the text-query model knows</source>
        <translation>« %1 » ne contient aucun mot que connaisse le modèle de requête textuelle</translation>
    </message>
    <message>
        <source>%1-d embedding of &quot;%2&quot;</source>
        <translation>plongement de dimension %1 de « %2 »</translation>
    </message>
    <message>
        <source>give --example or --item, not both</source>
        <translation>donnez --example ou --item, pas les deux</translation>
    </message>
    <message>
        <source>--start and --end need --example or --item</source>
        <translation>--start et --end ont besoin de --example ou --item</translation>
    </message>
    <message>
        <source>--words-only searches text, not an example</source>
        <translation>--words-only cherche du texte, pas un exemple</translation>
    </message>
    <message>
        <source>--modifier changes an example: give --example or --item too</source>
        <translation>--modifier modifie un exemple : donnez aussi --example ou --item</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not %1</source>
        <translation>--limit a besoin d’un nombre positif, pas de %1</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>rien trouvé</translation>
    </message>
    <message>
        <source>duplicates takes no operands</source>
        <translation>duplicates ne prend pas d’opérande</translation>
    </message>
    <message>
        <source>no duplicates</source>
        <translation>aucun doublon</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>sounds like: %1, from %2 (%3)</source>
        <translation>ressemble à : %1, à partir de %2 (%3)</translation>
    </message>
    <message>
        <source>sounds a little like: %1, from %2 (%3)</source>
        <translation>ressemble un peu à : %1, à partir de %2 (%3)</translation>
    </message>
    <message>
        <source>named like: %1</source>
        <translation>nommé comme : %1</translation>
    </message>
    <message>
        <source>both sound like: %1</source>
        <translation>les deux ressemblent à : %1</translation>
    </message>
    <message>
        <source>sounds like the example from %1 s (similarity %2)</source>
        <translation>ressemble à l’exemple à partir de %1 s (similarité %2)</translation>
    </message>
    <message>
        <source>same recording from %1 s (%2 % of the bits agree)</source>
        <translation>même enregistrement à partir de %1 s (%2 % des bits concordent)</translation>
    </message>
    <message>
        <source>modifier model %1</source>
        <translation>modèle de modification %1</translation>
    </message>
    <message>
        <source>its annotation has the words</source>
        <translation>sa description contient les mots</translation>
    </message>
    <message>
        <source>%1: %2 LU against the example</source>
        <translation>%1 : %2 LU par rapport à l’exemple</translation>
    </message>
    <message>
        <source>%1: %2 s long</source>
        <translation>%1 : %2 s</translation>
    </message>
    <message>
        <source>%1: music %2 %</source>
        <translation>%1 : musique %2 %</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>artist</source>
        <translation>artiste</translation>
    </message>
    <message>
        <source>album</source>
        <translation>album</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>genre</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nom du fichier</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>sounds like: &quot;%1&quot; at %2 (similarity %3)</source>
        <translation>ressemble à « %1 » à %2 (similarité %3)</translation>
    </message>
    <message>
        <source>read as sounds: %1</source>
        <translation>lu comme des sons : %1</translation>
    </message>
    <message>
        <source>searched by words only: the sound search knows none of these words</source>
        <translation>recherche par les mots seulement : la recherche par le son ne connaît aucun de ces mots</translation>
    </message>
    <message>
        <source>searched by words only: most of these words are not about sounds</source>
        <translation>recherche par les mots seulement : la plupart de ces mots ne décrivent pas des sons</translation>
    </message>
    <message>
        <source>searched by words only: %1</source>
        <translation>recherche par les mots seulement : %1</translation>
    </message>
    <message>
        <source>similar items found by their 64-bit codes: %1</source>
        <translation>éléments semblables trouvés par leurs codes de 64 bits : %1</translation>
    </message>
    <message>
        <source>no similar items: %1</source>
        <translation>aucun élément semblable : %1</translation>
    </message>
    <message>
        <source>empty query: type words, or filters such as class:music</source>
        <translation>recherche vide : saisissez des mots ou des filtres comme class:music</translation>
    </message>
    <message>
        <source>the example is silent: there is nothing to compare</source>
        <translation>l’exemple est silencieux : il n’y a rien à comparer</translation>
    </message>
    <message>
        <source>more than %1 items match; the best of the first of them are shown — add a word to narrow</source>
        <translation>plus de %1 éléments correspondent ; les meilleurs des premiers sont affichés — ajoutez un mot pour affiner</translation>
    </message>
    <message>
        <source>%1 not understood (try duration:&lt;5m or duration:&gt;30s); ignored</source>
        <translation>%1 non compris (essayez duration:&lt;5m ou duration:&gt;30s) ; ignoré</translation>
    </message>
    <message>
        <source>%1 not understood (try year:2019 or year:2010-2015); ignored</source>
        <translation>%1 non compris (essayez year:2019 ou year:2010-2015) ; ignoré</translation>
    </message>
    <message>
        <source>%1 is not a class (music, language, lecture, drama, audiobook); ignored</source>
        <translation>%1 n’est pas une catégorie (music, language, lecture, drama, audiobook) ; ignoré</translation>
    </message>
    <message>
        <source>%1 is neither audio nor video; ignored</source>
        <translation>%1 n’est ni audio ni video ; ignoré</translation>
    </message>
    <message>
        <source>%1 names no language; ignored</source>
        <translation>%1 ne désigne aucune langue ; ignoré</translation>
    </message>
    <message>
        <source>%1 is not pending, analysed, failed or missing; ignored</source>
        <translation>%1 n’est ni pending, analysed, failed ni missing ; ignoré</translation>
    </message>
    <message>
        <source>registered for the workers: %1</source>
        <translation>inscrits pour les ordinateurs d’analyse : %1</translation>
    </message>
    <message>
        <source>--lease needs a positive number of seconds</source>
        <translation>--lease demande un nombre positif de secondes</translation>
    </message>
    <message>
        <source>analysed %1, failed %2, missing %3, left to other workers %4</source>
        <translation>analysés %1, échecs %2, manquants %3, laissés aux autres ordinateurs %4</translation>
    </message>
    <message>
        <source>media-root takes a NAME and a PATH, or a NAME alone to forget it</source>
        <translation>media-root demande un NOM et un CHEMIN, ou un NOM seul pour l’oublier</translation>
    </message>
    <message>
        <source>media roots belong to a school library: give its postgresql:// address with --library</source>
        <translation>les racines de médias appartiennent à une médiathèque d’école : donnez son adresse postgresql:// avec --library</translation>
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
        <translation>usage : lectern-cli [--library DOSSIER] COMMANDE [options]

Commandes :
  import CHEMIN...    importer des fichiers et des dossiers (récursivement) ; --json affiche
                      {&quot;added&quot;,&quot;updated&quot;,&quot;unchanged&quot;,&quot;failed&quot;} ; --jobs N processus ;
                      --register-only laisse l’analyse à `work`
  list                lister les éléments ; --json, --status pending|analyzed|failed,
                      --kind audio|video, --class CATÉGORIE
  show ID|CHEMIN      un élément ; --json
  remove ID|CHEMIN    oublier un élément (le fichier n’est pas touché)
  stats               nombres par état, type et catégorie, durée totale ; --json
  restore-backup      remettre la copie du catalogue faite à la dernière importation
                      à la place d’un catalogue endommagé (gardé sous catalog.sqlite.damaged)
  keyframes FICHIER|ID -o DOSSIER   images clés d’une vidéo (SKM) en JPEG dans DOSSIER ; --json
  spectrogram FICHIER|ID -o SORTIE.png   [--start S] [--end S] [--width L] [--height H]
  match FICHIER       de quels éléments de la médiathèque vient cet extrait, et où ;
                      --start S --end S (secondes) pour une partie du FICHIER ; --json
  classify FICHIER... la catégorie de chaque fichier (sans médiathèque) ;
                      --json ajoute les probabilités et l’avis de chaque canal
  set-class ID|CHEMIN CATÉGORIE   la catégorie choisie par l’enseignant (music, language,
                      lecture, drama, audiobook), jamais écrasée ; auto = celle du modèle
  embed FICHIER       les vecteurs de recherche d’un extrait : par segment de 10 s le
                      plongement de dimension 256 et le code de 64 bits (hex), et leur moyenne ;
                      --start S --end S ; --json ; avec &quot;search_embedding&quot;, la même
                      chose dans l’espace commun texte-audio de l’index
  embed-text &quot;TEXTE&quot;  une description dans cet espace commun ; --json
  search [MOTS]       trouver des éléments : --text R (mots, &quot;expressions&quot;, class: kind:
                      duration:&lt;5m folder: year: lang:), ou --example FICHIER |
                      --item ID|CHEMIN [--start S --end S] [--modifier &quot;quieter&quot;] ;
                      --limit N ; --json donne id, path, score, start_s, reason ;
                      --words-only répond à partir du seul catalogue, sans
                      faire tourner de modèle (aussitôt, mais pas selon le sens)
  duplicates          groupes d’éléments qui sont le même enregistrement (fichiers
                      identiques, réencodages, copies plus fortes ou plus calmes, extraits) ;
                      --json donne relation et items avec offset_s
  work                analyser les éléments en attente avec les autres ordinateurs
                      de l’école, chaque élément par un seul ; --jobs N à la fois,
                      --lease S secondes de réservation sans renouvellement (300),
                      --follow attend la suite au lieu de s’arrêter ; --json
  media-root [NOM [CHEMIN]]  où cet ordinateur monte la racine de médias NOM
                      d’une médiathèque d’école (les fichiers sous CHEMIN sont gardés en @NOM/…) ;
                      NOM seul l’oublie ; sans rien, les liste

Options :
  --library DOSSIER|URL  le dossier de la médiathèque (par défaut : %1), ou la
                      médiathèque d’une école sur un serveur PostgreSQL : postgresql://SERVEUR/BASE
  --help, --version

Codes de sortie : 0 succès, 1 certains fichiers en échec, 2 erreur d’usage ou de médiathèque.
</translation>
    </message>
</context>
<context>
    <name>lectern::ClassPanel</name>
    <message>
        <source>Probability of %1</source>
        <translation>Probabilité de %1</translation>
    </message>
    <message>
        <source>As analysed</source>
        <translation>Comme analysé</translation>
    </message>
    <message>
        <source>Class chosen by you</source>
        <translation>Catégorie choisie par vous</translation>
    </message>
    <message>
        <source>Your class is kept whatever the model says later</source>
        <translation>Votre catégorie est conservée, quoi que le modèle dise ensuite</translation>
    </message>
    <message>
        <source>&amp;Set class:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>You chose &lt;b&gt;%1&lt;/b&gt;; the bars are what the model heard.</source>
        <translation>Vous avez choisi &lt;b&gt;%1&lt;/b&gt; ; les barres montrent ce que le modèle a entendu.</translation>
    </message>
    <message>
        <source>Sorted by the model as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Classé par le modèle comme &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Not classified yet.</source>
        <translation>Pas encore classé.</translation>
    </message>
</context>
<context>
    <name>lectern::CollectionActions</name>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>Renommer la collection</translation>
    </message>
    <message>
        <source>Delete Collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message>
        <source>Delete the collection &quot;%1&quot;? Its items stay in the library.</source>
        <translation>Supprimer la collection « %1 » ? Ses éléments restent dans la médiathèque.</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Nouvelle collection…</translation>
    </message>
    <message>
        <source>Remove From &quot;%1&quot;</source>
        <translation>Retirer de « %1 »</translation>
    </message>
</context>
<context>
    <name>lectern::DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Commence à</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Groups of the same recording</source>
        <translation>Groupes du même enregistrement</translation>
    </message>
    <message>
        <source>&amp;Remove From Library</source>
        <translation>&amp;Retirer de la médiathèque</translation>
    </message>
    <message>
        <source>Take the ticked copies out of the library; their files stay where they are</source>
        <translation>Retirer de la médiathèque les copies cochées ; leurs fichiers restent où ils sont</translation>
    </message>
    <message>
        <source>Looking for copies of the same recording…</source>
        <translation>Recherche des copies du même enregistrement…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s)</source>
        <translation>
            <numerusform>%1 : %Ln élément</numerusform>
            <numerusform>%1 : %Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>No two items in the library are the same recording.</source>
        <translation>Aucun élément de la médiathèque n’est le même enregistrement qu’un autre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of the same recording. The ticked copies can be removed from the library; the longest of each group is kept unticked. Files on disk are never deleted.</source>
        <translation>
            <numerusform>%Ln groupe du même enregistrement. Les copies cochées peuvent être retirées de la médiathèque ; la plus longue de chaque groupe reste décochée. Les fichiers sur le disque ne sont jamais supprimés.</numerusform>
            <numerusform>%Ln groupes du même enregistrement. Les copies cochées peuvent être retirées de la médiathèque ; la plus longue de chaque groupe reste décochée. Les fichiers sur le disque ne sont jamais supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %Ln From Library</source>
        <translation>
            <numerusform>&amp;Retirer %Ln de la médiathèque</numerusform>
            <numerusform>&amp;Retirer %Ln de la médiathèque</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ExportActions</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Playlist (*.m3u8);;Table for a spreadsheet (*.csv)</source>
        <translation>Liste de lecture (*.m3u8);;Tableau pour un tableur (*.csv)</translation>
    </message>
    <message>
        <source>Copy Files To</source>
        <translation>Copier les fichiers vers</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Rien à exporter.</translation>
    </message>
    <message>
        <source>Nothing to copy.</source>
        <translation>Rien à copier.</translation>
    </message>
    <message>
        <source>Copying files…</source>
        <translation>Copie des fichiers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy Files</source>
        <translation>Copier les fichiers</translation>
    </message>
</context>
<context>
    <name>lectern::FilterBanner</name>
    <message>
        <source>…but (e.g. quieter, without music)</source>
        <translation>…mais (par ex. plus calme, sans musique)</translation>
    </message>
    <message>
        <source>Change the example in words: &quot;quieter&quot;, &quot;without music&quot;, &quot;more speech&quot;…</source>
        <translation>Modifier l’exemple avec des mots : « plus calme », « sans musique », « plus de parole »…</translation>
    </message>
    <message>
        <source>Modifier of the example</source>
        <translation>Modification de l’exemple</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Remove every filter, the example and the words</source>
        <translation>Retirer tous les filtres, l’exemple et les mots</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>Like: %1</source>
        <translation>Comme : %1</translation>
    </message>
    <message>
        <source>Remove the example %1</source>
        <translation>Retirer l’exemple %1</translation>
    </message>
</context>
<context>
    <name>lectern::ImportStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Looking for media…</source>
        <translation>Recherche des médias…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 fichiers sur %2</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, %1 restant</translation>
    </message>
    <message>
        <source>Importing %1%2</source>
        <translation>Importation : %1%2</translation>
    </message>
</context>
<context>
    <name>lectern::ItemDetailPanel</name>
    <message>
        <source>Find Similar</source>
        <translation>Trouver des sons proches</translation>
    </message>
    <message>
        <source>Find what sounds like the selection</source>
        <translation>Trouver ce qui ressemble à la sélection</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Dézoomer</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoomer</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole recording</source>
        <translation>Afficher tout l’enregistrement</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>Images clés</translation>
    </message>
    <message>
        <source>Click a keyframe to play from there</source>
        <translation>Cliquez sur une image clé pour lire à partir de là</translation>
    </message>
    <message>
        <source>Duplicates of this item</source>
        <translation>Doublons de cet élément</translation>
    </message>
    <message>
        <source>Other copies of the same recording; double-click to show one</source>
        <translation>Autres copies du même enregistrement ; double-cliquez pour en afficher une</translation>
    </message>
    <message>
        <source>Collections holding this item</source>
        <translation>Collections contenant cet élément</translation>
    </message>
    <message>
        <source>Sounds heard in this item</source>
        <translation>Sons entendus dans cet élément</translation>
    </message>
    <message>
        <source>What Lectern hears in the recording; click one to play from where it sounds most</source>
        <translation>Ce que Lectern entend dans l’enregistrement ; cliquez sur un son pour le lire là où il est le plus net</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>Afficher le fichier dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>le fichier est introuvable</translation>
    </message>
    <message>
        <source>could not be analysed: %1</source>
        <translation>n’a pas pu être analysé : %1</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 Hz, %Ln channel(s)</source>
        <translation>
            <numerusform>%1, %2 Hz, %Ln canal</numerusform>
            <numerusform>%1, %2 Hz, %Ln canaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>%1, %2×%3, %4 fps</source>
        <translation>%1, %2×%3, %4 im/s</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Sonie</translation>
    </message>
    <message>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <source>Loudness range</source>
        <translation>Plage de sonie</translation>
    </message>
    <message>
        <source>%1 LU</source>
        <translation>%1 LU</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>Crête vraie</translation>
    </message>
    <message>
        <source>%1 dBTP</source>
        <translation>%1 dBTP</translation>
    </message>
    <message>
        <source>edited in Lectern</source>
        <translation>modifié dans Lectern</translation>
    </message>
    <message>
        <source>Play from %1</source>
        <translation>Lire à partir de %1</translation>
    </message>
    <message>
        <source>%1 — %2 % — from %3</source>
        <translation>%1 — %2 % — à partir de %3</translation>
    </message>
    <message>
        <source>No sound heard clearly</source>
        <translation>Aucun son entendu clairement</translation>
    </message>
    <message>
        <source>In no collection yet: right-click a result ▸ Add to Collection</source>
        <translation>Dans aucune collection pour l’instant : clic droit sur un résultat ▸ Ajouter à la collection</translation>
    </message>
    <message>
        <source>%1 — %2, from %3</source>
        <translation>%1 — %2, à partir de %3</translation>
    </message>
    <message>
        <source>No other copy of this recording in the library</source>
        <translation>Aucune autre copie de cet enregistrement dans la médiathèque</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Choose an item to see its spectrogram, tags and class.</source>
        <translation>Choisissez un élément pour voir son spectrogramme, ses étiquettes et sa catégorie.</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryService</name>
    <message>
        <source>%1
The library is open read-only.</source>
        <translation>%1
La médiathèque est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>This library is open read-only; another Lectern is using it.</source>
        <translation>Cette médiathèque est ouverte en lecture seule ; un autre Lectern l’utilise.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written to %1</source>
        <translation>
            <numerusform>%Ln élément écrit dans %1</numerusform>
            <numerusform>%Ln éléments écrits dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) copied to %1</source>
        <translation>
            <numerusform>%Ln fichier copié dans %1</numerusform>
            <numerusform>%Ln fichiers copiés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <source>Not copied: %1 (%2)</source>
        <translation>Non copié : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no audio.pt, text.pt and fusion.pt</source>
        <translation>%1 ne contient pas audio.pt, text.pt et fusion.pt</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Une importation est déjà en cours.</translation>
    </message>
    <message>
        <source>the catalog of this library is damaged; nothing was imported</source>
        <translation>le catalogue de cette médiathèque est endommagé ; rien n’a été importé</translation>
    </message>
</context>
<context>
    <name>lectern::LibrarySidebar</name>
    <message>
        <source>Library sidebar</source>
        <translation>Barre latérale de la médiathèque</translation>
    </message>
    <message>
        <source>Choose what the results show; drop items on a collection to add them</source>
        <translation>Choisissez ce que montrent les résultats ; déposez des éléments sur une collection pour les y ajouter</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Médiathèque</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Everything in the library</source>
        <translation>Tout le contenu de la médiathèque</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>Not yet analysed, or could not be classified</source>
        <translation>Pas encore analysé, ou impossible à classer</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Drop items here to add them</source>
        <translation>Déposez des éléments ici pour les ajouter</translation>
    </message>
    <message>
        <source>Could not be analysed</source>
        <translation>Analyse impossible</translation>
    </message>
    <message>
        <source>Files that could not be read, with the reason; right-click to retry</source>
        <translation>Fichiers illisibles, avec la raison ; clic droit pour réessayer</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>Fichiers manquants</translation>
    </message>
    <message>
        <source>Files gone from their folder (a USB stick unplugged?): kept until you remove them</source>
        <translation>Fichiers disparus de leur dossier (une clé USB débranchée ?) : conservés jusqu’à ce que vous les retiriez</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Nouvelle collection…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>&amp;Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <source>&amp;Retry All</source>
        <translation>&amp;Tout réessayer</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Lectern — %1</source>
        <translation>Lectern — %1</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import F&amp;iles…</source>
        <translation>Importer des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Find &amp;Similar</source>
        <translation>Trouver des sons &amp;proches</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Find what sounds like the selected item</source>
        <translation>Trouver ce qui ressemble à l’élément choisi</translation>
    </message>
    <message>
        <source>Play From &amp;Match</source>
        <translation>Lire depuis la &amp;correspondance</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Nouvelle collection…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Remove From Library</source>
        <translation>&amp;Retirer de la médiathèque</translation>
    </message>
    <message>
        <source>Remove From Library</source>
        <translation>Retirer de la médiathèque</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln item(s) from the library? The files stay where they are.</source>
        <translation>
            <numerusform>Retirer %Ln élément de la médiathèque ? Les fichiers restent où ils sont.</numerusform>
            <numerusform>Retirer %Ln éléments de la médiathèque ? Les fichiers restent où ils sont.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Doublons…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Lectern results</source>
        <translation>Résultats Lectern</translation>
    </message>
    <message>
        <source>As &amp;List</source>
        <translation>En &amp;liste</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>As &amp;Thumbnails</source>
        <translation>En &amp;vignettes</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Copy Files to Folder…</source>
        <translation>&amp;Copier les fichiers dans un dossier…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une médiathèque…</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>Nouvelle &amp;médiathèque…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;All Items</source>
        <translation>&amp;Tous les éléments</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>&amp;Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Play/&amp;Pause</source>
        <translation>Lecture/&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Next Result</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>P&amp;revious Result</source>
        <translation>Résultat &amp;précédent</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>À &amp;propos de Lectern</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>À propos de Lectern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lectern&lt;/b&gt; %1&lt;br&gt;A media librarian for teachers.&lt;br&gt;Library: %2</source>
        <translation>&lt;b&gt;Lectern&lt;/b&gt; %1&lt;br&gt;Une médiathèque pour les enseignants.&lt;br&gt;Médiathèque : %2</translation>
    </message>
    <message>
        <source>That copy is not among the results shown: choose All in the sidebar.</source>
        <translation>Cette copie ne fait pas partie des résultats affichés : choisissez Tout dans la barre latérale.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Pourquoi ce fichier n’a pas été importé</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Problèmes d’importation</translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Class not changed: %1</source>
        <translation>Catégorie non modifiée : %1</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Échec de l’importation : %1</translation>
    </message>
    <message>
        <source>(the import)</source>
        <translation>(l’importation)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Searching for what sounds like %1…</source>
        <translation>Recherche de ce qui ressemble à %1…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mkv *.webm *.avi *.mov);;All files (*)</source>
        <translation>Audio et vidéo (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mkv *.webm *.avi *.mov);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot play %1: the file is missing</source>
        <translation>Impossible de lire %1 : le fichier est introuvable</translation>
    </message>
    <message>
        <source>Import %1: %2 added, %3 updated, %4 unchanged, %5 failed</source>
        <translation>Importation %1 : %2 ajoutés, %3 mis à jour, %4 inchangés, %5 en échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln missing (kept, marked missing)</source>
        <translation>
            <numerusform>, %Ln manquant (conservé, marqué manquant)</numerusform>
            <numerusform>, %Ln manquants (conservés, marqués manquants)</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Type words, choose filters or an example first; then save the search.</source>
        <translation>Saisissez d’abord des mots, choisissez des filtres ou un exemple ; puis enregistrez la recherche.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Add to &amp;Collection</source>
        <translation>Ajouter à la &amp;collection</translation>
    </message>
    <message>
        <source>Set C&amp;lass</source>
        <translation>Définir la &amp;catégorie</translation>
    </message>
    <message>
        <source>&amp;Automatic (as analysed)</source>
        <translation>&amp;Automatique (comme analysé)</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copier le &amp;chemin</translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation>&amp;Exporter la sélection…</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Copy Files to Fol&amp;der…</source>
        <translation>Copier les fichiers dans un &amp;dossier…</translation>
    </message>
    <message>
        <source>New Library: Choose an Empty Folder</source>
        <translation>Nouvelle médiathèque : choisissez un dossier vide</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une médiathèque</translation>
    </message>
    <message>
        <source>%1 holds no Lectern library. Choose New Library to make one there.</source>
        <translation>%1 ne contient aucune médiathèque Lectern. Choisissez Nouvelle médiathèque pour en créer une.</translation>
    </message>
    <message>
        <source>Connect to a &amp;School Library…</source>
        <translation>Se connecter à la médiathèque de l’é&amp;cole…</translation>
    </message>
</context>
<context>
    <name>lectern::ModifierPhrases</name>
    <message>
        <source>quieter</source>
        <translation>plus calme</translation>
    </message>
    <message>
        <source>louder</source>
        <translation>plus fort</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>plus court</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>plus long</translation>
    </message>
    <message>
        <source>with music</source>
        <translation>avec musique</translation>
    </message>
    <message>
        <source>without music</source>
        <translation>sans musique</translation>
    </message>
    <message>
        <source>with speech</source>
        <translation>avec parole</translation>
    </message>
    <message>
        <source>without speech</source>
        <translation>sans parole</translation>
    </message>
    <message>
        <source>add background music</source>
        <translation>ajouter une musique de fond</translation>
    </message>
    <message>
        <source>remove the music</source>
        <translation>enlever la musique</translation>
    </message>
    <message>
        <source>make it quieter</source>
        <translation>rendre plus calme</translation>
    </message>
    <message>
        <source>make it louder</source>
        <translation>rendre plus fort</translation>
    </message>
    <message>
        <source>less traffic</source>
        <translation>moins de circulation</translation>
    </message>
    <message>
        <source>more rain</source>
        <translation>plus de pluie</translation>
    </message>
    <message>
        <source>without the talking</source>
        <translation>sans les bavardages</translation>
    </message>
</context>
<context>
    <name>lectern::PlayerPanel</name>
    <message>
        <source>Previous result</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Play the previous result</source>
        <translation>Lire le résultat précédent</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <source>Next result</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Play the next result</source>
        <translation>Lire le résultat suivant</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Drag to move through the recording (Left and Right keys seek 5 s)</source>
        <translation>Faites glisser pour parcourir l’enregistrement (les flèches gauche et droite avancent de 5 s)</translation>
    </message>
    <message>
        <source>Play From Match</source>
        <translation>Lire depuis la correspondance</translation>
    </message>
    <message>
        <source>Play the chosen result from the moment that matched</source>
        <translation>Lire le résultat choisi à partir du moment qui correspond</translation>
    </message>
    <message>
        <source>Play from match</source>
        <translation>Lire depuis la correspondance</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>Lecture impossible : %1</translation>
    </message>
</context>
<context>
    <name>lectern::ResultsModel</name>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The file is missing: %1</source>
        <translation>Fichier introuvable : %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Play from</source>
        <translation>Lire à partir de</translation>
    </message>
    <message>
        <source>Found because</source>
        <translation>Trouvé parce que</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>lectern::ResultsView</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Columns: click to sort, right-click to show or hide</source>
        <translation>Colonnes : cliquez pour trier, clic droit pour afficher ou masquer</translation>
    </message>
</context>
<context>
    <name>lectern::SchoolLibraryDialog</name>
    <message>
        <source>Connect to a School Library</source>
        <translation>Se connecter à la médiathèque de l’école</translation>
    </message>
    <message>
        <source>for example media.school.lan</source>
        <translation>par exemple media.ecole.lan</translation>
    </message>
    <message>
        <source>A school library keeps its catalog on the school&apos;s PostgreSQL server, so that every teacher searches the same archive. Your school&apos;s administrator gives you these details.</source>
        <translation>La médiathèque d’une école garde son catalogue sur le serveur PostgreSQL de l’école, pour que chaque enseignant cherche dans les mêmes archives. L’administrateur de votre école vous donne ces informations.</translation>
    </message>
    <message>
        <source>Leave the password empty where it is kept in ~/.pgpass. Lectern does not save it.</source>
        <translation>Laissez le mot de passe vide s’il est gardé dans ~/.pgpass. Lectern ne l’enregistre pas.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Give the name or address of the school&apos;s server.</source>
        <translation>Indiquez le nom ou l’adresse du serveur de l’école.</translation>
    </message>
</context>
<context>
    <name>lectern::SchoolStatusLabel</name>
    <message>
        <source>The analysis of the school library by all its computers (lectern-cli work)</source>
        <translation>L’analyse de la médiathèque de l’école par tous ses ordinateurs (lectern-cli work)</translation>
    </message>
    <message>
        <source>School library: %1 analysed</source>
        <translation>Médiathèque de l’école : %1 analysés</translation>
    </message>
    <message>
        <source>School library: %1 analysed, %2 waiting</source>
        <translation>Médiathèque de l’école : %1 analysés, %2 en attente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln computer(s) analysing</source>
        <translation>
            <numerusform>%Ln ordinateur analyse</numerusform>
            <numerusform>%Ln ordinateurs analysent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::SearchBar</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Search words, &quot;phrases&quot;, class:music, duration:&lt;5m — or drop a clip here to find what sounds like it</source>
        <translation>Cherchez des mots, des « expressions », class:music, duration:&lt;5m — ou déposez ici un extrait pour trouver ce qui lui ressemble</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Words search titles, tags, file names and what recordings sound like (Ctrl+F)</source>
        <translation>Les mots cherchent dans les titres, les étiquettes, les noms de fichiers et le son des enregistrements (Ctrl+F)</translation>
    </message>
    <message>
        <source>The previous search (Alt+Left)</source>
        <translation>La recherche précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>The next search (Alt+Right)</source>
        <translation>La recherche suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Keep this search in the sidebar</source>
        <translation>Garder cette recherche dans la barre latérale</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>The example&apos;s spectrogram</source>
        <translation>Spectrogramme de l’exemple</translation>
    </message>
    <message>
        <source>What the search understood</source>
        <translation>Ce que la recherche a compris</translation>
    </message>
    <message>
        <source>Searching like &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Recherche comme &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>, but &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>, mais &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
</context>
<context>
    <name>lectern::SettingsDialog</name>
    <message>
        <source>Play a result as soon as it is selected</source>
        <translation>Lire un résultat dès qu’il est sélectionné</translation>
    </message>
    <message>
        <source>Lectern Settings</source>
        <translation>Paramètres de Lectern</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>Médiathèques récentes</translation>
    </message>
    <message>
        <source>Libraries opened before</source>
        <translation>Médiathèques ouvertes auparavant</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the library chosen on the left</source>
        <translation>Ouvrir la médiathèque choisie à gauche</translation>
    </message>
    <message>
        <source>Open &amp;Other…</source>
        <translation>Ouvrir une &amp;autre…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>Create an empty library in a folder</source>
        <translation>Créer une médiathèque vide dans un dossier</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>Un par cœur (%1)</translation>
    </message>
    <message>
        <source>Analysis workers</source>
        <translation>Processus d’analyse</translation>
    </message>
    <message>
        <source>How many files are analysed at once during an import</source>
        <translation>Nombre de fichiers analysés en même temps pendant une importation</translation>
    </message>
    <message>
        <source>The models that come with Lectern</source>
        <translation>Les modèles fournis avec Lectern</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <source>A folder of TorchScript models with the same interface; used from the next start</source>
        <translation>Un dossier de modèles TorchScript de même interface ; utilisé au prochain démarrage</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Models Folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Prend effet au prochain démarrage</translation>
    </message>
    <message>
        <source>Viridis (colour)</source>
        <translation>Viridis (couleur)</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Grey, inverted (for printing)</source>
        <translation>Gris inversé (pour l’impression)</translation>
    </message>
    <message>
        <source>Spectrogram colours</source>
        <translation>Couleurs du spectrogramme</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Dossiers surveillés</translation>
    </message>
    <message>
        <source>Ticked folders are watched: new, changed and removed files are picked up</source>
        <translation>Les dossiers cochés sont surveillés : les fichiers nouveaux, modifiés et supprimés sont pris en compte</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Médiathèque :</translation>
    </message>
    <message>
        <source>Analysis &amp;workers:</source>
        <translation>Processus d’&amp;analyse :</translation>
    </message>
    <message>
        <source>&amp;Models folder:</source>
        <translation>Dossier des &amp;modèles :</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Spectrogram &amp;colours:</source>
        <translation>&amp;Couleurs du spectrogramme :</translation>
    </message>
    <message>
        <source>Watched &amp;folders:</source>
        <translation>Dossiers &amp;surveillés :</translation>
    </message>
    <message>
        <source>These models cannot be used: %1</source>
        <translation>Ces modèles sont inutilisables : %1</translation>
    </message>
    <message>
        <source>Media roots</source>
        <translation>Racines de médias</translation>
    </message>
    <message>
        <source>Where this computer mounts the school library&apos;s shared folders, a NAME=PATH line each; used from the next start</source>
        <translation>Où cet ordinateur monte les dossiers partagés de la médiathèque de l’école, une ligne NOM=CHEMIN chacun ; pris en compte au prochain démarrage</translation>
    </message>
    <message>
        <source>Media &amp;roots:</source>
        <translation>&amp;Racines de médias :</translation>
    </message>
</context>
<context>
    <name>lectern::SpectrogramView</name>
    <message>
        <source>Spectrogram</source>
        <translation>Spectrogramme</translation>
    </message>
    <message>
        <source>Click to play from a moment; drag to select a range; wheel or +/− to zoom, 0 to fit</source>
        <translation>Cliquez pour lire à partir d’un moment ; faites glisser pour choisir une plage ; molette ou +/− pour zoomer, 0 pour ajuster</translation>
    </message>
    <message>
        <source>No spectrogram yet</source>
        <translation>Pas encore de spectrogramme</translation>
    </message>
    <message>
        <source>the Selection</source>
        <translation>la sélection</translation>
    </message>
    <message>
        <source>the Part in View</source>
        <translation>la partie visible</translation>
    </message>
    <message>
        <source>Find &amp;Similar to %1</source>
        <translation>&amp;Trouver ce qui ressemble à %1</translation>
    </message>
    <message>
        <source>&amp;Where Else Is This?</source>
        <translation>&amp;Où retrouve-t-on ce passage ?</translation>
    </message>
    <message>
        <source>&amp;Play %1</source>
        <translation>&amp;Lire %1</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoomer sur la &amp;sélection</translation>
    </message>
</context>
<context>
    <name>lectern::TagEditor</name>
    <message>
        <source>&amp;Save Tags</source>
        <translation>&amp;Enregistrer les étiquettes</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. fr, German</source>
        <translation>par ex. fr, allemand</translation>
    </message>
    <message>
        <source>Kept in Lectern&apos;s catalog; the media file is not changed</source>
        <translation>Conservé dans le catalogue de Lectern ; le fichier média n’est pas modifié</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Artist</source>
        <translation>&amp;Artiste</translation>
    </message>
    <message>
        <source>Al&amp;bum</source>
        <translation>Al&amp;bum</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <source>&amp;Genre</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>A&amp;nnée</translation>
    </message>
    <message>
        <source>Save the tags in the catalog (the media file is never written)</source>
        <translation>Enregistrer les étiquettes dans le catalogue (le fichier média n’est jamais modifié)</translation>
    </message>
</context>
<context>
    <name>lectern::TerminalProgress</name>
    <message>
        <source>Scanning...</source>
        <translation>Analyse des dossiers…</translation>
    </message>
    <message>
        <source>%1/%2 files, %3 left</source>
        <translation>%1/%2 fichiers, %3 restant</translation>
    </message>
</context>
<context>
    <name>lectern::ThumbnailGrid</name>
    <message>
        <source>Results as thumbnails</source>
        <translation>Résultats en vignettes</translation>
    </message>
    <message>
        <source>Enter or double-click plays; the keyframe shown is from the middle of the video</source>
        <translation>Entrée ou double-clic pour lire ; l’image clé affichée vient du milieu de la vidéo</translation>
    </message>
</context>
<context>
    <name>lectern::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Lectern&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Lectern&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Lectern sorts your course audio and video into music, language learning, lectures, film and TV drama, and audio books, and finds them again by words or by how they sound. Start by importing the folders where your recordings are. Nothing is ever moved or changed.</source>
        <translation>Lectern classe l’audio et la vidéo de vos cours en musique, apprentissage des langues, conférences, films et séries, et livres audio, et les retrouve par des mots ou par leur son. Commencez par importer les dossiers où se trouvent vos enregistrements. Rien n’est jamais déplacé ni modifié.</translation>
    </message>
    <message>
        <source>Import Music</source>
        <translation>Importer la musique</translation>
    </message>
    <message>
        <source>Import Videos</source>
        <translation>Importer les vidéos</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importer les documents</translation>
    </message>
    <message>
        <source>Import every audio and video file in %1</source>
        <translation>Importer tous les fichiers audio et vidéo de %1</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Choose a folder of recordings to import (Ctrl+I)</source>
        <translation>Choisir un dossier d’enregistrements à importer (Ctrl+I)</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;open&quot;&gt;Open another library…&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Create a new library…&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;open&quot;&gt;Ouvrir une autre médiathèque…&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Créer une nouvelle médiathèque…&lt;/a&gt;</translation>
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
        <translation>Restaurer maintenant la copie faite après la dernière importation ? Ce qui a changé depuis sera retrouvé à la prochaine importation.</translation>
    </message>
    <message>
        <source>A media librarian for teachers.</source>
        <translation>Une médiathèque pour les enseignants.</translation>
    </message>
    <message>
        <source>Folders or files to import.</source>
        <translation>Dossiers ou fichiers à importer.</translation>
    </message>
    <message>
        <source>The library folder, or a school library&apos;s address (postgresql://SERVER/DATABASE).</source>
        <translation>Le dossier de la médiathèque, ou l’adresse de celle d’une école (postgresql://SERVEUR/BASE).</translation>
    </message>
</context>
</TS>
