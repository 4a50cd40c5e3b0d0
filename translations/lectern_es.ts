<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>Música</translation>
    </message>
    <message>
        <source>Language learning</source>
        <translation>Aprendizaje de idiomas</translation>
    </message>
    <message>
        <source>Lecture and speech</source>
        <translation>Conferencia y discurso</translation>
    </message>
    <message>
        <source>Film and TV drama</source>
        <translation>Cine y series de televisión</translation>
    </message>
    <message>
        <source>Audio book and radio drama</source>
        <translation>Audiolibro y radioteatro</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>%1 (set by you)</source>
        <translation>%1 (elegida por usted)</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>Same recording</source>
        <translation>La misma grabación</translation>
    </message>
    <message>
        <source>Sounds similar</source>
        <translation>Suena parecido</translation>
    </message>
    <message>
        <source>Matching words</source>
        <translation>Palabras que coinciden</translation>
    </message>
    <message>
        <source>Sounds as described</source>
        <translation>Suena como lo descrito</translation>
    </message>
    <message>
        <source>the modifier model interpreted “%1” to rank the rest</source>
        <translation>el modelo de modificación interpretó «%1» para ordenar el resto</translation>
    </message>
    <message>
        <source>the rest are ranked by how alike they sound</source>
        <translation>el resto se ordena por lo parecido que suena</translation>
    </message>
    <message>
        <source>Measured: %1 (from each recording&apos;s loudness, length and class)</source>
        <translation>Medido: %1 (a partir de la sonoridad, la duración y la categoría de cada grabación)</translation>
    </message>
    <message>
        <source>Nothing in the modifier can be measured; %1.</source>
        <translation>Nada de la modificación se puede medir; %1.</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>Colección: %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>Archivos que faltan</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Duration %1</source>
        <translation>Duración %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Año: %1</translation>
    </message>
    <message>
        <source>classify needs one or more audio or video files</source>
        <translation>classify necesita uno o más archivos de audio o vídeo</translation>
    </message>
    <message>
        <source>set-class needs an item id or path and a class</source>
        <translation>set-class necesita un identificador o ruta de elemento y una categoría</translation>
    </message>
    <message>
        <source>unknown class &apos;%1&apos; (music, language, lecture, drama, audiobook or auto)</source>
        <translation>categoría desconocida «%1» (music, language, lecture, drama, audiobook o auto)</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>la opción %1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation>no hay ningún elemento %1 en la mediateca</translation>
    </message>
    <message>
        <source>--start and --end take seconds, like 12.5</source>
        <translation>--start y --end toman segundos, por ejemplo 12.5</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import necesita al menos un archivo o carpeta</translation>
    </message>
    <message>
        <source>--jobs needs a positive number</source>
        <translation>--jobs necesita un número positivo</translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3, failed %4</source>
        <translation>añadidos %1, actualizados %2, sin cambios %3, fallidos %4</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message>
        <source>missing: %1 (gone from their folders; kept, and analysed or found again when they return)</source>
        <translation>ausentes: %1 (desaparecidos de sus carpetas; se conservan y se analizan o se vuelven a encontrar cuando regresen)</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>fallido: %1: %2</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>omitido %1: %2</translation>
    </message>
    <message>
        <source>--status is one of pending, analyzed, failed</source>
        <translation>--status es pending, analyzed o failed</translation>
    </message>
    <message>
        <source>--kind is audio or video</source>
        <translation>--kind es audio o video</translation>
    </message>
    <message>
        <source>--class is one of music, language, lecture, drama, audiobook, unknown</source>
        <translation>--class es music, language, lecture, drama, audiobook o unknown</translation>
    </message>
    <message>
        <source>show needs one item id or path</source>
        <translation>show necesita un identificador o ruta de elemento</translation>
    </message>
    <message>
        <source>remove needs one item id or path</source>
        <translation>remove necesita un identificador o ruta de elemento</translation>
    </message>
    <message>
        <source>removed %1 from the library (the file itself is untouched)</source>
        <translation>%1 quitado de la mediateca (el archivo en sí no se toca)</translation>
    </message>
    <message>
        <source>restore-backup takes no operands</source>
        <translation>restore-backup no admite operandos</translation>
    </message>
    <message>
        <source>restored the catalog from %1; the damaged one is kept as catalog.sqlite.damaged</source>
        <translation>catálogo restaurado desde %1; el dañado se conserva como catalog.sqlite.damaged</translation>
    </message>
    <message>
        <source>match needs one audio or video file</source>
        <translation>match necesita un archivo de audio o vídeo</translation>
    </message>
    <message>
        <source>%1 is neither a file nor an item of the library</source>
        <translation>%1 no es un archivo ni un elemento de la mediateca</translation>
    </message>
    <message>
        <source>no file or library item %1</source>
        <translation>no hay ningún archivo ni elemento de la mediateca %1</translation>
    </message>
    <message>
        <source>keyframes needs one video file or item id</source>
        <translation>keyframes necesita un archivo de vídeo o un identificador de elemento</translation>
    </message>
    <message>
        <source>keyframes needs -o DIR for the thumbnails</source>
        <translation>keyframes necesita -o CARPETA para las miniaturas</translation>
    </message>
    <message>
        <source>spectrogram needs one file or item id</source>
        <translation>spectrogram necesita un archivo o un identificador de elemento</translation>
    </message>
    <message>
        <source>spectrogram needs -o OUT.png</source>
        <translation>spectrogram necesita -o SALIDA.png</translation>
    </message>
    <message>
        <source>--start, --end, --width and --height take numbers</source>
        <translation>--start, --end, --width y --height toman números</translation>
    </message>
    <message>
        <source>the picture must be between 16x24 and 20000x4000 pixels</source>
        <translation>la imagen debe medir entre 16x24 y 20000x4000 píxeles</translation>
    </message>
    <message>
        <source>--end must come after --start</source>
        <translation>--end debe ir después de --start</translation>
    </message>
    <message>
        <source>items: %1</source>
        <translation>elementos: %1</translation>
    </message>
    <message>
        <source>total duration: %1</source>
        <translation>duración total: %1</translation>
    </message>
    <message>
        <source>by status</source>
        <translation>por estado</translation>
    </message>
    <message>
        <source>by kind</source>
        <translation>por tipo</translation>
    </message>
    <message>
        <source>by class</source>
        <translation>por categoría</translation>
    </message>
    <message>
        <source>embed needs one audio or video file</source>
        <translation>embed necesita un archivo de audio o vídeo</translation>
    </message>
    <message>
        <source>no audio in that range</source>
        <translation>no hay audio en ese tramo</translation>
    </message>
    <message>
        <source>%1 segments, %2-d embedding, code %3</source>
        <translation>%1 segmentos, incrustación de %2 dimensiones, código %3</translation>
    </message>
    <message>
        <source>embed-text needs one text (quote it)</source>
        <translation>embed-text necesita un texto (entre comillas)</translation>
    </message>
    <message>
        <source>the text-query model (text-query.pt) is not installed</source>
        <translation>el modelo de consulta de texto (text-query.pt) no está instalado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no word the text-query model knows</source>
        <translation>«%1» no tiene ninguna palabra que conozca el modelo de consulta de texto</translation>
    </message>
    <message>
        <source>%1-d embedding of &quot;%2&quot;</source>
        <translation>incrustación de %1 dimensiones de «%2»</translation>
    </message>
    <message>
        <source>give --example or --item, not both</source>
        <translation>indique --example o --item, no ambos</translation>
    </message>
    <message>
        <source>--start and --end need --example or --item</source>
        <translation>--start y --end necesitan --example o --item</translation>
    </message>
    <message>
        <source>--words-only searches text, not an example</source>
        <translation>--words-only busca texto, no un ejemplo</translation>
    </message>
    <message>
        <source>--modifier changes an example: give --example or --item too</source>
        <translation>--modifier cambia un ejemplo: indique también --example o --item</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not %1</source>
        <translation>--limit necesita un número positivo, no %1</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>no se encontró nada</translation>
    </message>
    <message>
        <source>duplicates takes no operands</source>
        <translation>duplicates no admite operandos</translation>
    </message>
    <message>
        <source>no duplicates</source>
        <translation>no hay duplicados</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>sounds like: %1, from %2 (%3)</source>
        <translation>suena como: %1, desde %2 (%3)</translation>
    </message>
    <message>
        <source>sounds a little like: %1, from %2 (%3)</source>
        <translation>suena un poco como: %1, desde %2 (%3)</translation>
    </message>
    <message>
        <source>named like: %1</source>
        <translation>con nombre de: %1</translation>
    </message>
    <message>
        <source>both sound like: %1</source>
        <translation>ambos suenan como: %1</translation>
    </message>
    <message>
        <source>sounds like the example from %1 s (similarity %2)</source>
        <translation>suena como el ejemplo desde %1 s (similitud %2)</translation>
    </message>
    <message>
        <source>same recording from %1 s (%2 % of the bits agree)</source>
        <translation>la misma grabación desde %1 s (coincide el %2 % de los bits)</translation>
    </message>
    <message>
        <source>modifier model %1</source>
        <translation>modelo de modificación %1</translation>
    </message>
    <message>
        <source>its annotation has the words</source>
        <translation>su descripción contiene las palabras</translation>
    </message>
    <message>
        <source>%1: %2 LU against the example</source>
        <translation>%1: %2 LU respecto al ejemplo</translation>
    </message>
    <message>
        <source>%1: %2 s long</source>
        <translation>%1: %2 s de duración</translation>
    </message>
    <message>
        <source>%1: music %2 %</source>
        <translation>%1: música %2 %</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>artist</source>
        <translation>artista</translation>
    </message>
    <message>
        <source>album</source>
        <translation>álbum</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>genre</source>
        <translation>género</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nombre de archivo</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sounds like: &quot;%1&quot; at %2 (similarity %3)</source>
        <translation>suena como «%1» en %2 (similitud %3)</translation>
    </message>
    <message>
        <source>read as sounds: %1</source>
        <translation>leído como sonidos: %1</translation>
    </message>
    <message>
        <source>searched by words only: the sound search knows none of these words</source>
        <translation>búsqueda solo por palabras: la búsqueda por sonido no conoce ninguna de estas palabras</translation>
    </message>
    <message>
        <source>searched by words only: most of these words are not about sounds</source>
        <translation>búsqueda solo por palabras: la mayoría de estas palabras no describen sonidos</translation>
    </message>
    <message>
        <source>searched by words only: %1</source>
        <translation>búsqueda solo por palabras: %1</translation>
    </message>
    <message>
        <source>similar items found by their 64-bit codes: %1</source>
        <translation>elementos parecidos encontrados por sus códigos de 64 bits: %1</translation>
    </message>
    <message>
        <source>no similar items: %1</source>
        <translation>no hay elementos parecidos: %1</translation>
    </message>
    <message>
        <source>empty query: type words, or filters such as class:music</source>
        <translation>búsqueda vacía: escriba palabras o filtros como class:music</translation>
    </message>
    <message>
        <source>the example is silent: there is nothing to compare</source>
        <translation>el ejemplo está en silencio: no hay nada que comparar</translation>
    </message>
    <message>
        <source>more than %1 items match; the best of the first of them are shown — add a word to narrow</source>
        <translation>más de %1 elementos coinciden; se muestran los mejores de los primeros — añada una palabra para acotar</translation>
    </message>
    <message>
        <source>%1 not understood (try duration:&lt;5m or duration:&gt;30s); ignored</source>
        <translation>%1 no se entiende (pruebe duration:&lt;5m o duration:&gt;30s); se ignora</translation>
    </message>
    <message>
        <source>%1 not understood (try year:2019 or year:2010-2015); ignored</source>
        <translation>%1 no se entiende (pruebe year:2019 o year:2010-2015); se ignora</translation>
    </message>
    <message>
        <source>%1 is not a class (music, language, lecture, drama, audiobook); ignored</source>
        <translation>%1 no es una categoría (music, language, lecture, drama, audiobook); se ignora</translation>
    </message>
    <message>
        <source>%1 is neither audio nor video; ignored</source>
        <translation>%1 no es audio ni video; se ignora</translation>
    </message>
    <message>
        <source>%1 names no language; ignored</source>
        <translation>%1 no designa ningún idioma; se ignora</translation>
    </message>
    <message>
        <source>%1 is not pending, analysed, failed or missing; ignored</source>
        <translation>%1 no es pending, analysed, failed ni missing; se ignora</translation>
    </message>
    <message>
        <source>registered for the workers: %1</source>
        <translation>registrados para los ordenadores de análisis: %1</translation>
    </message>
    <message>
        <source>--lease needs a positive number of seconds</source>
        <translation>--lease necesita un número positivo de segundos</translation>
    </message>
    <message>
        <source>analysed %1, failed %2, missing %3, left to other workers %4</source>
        <translation>analizados %1, fallidos %2, ausentes %3, dejados a otros ordenadores %4</translation>
    </message>
    <message>
        <source>media-root takes a NAME and a PATH, or a NAME alone to forget it</source>
        <translation>media-root necesita un NOMBRE y una RUTA, o solo un NOMBRE para olvidarla</translation>
    </message>
    <message>
        <source>media roots belong to a school library: give its postgresql:// address with --library</source>
        <translation>las raíces de medios pertenecen a la mediateca de un centro: indique su dirección postgresql:// con --library</translation>
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
        <translation>uso: lectern-cli [--library CARPETA] ORDEN [opciones]

Órdenes:
  import RUTA...      importar archivos y carpetas (recursivamente); --json muestra
                      {&quot;added&quot;,&quot;updated&quot;,&quot;unchanged&quot;,&quot;failed&quot;}; --jobs N procesos;
                      --register-only deja el análisis a `work`
  list                listar elementos; --json, --status pending|analyzed|failed,
                      --kind audio|video, --class CATEGORÍA
  show ID|RUTA        un elemento; --json
  remove ID|RUTA      olvidar un elemento (el archivo no se toca)
  stats               recuentos por estado, tipo y categoría, duración total; --json
  restore-backup      poner la copia del catálogo de la última importación en lugar
                      de un catálogo dañado (que se guarda como catalog.sqlite.damaged)
  keyframes ARCHIVO|ID -o CARPETA   fotogramas clave de un vídeo (SKM) como JPEG en CARPETA; --json
  spectrogram ARCHIVO|ID -o SALIDA.png   [--start S] [--end S] [--width A] [--height H]
  match ARCHIVO       de qué elementos de la mediateca procede este fragmento, y dónde;
                      --start S --end S (segundos) para usar parte del ARCHIVO; --json
  classify ARCHIVO... la categoría de cada archivo (sin mediateca);
                      --json añade las probabilidades y la opinión de cada canal
  set-class ID|RUTA CATEGORÍA   la categoría del docente (music, language, lecture,
                      drama, audiobook), nunca sobrescrita; auto = la del modelo
  embed ARCHIVO       los vectores de búsqueda de un fragmento: por segmento de 10 s la
                      incrustación de 256 dimensiones y el código de 64 bits (hex), y su media;
                      --start S --end S; --json; con &quot;search_embedding&quot;, lo mismo
                      en el espacio común texto-audio del índice
  embed-text &quot;TEXTO&quot;  una descripción en ese espacio común; --json
  search [PALABRAS]   buscar elementos: --text C (palabras, &quot;frases&quot;, class: kind:
                      duration:&lt;5m folder: year: lang:), o --example ARCHIVO |
                      --item ID|RUTA [--start S --end S] [--modifier &quot;quieter&quot;];
                      --limit N; --json da id, path, score, start_s, reason;
                      --words-only responde solo con el catálogo, sin
                      ejecutar ningún modelo (al instante, pero no por significado)
  duplicates          grupos de elementos que son la misma grabación (archivos
                      idénticos, recodificaciones, copias más altas o más bajas, extractos);
                      --json da relation e items con offset_s
  work                analizar los elementos pendientes junto a los demás
                      ordenadores del centro, cada uno en uno solo; --jobs N a la vez,
                      --lease S segundos que dura una reserva sin renovar (300),
                      --follow espera más en lugar de terminar; --json
  media-root [NOMBRE [RUTA]]  dónde monta este ordenador la raíz de medios NOMBRE
                      de la mediateca de un centro (los archivos bajo RUTA se guardan como @NOMBRE/…);
                      NOMBRE solo la olvida; sin nada, las enumera

Opciones:
  --library CARPETA|URL  la carpeta de la mediateca (por omisión: %1), o la
                      mediateca de un centro en un servidor PostgreSQL: postgresql://SERVIDOR/BASE
  --help, --version

Códigos de salida: 0 éxito, 1 algunos archivos fallaron, 2 error de uso o de mediateca.
</translation>
    </message>
</context>
<context>
    <name>lectern::ClassPanel</name>
    <message>
        <source>Probability of %1</source>
        <translation>Probabilidad de %1</translation>
    </message>
    <message>
        <source>As analysed</source>
        <translation>Según el análisis</translation>
    </message>
    <message>
        <source>Class chosen by you</source>
        <translation>Categoría elegida por usted</translation>
    </message>
    <message>
        <source>Your class is kept whatever the model says later</source>
        <translation>Su categoría se conserva, diga lo que diga después el modelo</translation>
    </message>
    <message>
        <source>&amp;Set class:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>You chose &lt;b&gt;%1&lt;/b&gt;; the bars are what the model heard.</source>
        <translation>Usted eligió &lt;b&gt;%1&lt;/b&gt;; las barras muestran lo que oyó el modelo.</translation>
    </message>
    <message>
        <source>Sorted by the model as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Clasificado por el modelo como &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Not classified yet.</source>
        <translation>Aún sin clasificar.</translation>
    </message>
</context>
<context>
    <name>lectern::CollectionActions</name>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>Cambiar el nombre de la colección</translation>
    </message>
    <message>
        <source>Delete Collection</source>
        <translation>Eliminar la colección</translation>
    </message>
    <message>
        <source>Delete the collection &quot;%1&quot;? Its items stay in the library.</source>
        <translation>¿Eliminar la colección «%1»? Sus elementos permanecen en la mediateca.</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Nueva colección…</translation>
    </message>
    <message>
        <source>Remove From &quot;%1&quot;</source>
        <translation>Quitar de «%1»</translation>
    </message>
</context>
<context>
    <name>lectern::DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Empieza en</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Groups of the same recording</source>
        <translation>Grupos de la misma grabación</translation>
    </message>
    <message>
        <source>&amp;Remove From Library</source>
        <translation>&amp;Quitar de la mediateca</translation>
    </message>
    <message>
        <source>Take the ticked copies out of the library; their files stay where they are</source>
        <translation>Quitar de la mediateca las copias marcadas; sus archivos se quedan donde están</translation>
    </message>
    <message>
        <source>Looking for copies of the same recording…</source>
        <translation>Buscando copias de la misma grabación…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s)</source>
        <translation>
            <numerusform>%1: %Ln elemento</numerusform>
            <numerusform>%1: %Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>No two items in the library are the same recording.</source>
        <translation>Ningún elemento de la mediateca es la misma grabación que otro.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of the same recording. The ticked copies can be removed from the library; the longest of each group is kept unticked. Files on disk are never deleted.</source>
        <translation>
            <numerusform>%Ln grupo de la misma grabación. Las copias marcadas pueden quitarse de la mediateca; la más larga de cada grupo queda sin marcar. Los archivos del disco nunca se borran.</numerusform>
            <numerusform>%Ln grupos de la misma grabación. Las copias marcadas pueden quitarse de la mediateca; la más larga de cada grupo queda sin marcar. Los archivos del disco nunca se borran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %Ln From Library</source>
        <translation>
            <numerusform>&amp;Quitar %Ln de la mediateca</numerusform>
            <numerusform>&amp;Quitar %Ln de la mediateca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ExportActions</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Playlist (*.m3u8);;Table for a spreadsheet (*.csv)</source>
        <translation>Lista de reproducción (*.m3u8);;Tabla para una hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Copy Files To</source>
        <translation>Copiar los archivos a</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nada que exportar.</translation>
    </message>
    <message>
        <source>Nothing to copy.</source>
        <translation>Nada que copiar.</translation>
    </message>
    <message>
        <source>Copying files…</source>
        <translation>Copiando archivos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy Files</source>
        <translation>Copiar archivos</translation>
    </message>
</context>
<context>
    <name>lectern::FilterBanner</name>
    <message>
        <source>…but (e.g. quieter, without music)</source>
        <translation>…pero (p. ej., más bajo, sin música)</translation>
    </message>
    <message>
        <source>Change the example in words: &quot;quieter&quot;, &quot;without music&quot;, &quot;more speech&quot;…</source>
        <translation>Cambiar el ejemplo con palabras: «más bajo», «sin música», «más voz»…</translation>
    </message>
    <message>
        <source>Modifier of the example</source>
        <translation>Modificación del ejemplo</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Remove every filter, the example and the words</source>
        <translation>Quitar todos los filtros, el ejemplo y las palabras</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
    <message>
        <source>Like: %1</source>
        <translation>Como: %1</translation>
    </message>
    <message>
        <source>Remove the example %1</source>
        <translation>Quitar el ejemplo %1</translation>
    </message>
</context>
<context>
    <name>lectern::ImportStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Looking for media…</source>
        <translation>Buscando archivos multimedia…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 de %2 archivos</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, quedan %1</translation>
    </message>
    <message>
        <source>Importing %1%2</source>
        <translation>Importando: %1%2</translation>
    </message>
</context>
<context>
    <name>lectern::ItemDetailPanel</name>
    <message>
        <source>Find Similar</source>
        <translation>Buscar similares</translation>
    </message>
    <message>
        <source>Find what sounds like the selection</source>
        <translation>Buscar lo que suena como la selección</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole recording</source>
        <translation>Mostrar toda la grabación</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>Fotogramas clave</translation>
    </message>
    <message>
        <source>Click a keyframe to play from there</source>
        <translation>Haga clic en un fotograma clave para reproducir desde ahí</translation>
    </message>
    <message>
        <source>Duplicates of this item</source>
        <translation>Duplicados de este elemento</translation>
    </message>
    <message>
        <source>Other copies of the same recording; double-click to show one</source>
        <translation>Otras copias de la misma grabación; haga doble clic para mostrar una</translation>
    </message>
    <message>
        <source>Collections holding this item</source>
        <translation>Colecciones que contienen este elemento</translation>
    </message>
    <message>
        <source>Sounds heard in this item</source>
        <translation>Sonidos oídos en este elemento</translation>
    </message>
    <message>
        <source>What Lectern hears in the recording; click one to play from where it sounds most</source>
        <translation>Lo que Lectern oye en la grabación; haga clic en uno para reproducir donde más se oye</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Abrir la carpeta contenedora</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>Mostrar el archivo en el gestor de archivos</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>falta el archivo</translation>
    </message>
    <message>
        <source>could not be analysed: %1</source>
        <translation>no se pudo analizar: %1</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 Hz, %Ln channel(s)</source>
        <translation>
            <numerusform>%1, %2 Hz, %Ln canal</numerusform>
            <numerusform>%1, %2 Hz, %Ln canales</numerusform>
        </translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>%1, %2×%3, %4 fps</source>
        <translation>%1, %2×%3, %4 fps</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Sonoridad</translation>
    </message>
    <message>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <source>Loudness range</source>
        <translation>Rango de sonoridad</translation>
    </message>
    <message>
        <source>%1 LU</source>
        <translation>%1 LU</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>Pico real</translation>
    </message>
    <message>
        <source>%1 dBTP</source>
        <translation>%1 dBTP</translation>
    </message>
    <message>
        <source>edited in Lectern</source>
        <translation>editado en Lectern</translation>
    </message>
    <message>
        <source>Play from %1</source>
        <translation>Reproducir desde %1</translation>
    </message>
    <message>
        <source>%1 — %2 % — from %3</source>
        <translation>%1 — %2 % — desde %3</translation>
    </message>
    <message>
        <source>No sound heard clearly</source>
        <translation>Ningún sonido se oye con claridad</translation>
    </message>
    <message>
        <source>In no collection yet: right-click a result ▸ Add to Collection</source>
        <translation>Aún en ninguna colección: clic derecho en un resultado ▸ Añadir a colección</translation>
    </message>
    <message>
        <source>%1 — %2, from %3</source>
        <translation>%1 — %2, desde %3</translation>
    </message>
    <message>
        <source>No other copy of this recording in the library</source>
        <translation>No hay otra copia de esta grabación en la mediateca</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Choose an item to see its spectrogram, tags and class.</source>
        <translation>Elija un elemento para ver su espectrograma, sus etiquetas y su categoría.</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryService</name>
    <message>
        <source>%1
The library is open read-only.</source>
        <translation>%1
La mediateca está abierta en modo de solo lectura.</translation>
    </message>
    <message>
        <source>This library is open read-only; another Lectern is using it.</source>
        <translation>Esta mediateca está abierta en modo de solo lectura; otro Lectern la está usando.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written to %1</source>
        <translation>
            <numerusform>%Ln elemento escrito en %1</numerusform>
            <numerusform>%Ln elementos escritos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) copied to %1</source>
        <translation>
            <numerusform>%Ln archivo copiado en %1</numerusform>
            <numerusform>%Ln archivos copiados en %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message>
        <source>Not copied: %1 (%2)</source>
        <translation>No copiado: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no audio.pt, text.pt and fusion.pt</source>
        <translation>%1 no contiene audio.pt, text.pt ni fusion.pt</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Ya hay una importación en curso.</translation>
    </message>
    <message>
        <source>the catalog of this library is damaged; nothing was imported</source>
        <translation>el catálogo de esta mediateca está dañado; no se importó nada</translation>
    </message>
</context>
<context>
    <name>lectern::LibrarySidebar</name>
    <message>
        <source>Library sidebar</source>
        <translation>Barra lateral de la mediateca</translation>
    </message>
    <message>
        <source>Choose what the results show; drop items on a collection to add them</source>
        <translation>Elija lo que muestran los resultados; suelte elementos sobre una colección para añadirlos</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Mediateca</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Everything in the library</source>
        <translation>Todo lo que hay en la mediateca</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>Not yet analysed, or could not be classified</source>
        <translation>Aún sin analizar, o imposible de clasificar</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Drop items here to add them</source>
        <translation>Suelte elementos aquí para añadirlos</translation>
    </message>
    <message>
        <source>Could not be analysed</source>
        <translation>No se pudieron analizar</translation>
    </message>
    <message>
        <source>Files that could not be read, with the reason; right-click to retry</source>
        <translation>Archivos que no se pudieron leer, con el motivo; clic derecho para reintentar</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>Archivos que faltan</translation>
    </message>
    <message>
        <source>Files gone from their folder (a USB stick unplugged?): kept until you remove them</source>
        <translation>Archivos que ya no están en su carpeta (¿una memoria USB desconectada?): se conservan hasta que los quite</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Nueva colección…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>&amp;Eliminar la búsqueda guardada</translation>
    </message>
    <message>
        <source>&amp;Retry All</source>
        <translation>&amp;Reintentar todo</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>Lectern — %1</source>
        <translation>Lectern — %1</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import F&amp;iles…</source>
        <translation>Importar &amp;archivos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Find &amp;Similar</source>
        <translation>Buscar &amp;similares</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Find what sounds like the selected item</source>
        <translation>Buscar lo que suena como el elemento elegido</translation>
    </message>
    <message>
        <source>Play From &amp;Match</source>
        <translation>Reproducir desde la &amp;coincidencia</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Nueva colección…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Remove From Library</source>
        <translation>&amp;Quitar de la mediateca</translation>
    </message>
    <message>
        <source>Remove From Library</source>
        <translation>Quitar de la mediateca</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln item(s) from the library? The files stay where they are.</source>
        <translation>
            <numerusform>¿Quitar %Ln elemento de la mediateca? Los archivos se quedan donde están.</numerusform>
            <numerusform>¿Quitar %Ln elementos de la mediateca? Los archivos se quedan donde están.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Duplicados…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Lectern results</source>
        <translation>Resultados de Lectern</translation>
    </message>
    <message>
        <source>As &amp;List</source>
        <translation>Como &amp;lista</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>As &amp;Thumbnails</source>
        <translation>Como &amp;miniaturas</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Copy Files to Folder…</source>
        <translation>&amp;Copiar archivos a una carpeta…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Abrir mediateca…</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>Nueva &amp;mediateca…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;All Items</source>
        <translation>&amp;Todos los elementos</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>&amp;Guardar búsqueda…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Play/&amp;Pause</source>
        <translation>Reproducir/&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Next Result</source>
        <translation>Resultado &amp;siguiente</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>P&amp;revious Result</source>
        <translation>Resultado &amp;anterior</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>&amp;Acerca de Lectern</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>Acerca de Lectern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lectern&lt;/b&gt; %1&lt;br&gt;A media librarian for teachers.&lt;br&gt;Library: %2</source>
        <translation>&lt;b&gt;Lectern&lt;/b&gt; %1&lt;br&gt;Una mediateca para docentes.&lt;br&gt;Mediateca: %2</translation>
    </message>
    <message>
        <source>That copy is not among the results shown: choose All in the sidebar.</source>
        <translation>Esa copia no está entre los resultados mostrados: elija Todo en la barra lateral.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Por qué no se importó</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Problemas de importación</translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Class not changed: %1</source>
        <translation>Categoría sin cambiar: %1</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Falló la importación: %1</translation>
    </message>
    <message>
        <source>(the import)</source>
        <translation>(la importación)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Searching for what sounds like %1…</source>
        <translation>Buscando lo que suena como %1…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mkv *.webm *.avi *.mov);;All files (*)</source>
        <translation>Audio y vídeo (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mkv *.webm *.avi *.mov);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>No se puede reproducir %1: %2</translation>
    </message>
    <message>
        <source>Cannot play %1: the file is missing</source>
        <translation>No se puede reproducir %1: falta el archivo</translation>
    </message>
    <message>
        <source>Import %1: %2 added, %3 updated, %4 unchanged, %5 failed</source>
        <translation>Importación %1: %2 añadidos, %3 actualizados, %4 sin cambios, %5 fallidos</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln missing (kept, marked missing)</source>
        <translation>
            <numerusform>, falta %Ln (se conserva, marcado como ausente)</numerusform>
            <numerusform>, faltan %Ln (se conservan, marcados como ausentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Type words, choose filters or an example first; then save the search.</source>
        <translation>Primero escriba palabras, elija filtros o un ejemplo; luego guarde la búsqueda.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Add to &amp;Collection</source>
        <translation>Añadir a &amp;colección</translation>
    </message>
    <message>
        <source>Set C&amp;lass</source>
        <translation>Establecer &amp;categoría</translation>
    </message>
    <message>
        <source>&amp;Automatic (as analysed)</source>
        <translation>&amp;Automática (según el análisis)</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>Abrir la &amp;carpeta contenedora</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copiar la &amp;ruta</translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation>&amp;Exportar la selección…</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Copy Files to Fol&amp;der…</source>
        <translation>Copiar archivos a una &amp;carpeta…</translation>
    </message>
    <message>
        <source>New Library: Choose an Empty Folder</source>
        <translation>Nueva mediateca: elija una carpeta vacía</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Abrir mediateca</translation>
    </message>
    <message>
        <source>%1 holds no Lectern library. Choose New Library to make one there.</source>
        <translation>%1 no contiene ninguna mediateca de Lectern. Elija Nueva mediateca para crear una allí.</translation>
    </message>
    <message>
        <source>Connect to a &amp;School Library…</source>
        <translation>Conectar con la mediateca del &amp;centro…</translation>
    </message>
</context>
<context>
    <name>lectern::ModifierPhrases</name>
    <message>
        <source>quieter</source>
        <translation>más bajo</translation>
    </message>
    <message>
        <source>louder</source>
        <translation>más alto</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>más corto</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>más largo</translation>
    </message>
    <message>
        <source>with music</source>
        <translation>con música</translation>
    </message>
    <message>
        <source>without music</source>
        <translation>sin música</translation>
    </message>
    <message>
        <source>with speech</source>
        <translation>con voz</translation>
    </message>
    <message>
        <source>without speech</source>
        <translation>sin voz</translation>
    </message>
    <message>
        <source>add background music</source>
        <translation>añadir música de fondo</translation>
    </message>
    <message>
        <source>remove the music</source>
        <translation>quitar la música</translation>
    </message>
    <message>
        <source>make it quieter</source>
        <translation>hacerlo más bajo</translation>
    </message>
    <message>
        <source>make it louder</source>
        <translation>hacerlo más alto</translation>
    </message>
    <message>
        <source>less traffic</source>
        <translation>menos tráfico</translation>
    </message>
    <message>
        <source>more rain</source>
        <translation>más lluvia</translation>
    </message>
    <message>
        <source>without the talking</source>
        <translation>sin la charla</translation>
    </message>
</context>
<context>
    <name>lectern::PlayerPanel</name>
    <message>
        <source>Previous result</source>
        <translation>Resultado anterior</translation>
    </message>
    <message>
        <source>Play the previous result</source>
        <translation>Reproducir el resultado anterior</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Next result</source>
        <translation>Resultado siguiente</translation>
    </message>
    <message>
        <source>Play the next result</source>
        <translation>Reproducir el resultado siguiente</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Drag to move through the recording (Left and Right keys seek 5 s)</source>
        <translation>Arrastre para moverse por la grabación (las flechas izquierda y derecha saltan 5 s)</translation>
    </message>
    <message>
        <source>Play From Match</source>
        <translation>Reproducir desde la coincidencia</translation>
    </message>
    <message>
        <source>Play the chosen result from the moment that matched</source>
        <translation>Reproducir el resultado elegido desde el momento que coincide</translation>
    </message>
    <message>
        <source>Play from match</source>
        <translation>Reproducir desde la coincidencia</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>No se puede reproducir: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ResultsModel</name>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The file is missing: %1</source>
        <translation>Falta el archivo: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Play from</source>
        <translation>Reproducir desde</translation>
    </message>
    <message>
        <source>Found because</source>
        <translation>Encontrado porque</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>lectern::ResultsView</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Columns: click to sort, right-click to show or hide</source>
        <translation>Columnas: haga clic para ordenar, clic derecho para mostrar u ocultar</translation>
    </message>
</context>
<context>
    <name>lectern::SchoolLibraryDialog</name>
    <message>
        <source>Connect to a School Library</source>
        <translation>Conectar con la mediateca del centro</translation>
    </message>
    <message>
        <source>for example media.school.lan</source>
        <translation>por ejemplo media.colegio.lan</translation>
    </message>
    <message>
        <source>A school library keeps its catalog on the school&apos;s PostgreSQL server, so that every teacher searches the same archive. Your school&apos;s administrator gives you these details.</source>
        <translation>La mediateca de un centro guarda su catálogo en el servidor PostgreSQL del centro, para que todo el profesorado busque en el mismo archivo. La administración de su centro le da estos datos.</translation>
    </message>
    <message>
        <source>Leave the password empty where it is kept in ~/.pgpass. Lectern does not save it.</source>
        <translation>Deje la contraseña vacía si está guardada en ~/.pgpass. Lectern no la guarda.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Give the name or address of the school&apos;s server.</source>
        <translation>Indique el nombre o la dirección del servidor del centro.</translation>
    </message>
</context>
<context>
    <name>lectern::SchoolStatusLabel</name>
    <message>
        <source>The analysis of the school library by all its computers (lectern-cli work)</source>
        <translation>El análisis de la mediateca del centro por todos sus ordenadores (lectern-cli work)</translation>
    </message>
    <message>
        <source>School library: %1 analysed</source>
        <translation>Mediateca del centro: %1 analizados</translation>
    </message>
    <message>
        <source>School library: %1 analysed, %2 waiting</source>
        <translation>Mediateca del centro: %1 analizados, %2 en espera</translation>
    </message>
    <message numerus="yes">
        <source>%Ln computer(s) analysing</source>
        <translation>
            <numerusform>%Ln ordenador analizando</numerusform>
            <numerusform>%Ln ordenadores analizando</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::SearchBar</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Search words, &quot;phrases&quot;, class:music, duration:&lt;5m — or drop a clip here to find what sounds like it</source>
        <translation>Busque palabras, «frases», class:music, duration:&lt;5m — o suelte aquí un fragmento para encontrar lo que suena parecido</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Words search titles, tags, file names and what recordings sound like (Ctrl+F)</source>
        <translation>Las palabras buscan en títulos, etiquetas, nombres de archivo y en cómo suenan las grabaciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>The previous search (Alt+Left)</source>
        <translation>La búsqueda anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>The next search (Alt+Right)</source>
        <translation>La búsqueda siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Keep this search in the sidebar</source>
        <translation>Guardar esta búsqueda en la barra lateral</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>The example&apos;s spectrogram</source>
        <translation>Espectrograma del ejemplo</translation>
    </message>
    <message>
        <source>What the search understood</source>
        <translation>Lo que entendió la búsqueda</translation>
    </message>
    <message>
        <source>Searching like &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Buscando como &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>, but &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>, pero &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
</context>
<context>
    <name>lectern::SettingsDialog</name>
    <message>
        <source>Play a result as soon as it is selected</source>
        <translation>Reproducir un resultado en cuanto se seleccione</translation>
    </message>
    <message>
        <source>Lectern Settings</source>
        <translation>Preferencias de Lectern</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>Mediatecas recientes</translation>
    </message>
    <message>
        <source>Libraries opened before</source>
        <translation>Mediatecas abiertas anteriormente</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the library chosen on the left</source>
        <translation>Abrir la mediateca elegida a la izquierda</translation>
    </message>
    <message>
        <source>Open &amp;Other…</source>
        <translation>Abrir &amp;otra…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>Create an empty library in a folder</source>
        <translation>Crear una mediateca vacía en una carpeta</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>Uno por núcleo (%1)</translation>
    </message>
    <message>
        <source>Analysis workers</source>
        <translation>Procesos de análisis</translation>
    </message>
    <message>
        <source>How many files are analysed at once during an import</source>
        <translation>Cuántos archivos se analizan a la vez durante una importación</translation>
    </message>
    <message>
        <source>The models that come with Lectern</source>
        <translation>Los modelos incluidos con Lectern</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <source>A folder of TorchScript models with the same interface; used from the next start</source>
        <translation>Una carpeta de modelos TorchScript con la misma interfaz; se usa desde el próximo inicio</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Models Folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Se aplica en el próximo inicio</translation>
    </message>
    <message>
        <source>Viridis (colour)</source>
        <translation>Viridis (color)</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Grey, inverted (for printing)</source>
        <translation>Gris invertido (para imprimir)</translation>
    </message>
    <message>
        <source>Spectrogram colours</source>
        <translation>Colores del espectrograma</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <source>Ticked folders are watched: new, changed and removed files are picked up</source>
        <translation>Las carpetas marcadas se vigilan: se detectan los archivos nuevos, modificados y eliminados</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Mediateca:</translation>
    </message>
    <message>
        <source>Analysis &amp;workers:</source>
        <translation>Procesos de &amp;análisis:</translation>
    </message>
    <message>
        <source>&amp;Models folder:</source>
        <translation>Carpeta de &amp;modelos:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Spectrogram &amp;colours:</source>
        <translation>&amp;Colores del espectrograma:</translation>
    </message>
    <message>
        <source>Watched &amp;folders:</source>
        <translation>Carpetas &amp;vigiladas:</translation>
    </message>
    <message>
        <source>These models cannot be used: %1</source>
        <translation>Estos modelos no se pueden usar: %1</translation>
    </message>
    <message>
        <source>Media roots</source>
        <translation>Raíces de medios</translation>
    </message>
    <message>
        <source>Where this computer mounts the school library&apos;s shared folders, a NAME=PATH line each; used from the next start</source>
        <translation>Dónde monta este ordenador las carpetas compartidas de la mediateca del centro, una línea NOMBRE=RUTA cada una; se usa desde el próximo inicio</translation>
    </message>
    <message>
        <source>Media &amp;roots:</source>
        <translation>&amp;Raíces de medios:</translation>
    </message>
</context>
<context>
    <name>lectern::SpectrogramView</name>
    <message>
        <source>Spectrogram</source>
        <translation>Espectrograma</translation>
    </message>
    <message>
        <source>Click to play from a moment; drag to select a range; wheel or +/− to zoom, 0 to fit</source>
        <translation>Haga clic para reproducir desde un momento; arrastre para seleccionar un tramo; rueda o +/− para ampliar, 0 para ajustar</translation>
    </message>
    <message>
        <source>No spectrogram yet</source>
        <translation>Aún no hay espectrograma</translation>
    </message>
    <message>
        <source>the Selection</source>
        <translation>la selección</translation>
    </message>
    <message>
        <source>the Part in View</source>
        <translation>la parte visible</translation>
    </message>
    <message>
        <source>Find &amp;Similar to %1</source>
        <translation>&amp;Buscar algo similar a %1</translation>
    </message>
    <message>
        <source>&amp;Where Else Is This?</source>
        <translation>¿&amp;Dónde más aparece?</translation>
    </message>
    <message>
        <source>&amp;Play %1</source>
        <translation>&amp;Reproducir %1</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Ampliar a la &amp;selección</translation>
    </message>
</context>
<context>
    <name>lectern::TagEditor</name>
    <message>
        <source>&amp;Save Tags</source>
        <translation>&amp;Guardar etiquetas</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. fr, German</source>
        <translation>p. ej., fr, alemán</translation>
    </message>
    <message>
        <source>Kept in Lectern&apos;s catalog; the media file is not changed</source>
        <translation>Se guarda en el catálogo de Lectern; el archivo multimedia no cambia</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Artist</source>
        <translation>&amp;Artista</translation>
    </message>
    <message>
        <source>Al&amp;bum</source>
        <translation>Ál&amp;bum</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comentario</translation>
    </message>
    <message>
        <source>&amp;Genre</source>
        <translation>&amp;Género</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>A&amp;ño</translation>
    </message>
    <message>
        <source>Save the tags in the catalog (the media file is never written)</source>
        <translation>Guardar las etiquetas en el catálogo (el archivo multimedia nunca se modifica)</translation>
    </message>
</context>
<context>
    <name>lectern::TerminalProgress</name>
    <message>
        <source>Scanning...</source>
        <translation>Explorando…</translation>
    </message>
    <message>
        <source>%1/%2 files, %3 left</source>
        <translation>%1/%2 archivos, quedan %3</translation>
    </message>
</context>
<context>
    <name>lectern::ThumbnailGrid</name>
    <message>
        <source>Results as thumbnails</source>
        <translation>Resultados como miniaturas</translation>
    </message>
    <message>
        <source>Enter or double-click plays; the keyframe shown is from the middle of the video</source>
        <translation>Intro o doble clic para reproducir; el fotograma clave mostrado es del centro del vídeo</translation>
    </message>
</context>
<context>
    <name>lectern::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Lectern&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Le damos la bienvenida a Lectern&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Lectern sorts your course audio and video into music, language learning, lectures, film and TV drama, and audio books, and finds them again by words or by how they sound. Start by importing the folders where your recordings are. Nothing is ever moved or changed.</source>
        <translation>Lectern ordena el audio y el vídeo de sus clases en música, aprendizaje de idiomas, conferencias, cine y series, y audiolibros, y los vuelve a encontrar por palabras o por cómo suenan. Empiece importando las carpetas donde están sus grabaciones. Nunca se mueve ni se cambia nada.</translation>
    </message>
    <message>
        <source>Import Music</source>
        <translation>Importar música</translation>
    </message>
    <message>
        <source>Import Videos</source>
        <translation>Importar vídeos</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Import every audio and video file in %1</source>
        <translation>Importar todos los archivos de audio y vídeo de %1</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>Importar una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Choose a folder of recordings to import (Ctrl+I)</source>
        <translation>Elegir una carpeta de grabaciones para importar (Ctrl+I)</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;open&quot;&gt;Open another library…&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Create a new library…&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;open&quot;&gt;Abrir otra mediateca…&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Crear una mediateca nueva…&lt;/a&gt;</translation>
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
        <translation>¿Restaurar ahora la copia hecha tras la última importación? Lo que haya cambiado desde entonces se encontrará en la próxima importación.</translation>
    </message>
    <message>
        <source>A media librarian for teachers.</source>
        <translation>Una mediateca para docentes.</translation>
    </message>
    <message>
        <source>Folders or files to import.</source>
        <translation>Carpetas o archivos para importar.</translation>
    </message>
    <message>
        <source>The library folder, or a school library&apos;s address (postgresql://SERVER/DATABASE).</source>
        <translation>La carpeta de la mediateca, o la dirección de la de un centro (postgresql://SERVIDOR/BASE).</translation>
    </message>
</context>
</TS>
