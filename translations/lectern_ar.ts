<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>RTL for a language written right to left, else LTR</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>lectern</name>
    <message>
        <source>Music</source>
        <translation>موسيقى</translation>
    </message>
    <message>
        <source>Language learning</source>
        <translation>تعلّم اللغات</translation>
    </message>
    <message>
        <source>Lecture and speech</source>
        <translation>محاضرة وخطاب</translation>
    </message>
    <message>
        <source>Film and TV drama</source>
        <translation>دراما سينمائية وتلفزيونية</translation>
    </message>
    <message>
        <source>Audio book and radio drama</source>
        <translation>كتاب مسموع ودراما إذاعية</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>غير مصنّف</translation>
    </message>
    <message>
        <source>%1 (set by you)</source>
        <translation>%1 (من اختيارك)</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>Same recording</source>
        <translation>التسجيل نفسه</translation>
    </message>
    <message>
        <source>Sounds similar</source>
        <translation>صوت مشابه</translation>
    </message>
    <message>
        <source>Matching words</source>
        <translation>كلمات مطابقة</translation>
    </message>
    <message>
        <source>Sounds as described</source>
        <translation>يبدو كما وُصف</translation>
    </message>
    <message>
        <source>the modifier model interpreted “%1” to rank the rest</source>
        <translation>فسّر نموذج التعديل «%1» لترتيب البقية</translation>
    </message>
    <message>
        <source>the rest are ranked by how alike they sound</source>
        <translation>رُتّبت البقية حسب تشابه أصواتها</translation>
    </message>
    <message>
        <source>Measured: %1 (from each recording&apos;s loudness, length and class)</source>
        <translation>مقيس: %1 (من جهارة كل تسجيل وطوله وفئته)</translation>
    </message>
    <message>
        <source>Nothing in the modifier can be measured; %1.</source>
        <translation>لا شيء في التعديل قابل للقياس؛ %1.</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>الفئة: %1</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>المجلد: %1</translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>المجموعة: %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>الملفات المفقودة</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Duration %1</source>
        <translation>المدة %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>السنة: %1</translation>
    </message>
    <message>
        <source>classify needs one or more audio or video files</source>
        <translation>يحتاج classify إلى ملف صوت أو فيديو واحد أو أكثر</translation>
    </message>
    <message>
        <source>set-class needs an item id or path and a class</source>
        <translation>يحتاج set-class إلى معرّف عنصر أو مساره وإلى فئة</translation>
    </message>
    <message>
        <source>unknown class &apos;%1&apos; (music, language, lecture, drama, audiobook or auto)</source>
        <translation>فئة غير معروفة «%1» (music أو language أو lecture أو drama أو audiobook أو auto)</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>الخيار %1 يحتاج إلى قيمة</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>خيار غير معروف %1</translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation>لا يوجد العنصر %1 في المكتبة</translation>
    </message>
    <message>
        <source>--start and --end take seconds, like 12.5</source>
        <translation>يأخذ --start و--end ثواني، مثل 12.5</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>يحتاج import إلى ملف أو مجلد واحد على الأقل</translation>
    </message>
    <message>
        <source>--jobs needs a positive number</source>
        <translation>يحتاج --jobs إلى عدد موجب</translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3, failed %4</source>
        <translation>أُضيف %1، حُدّث %2، دون تغيير %3، فشل %4</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (أُلغي)</translation>
    </message>
    <message>
        <source>missing: %1 (gone from their folders; kept, and analysed or found again when they return)</source>
        <translation>مفقودة: %1 (اختفت من مجلداتها؛ تبقى محفوظة، وتُحلَّل أو يُعثر عليها مجددًا عند عودتها)</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>فشل: %1: %2</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>تُخطّي %1: %2</translation>
    </message>
    <message>
        <source>--status is one of pending, analyzed, failed</source>
        <translation>--status إحدى القيم pending أو analyzed أو failed</translation>
    </message>
    <message>
        <source>--kind is audio or video</source>
        <translation>--kind إما audio أو video</translation>
    </message>
    <message>
        <source>--class is one of music, language, lecture, drama, audiobook, unknown</source>
        <translation>--class إحدى القيم music أو language أو lecture أو drama أو audiobook أو unknown</translation>
    </message>
    <message>
        <source>show needs one item id or path</source>
        <translation>يحتاج show إلى معرّف عنصر أو مساره</translation>
    </message>
    <message>
        <source>remove needs one item id or path</source>
        <translation>يحتاج remove إلى معرّف عنصر أو مساره</translation>
    </message>
    <message>
        <source>removed %1 from the library (the file itself is untouched)</source>
        <translation>أُزيل %1 من المكتبة (لم يُمسّ الملف نفسه)</translation>
    </message>
    <message>
        <source>restore-backup takes no operands</source>
        <translation>لا يأخذ restore-backup أي معاملات</translation>
    </message>
    <message>
        <source>restored the catalog from %1; the damaged one is kept as catalog.sqlite.damaged</source>
        <translation>استُعيد الفهرس من %1؛ حُفظ التالف باسم catalog.sqlite.damaged</translation>
    </message>
    <message>
        <source>match needs one audio or video file</source>
        <translation>يحتاج match إلى ملف صوت أو فيديو واحد</translation>
    </message>
    <message>
        <source>%1 is neither a file nor an item of the library</source>
        <translation>%1 ليس ملفًا ولا عنصرًا في المكتبة</translation>
    </message>
    <message>
        <source>no file or library item %1</source>
        <translation>لا يوجد ملف أو عنصر مكتبة %1</translation>
    </message>
    <message>
        <source>keyframes needs one video file or item id</source>
        <translation>يحتاج keyframes إلى ملف فيديو أو معرّف عنصر</translation>
    </message>
    <message>
        <source>keyframes needs -o DIR for the thumbnails</source>
        <translation>يحتاج keyframes إلى -o مجلد للصور المصغرة</translation>
    </message>
    <message>
        <source>spectrogram needs one file or item id</source>
        <translation>يحتاج spectrogram إلى ملف أو معرّف عنصر</translation>
    </message>
    <message>
        <source>spectrogram needs -o OUT.png</source>
        <translation>يحتاج spectrogram إلى -o OUT.png</translation>
    </message>
    <message>
        <source>--start, --end, --width and --height take numbers</source>
        <translation>تأخذ --start و--end و--width و--height أعدادًا</translation>
    </message>
    <message>
        <source>the picture must be between 16x24 and 20000x4000 pixels</source>
        <translation>يجب أن تكون الصورة بين 16x24 و20000x4000 بكسل</translation>
    </message>
    <message>
        <source>--end must come after --start</source>
        <translation>يجب أن يأتي --end بعد --start</translation>
    </message>
    <message>
        <source>items: %1</source>
        <translation>العناصر: %1</translation>
    </message>
    <message>
        <source>total duration: %1</source>
        <translation>المدة الإجمالية: %1</translation>
    </message>
    <message>
        <source>by status</source>
        <translation>حسب الحالة</translation>
    </message>
    <message>
        <source>by kind</source>
        <translation>حسب النوع</translation>
    </message>
    <message>
        <source>by class</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <source>embed needs one audio or video file</source>
        <translation>يحتاج embed إلى ملف صوت أو فيديو واحد</translation>
    </message>
    <message>
        <source>no audio in that range</source>
        <translation>لا صوت في هذا النطاق</translation>
    </message>
    <message>
        <source>%1 segments, %2-d embedding, code %3</source>
        <translation>%1 مقاطع، تضمين بـ%2 بُعدًا، الرمز %3</translation>
    </message>
    <message>
        <source>embed-text needs one text (quote it)</source>
        <translation>يحتاج embed-text إلى نص واحد (ضعه بين علامتي اقتباس)</translation>
    </message>
    <message>
        <source>the text-query model (text-query.pt) is not installed</source>
        <translation>نموذج الاستعلام النصي (text-query.pt) غير مثبّت</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no word the text-query model knows</source>
        <translation>لا يحوي «%1» أي كلمة يعرفها نموذج الاستعلام النصي</translation>
    </message>
    <message>
        <source>%1-d embedding of &quot;%2&quot;</source>
        <translation>تضمين بـ%1 بُعدًا لـ«%2»</translation>
    </message>
    <message>
        <source>give --example or --item, not both</source>
        <translation>استخدم --example أو --item، لا كليهما</translation>
    </message>
    <message>
        <source>--start and --end need --example or --item</source>
        <translation>يحتاج --start و--end إلى --example أو --item</translation>
    </message>
    <message>
        <source>--words-only searches text, not an example</source>
        <translation>يبحث --words-only في النص لا في مثال</translation>
    </message>
    <message>
        <source>--modifier changes an example: give --example or --item too</source>
        <translation>يغيّر --modifier مثالًا: استخدم معه --example أو --item</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not %1</source>
        <translation>يحتاج --limit إلى عدد موجب، لا %1</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>لم يُعثر على شيء</translation>
    </message>
    <message>
        <source>duplicates takes no operands</source>
        <translation>لا يأخذ duplicates أي معاملات</translation>
    </message>
    <message>
        <source>no duplicates</source>
        <translation>لا توجد نسخ مكررة</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>أمر غير معروف «%1»</translation>
    </message>
    <message>
        <source>sounds like: %1, from %2 (%3)</source>
        <translation>يشبه صوت: %1، من %2 (%3)</translation>
    </message>
    <message>
        <source>sounds a little like: %1, from %2 (%3)</source>
        <translation>يشبه قليلًا صوت: %1، من %2 (%3)</translation>
    </message>
    <message>
        <source>named like: %1</source>
        <translation>اسمه يشبه: %1</translation>
    </message>
    <message>
        <source>both sound like: %1</source>
        <translation>كلاهما يشبه صوت: %1</translation>
    </message>
    <message>
        <source>sounds like the example from %1 s (similarity %2)</source>
        <translation>يشبه المثال من %1 ث (التشابه %2)</translation>
    </message>
    <message>
        <source>same recording from %1 s (%2 % of the bits agree)</source>
        <translation>التسجيل نفسه من %1 ث (تتطابق %2 % من البتات)</translation>
    </message>
    <message>
        <source>modifier model %1</source>
        <translation>نموذج التعديل %1</translation>
    </message>
    <message>
        <source>its annotation has the words</source>
        <translation>يحوي وصفه الكلمات</translation>
    </message>
    <message>
        <source>%1: %2 LU against the example</source>
        <translation>%1: %2 LU مقارنة بالمثال</translation>
    </message>
    <message>
        <source>%1: %2 s long</source>
        <translation>%1: طوله %2 ث</translation>
    </message>
    <message>
        <source>%1: music %2 %</source>
        <translation>%1: موسيقى %2 %</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>artist</source>
        <translation>الفنان</translation>
    </message>
    <message>
        <source>album</source>
        <translation>الألبوم</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>genre</source>
        <translation>النوع الفني</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sounds like: &quot;%1&quot; at %2 (similarity %3)</source>
        <translation>يشبه صوت «%1» عند %2 (التشابه %3)</translation>
    </message>
    <message>
        <source>read as sounds: %1</source>
        <translation>فُهم كأصوات: %1</translation>
    </message>
    <message>
        <source>searched by words only: the sound search knows none of these words</source>
        <translation>بُحث بالكلمات فقط: لا يعرف البحث بالصوت أيًّا من هذه الكلمات</translation>
    </message>
    <message>
        <source>searched by words only: most of these words are not about sounds</source>
        <translation>بُحث بالكلمات فقط: معظم هذه الكلمات لا تصف أصواتًا</translation>
    </message>
    <message>
        <source>searched by words only: %1</source>
        <translation>بُحث بالكلمات فقط: %1</translation>
    </message>
    <message>
        <source>similar items found by their 64-bit codes: %1</source>
        <translation>عُثر على عناصر مشابهة برموزها ذات 64 بت: %1</translation>
    </message>
    <message>
        <source>no similar items: %1</source>
        <translation>لا عناصر مشابهة: %1</translation>
    </message>
    <message>
        <source>empty query: type words, or filters such as class:music</source>
        <translation>بحث فارغ: اكتب كلمات أو عوامل تصفية مثل class:music</translation>
    </message>
    <message>
        <source>the example is silent: there is nothing to compare</source>
        <translation>المثال صامت: لا شيء للمقارنة</translation>
    </message>
    <message>
        <source>more than %1 items match; the best of the first of them are shown — add a word to narrow</source>
        <translation>يطابق أكثر من %1 عنصر؛ تُعرض أفضل العناصر الأولى — أضف كلمة لتضييق البحث</translation>
    </message>
    <message>
        <source>%1 not understood (try duration:&lt;5m or duration:&gt;30s); ignored</source>
        <translation>لم يُفهم %1 (جرّب duration:&lt;5m أو duration:&gt;30s)؛ تم تجاهله</translation>
    </message>
    <message>
        <source>%1 not understood (try year:2019 or year:2010-2015); ignored</source>
        <translation>لم يُفهم %1 (جرّب year:2019 أو year:2010-2015)؛ تم تجاهله</translation>
    </message>
    <message>
        <source>%1 is not a class (music, language, lecture, drama, audiobook); ignored</source>
        <translation>%1 ليست فئة (music أو language أو lecture أو drama أو audiobook)؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>%1 is neither audio nor video; ignored</source>
        <translation>%1 ليس audio ولا video؛ تم تجاهله</translation>
    </message>
    <message>
        <source>%1 names no language; ignored</source>
        <translation>%1 لا يسمّي أي لغة؛ تم تجاهله</translation>
    </message>
    <message>
        <source>%1 is not pending, analysed, failed or missing; ignored</source>
        <translation>%1 ليست pending أو analysed أو failed أو missing؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>registered for the workers: %1</source>
        <translation>سُجّلت لحواسيب التحليل: %1</translation>
    </message>
    <message>
        <source>--lease needs a positive number of seconds</source>
        <translation>يحتاج --lease إلى عدد موجب من الثواني</translation>
    </message>
    <message>
        <source>analysed %1, failed %2, missing %3, left to other workers %4</source>
        <translation>حُلّل %1، فشل %2، مفقود %3، تُرك لحواسيب أخرى %4</translation>
    </message>
    <message>
        <source>media-root takes a NAME and a PATH, or a NAME alone to forget it</source>
        <translation>يحتاج media-root إلى اسم ومسار، أو إلى اسم وحده لنسيانه</translation>
    </message>
    <message>
        <source>media roots belong to a school library: give its postgresql:// address with --library</source>
        <translation>جذور الوسائط تخصّ مكتبة مدرسة: أعطِ عنوانها postgresql://‎ مع --library</translation>
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
        <translation>الاستخدام: lectern-cli [--library مجلد] أمر [خيارات]

الأوامر:
  import مسار...      استيراد الملفات والمجلدات (بشكل متداخل)؛ يطبع --json
                      {&quot;added&quot;,&quot;updated&quot;,&quot;unchanged&quot;,&quot;failed&quot;}؛ --jobs N عمليات؛
                      يترك --register-only التحليل للأمر `work`
  list                سرد العناصر؛ --json، --status pending|analyzed|failed،
                      --kind audio|video، --class فئة
  show معرّف|مسار     عنصر واحد؛ --json
  remove معرّف|مسار   نسيان عنصر (لا يُمسّ الملف)
  stats               الأعداد حسب الحالة والنوع والفئة، والمدة الإجمالية؛ --json
  restore-backup      وضع نسخة الفهرس من آخر استيراد مكان فهرس تالف
                      (يُحفظ التالف باسم catalog.sqlite.damaged)
  keyframes ملف|معرّف -o مجلد   الإطارات الرئيسية لفيديو (SKM) بصيغة JPEG في المجلد؛ --json
  spectrogram ملف|معرّف -o OUT.png   [--start ث] [--end ث] [--width ع] [--height ط]
  match ملف           من أي عناصر المكتبة جاء هذا المقطع، وأين؛
                      --start ث --end ث (بالثواني) لاستخدام جزء من الملف؛ --json
  classify ملف...     فئة كل ملف (دون حاجة إلى مكتبة)؛
                      يضيف --json الاحتمالات ورأي كل قناة
  set-class معرّف|مسار فئة   الفئة التي يختارها المعلم (music، language، lecture،
                      drama، audiobook)، لا تُستبدل أبدًا؛ auto = فئة النموذج
  embed ملف           متجهات البحث لمقطع: لكل مقطع من 10 ث التضمين ذو 256 بُعدًا
                      والرمز ذو 64 بت (ست عشري)، ومتوسطها؛
                      --start ث --end ث؛ --json؛ ومع &quot;search_embedding&quot;
                      الشيء نفسه في الفضاء المشترك للنص والصوت الذي يحفظه الفهرس
  embed-text &quot;نص&quot;     وصف في ذلك الفضاء المشترك؛ --json
  search [كلمات]      البحث عن عناصر: --text استعلام (كلمات، &quot;عبارات&quot;، class: kind:
                      duration:&lt;5m folder: year: lang:)، أو --example ملف |
                      --item معرّف|مسار [--start ث --end ث] [--modifier &quot;quieter&quot;]؛
                      --limit N؛ يعطي --json الحقول id وpath وscore وstart_s وreason؛
                      يجيب --words-only من الفهرس وحده دون تشغيل نموذج
                      (فورًا، لكن ليس حسب المعنى)
  duplicates          مجموعات العناصر التي هي التسجيل نفسه (ملفات متطابقة،
                      إعادات ترميز، نسخ أعلى أو أهدأ صوتًا، مقتطفات)؛
                      يعطي --json الحقل relation والعناصر items مع offset_s
  work                تحليل العناصر المعلّقة مع حواسيب المدرسة الأخرى، كل عنصر
                      على حاسوب واحد منها؛ --jobs N في آن واحد،
                      --lease S ثوانٍ تبقى فيها المطالبة دون تجديد (300)،
                      --follow ينتظر المزيد بدل أن ينتهي؛ --json
  media-root [اسم [مسار]]   أين يركّب هذا الحاسوب جذر الوسائط «اسم» لمكتبة
                      مدرسة (تُحفظ الملفات تحت المسار بصيغة ‎@اسم/…)؛ الاسم وحده ينسى الجذر؛
                      ودون شيء تُسرد الجذور

الخيارات:
  --library مجلد|URL  مجلد المكتبة (الافتراضي: %1) أو مكتبة مدرسة على
                      خادم PostgreSQL: ‎postgresql://SERVER/DATABASE
  --help, --version

رموز الخروج: 0 نجاح، 1 فشل بعض الملفات، 2 خطأ في الاستخدام أو في المكتبة.
</translation>
    </message>
</context>
<context>
    <name>lectern::ClassPanel</name>
    <message>
        <source>Probability of %1</source>
        <translation>احتمال %1</translation>
    </message>
    <message>
        <source>As analysed</source>
        <translation>كما حُلّل</translation>
    </message>
    <message>
        <source>Class chosen by you</source>
        <translation>الفئة التي اخترتها</translation>
    </message>
    <message>
        <source>Your class is kept whatever the model says later</source>
        <translation>تبقى فئتك محفوظة مهما قال النموذج لاحقًا</translation>
    </message>
    <message>
        <source>&amp;Set class:</source>
        <translation>&amp;حدّد الفئة:</translation>
    </message>
    <message>
        <source>You chose &lt;b&gt;%1&lt;/b&gt;; the bars are what the model heard.</source>
        <translation>اخترت &lt;b&gt;%1&lt;/b&gt;؛ تُظهر الأشرطة ما سمعه النموذج.</translation>
    </message>
    <message>
        <source>Sorted by the model as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>صنّفه النموذج على أنه &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Not classified yet.</source>
        <translation>لم يُصنَّف بعد.</translation>
    </message>
</context>
<context>
    <name>lectern::CollectionActions</name>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>إعادة تسمية المجموعة</translation>
    </message>
    <message>
        <source>Delete Collection</source>
        <translation>حذف المجموعة</translation>
    </message>
    <message>
        <source>Delete the collection &quot;%1&quot;? Its items stay in the library.</source>
        <translation>هل تريد حذف المجموعة «%1»؟ تبقى عناصرها في المكتبة.</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>مجموعة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Remove From &quot;%1&quot;</source>
        <translation>إزالة من «%1»</translation>
    </message>
</context>
<context>
    <name>lectern::DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>النسخ المكررة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>يبدأ عند</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Groups of the same recording</source>
        <translation>مجموعات التسجيل نفسه</translation>
    </message>
    <message>
        <source>&amp;Remove From Library</source>
        <translation>&amp;إزالة من المكتبة</translation>
    </message>
    <message>
        <source>Take the ticked copies out of the library; their files stay where they are</source>
        <translation>إزالة النسخ المحددة من المكتبة؛ تبقى ملفاتها في مكانها</translation>
    </message>
    <message>
        <source>Looking for copies of the same recording…</source>
        <translation>جارٍ البحث عن نسخ من التسجيل نفسه…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s)</source>
        <translation>
            <numerusform>%1: لا عناصر</numerusform>
            <numerusform>%1: عنصر واحد</numerusform>
            <numerusform>%1: عنصران</numerusform>
            <numerusform>%1: %Ln عناصر</numerusform>
            <numerusform>%1: %Ln عنصرًا</numerusform>
            <numerusform>%1: %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>No two items in the library are the same recording.</source>
        <translation>لا يوجد في المكتبة عنصران من التسجيل نفسه.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of the same recording. The ticked copies can be removed from the library; the longest of each group is kept unticked. Files on disk are never deleted.</source>
        <translation>
            <numerusform>لا توجد مجموعات للتسجيل نفسه.</numerusform>
            <numerusform>مجموعة واحدة للتسجيل نفسه. يمكن إزالة النسخ المحددة من المكتبة؛ وتبقى أطول نسخة في كل مجموعة غير محددة. لا تُحذف الملفات من القرص أبدًا.</numerusform>
            <numerusform>مجموعتان للتسجيل نفسه. يمكن إزالة النسخ المحددة من المكتبة؛ وتبقى أطول نسخة في كل مجموعة غير محددة. لا تُحذف الملفات من القرص أبدًا.</numerusform>
            <numerusform>%Ln مجموعات للتسجيل نفسه. يمكن إزالة النسخ المحددة من المكتبة؛ وتبقى أطول نسخة في كل مجموعة غير محددة. لا تُحذف الملفات من القرص أبدًا.</numerusform>
            <numerusform>%Ln مجموعة للتسجيل نفسه. يمكن إزالة النسخ المحددة من المكتبة؛ وتبقى أطول نسخة في كل مجموعة غير محددة. لا تُحذف الملفات من القرص أبدًا.</numerusform>
            <numerusform>%Ln مجموعة للتسجيل نفسه. يمكن إزالة النسخ المحددة من المكتبة؛ وتبقى أطول نسخة في كل مجموعة غير محددة. لا تُحذف الملفات من القرص أبدًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %Ln From Library</source>
        <translation>
            <numerusform>&amp;لا شيء للإزالة</numerusform>
            <numerusform>&amp;إزالة عنصر من المكتبة</numerusform>
            <numerusform>&amp;إزالة عنصرين من المكتبة</numerusform>
            <numerusform>&amp;إزالة %Ln عناصر من المكتبة</numerusform>
            <numerusform>&amp;إزالة %Ln عنصرًا من المكتبة</numerusform>
            <numerusform>&amp;إزالة %Ln عنصر من المكتبة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ExportActions</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Playlist (*.m3u8);;Table for a spreadsheet (*.csv)</source>
        <translation>قائمة تشغيل (*.m3u8);;جدول لبرنامج جداول بيانات (*.csv)</translation>
    </message>
    <message>
        <source>Copy Files To</source>
        <translation>نسخ الملفات إلى</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>لا شيء للتصدير.</translation>
    </message>
    <message>
        <source>Nothing to copy.</source>
        <translation>لا شيء للنسخ.</translation>
    </message>
    <message>
        <source>Copying files…</source>
        <translation>جارٍ نسخ الملفات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Copy Files</source>
        <translation>نسخ الملفات</translation>
    </message>
</context>
<context>
    <name>lectern::FilterBanner</name>
    <message>
        <source>…but (e.g. quieter, without music)</source>
        <translation>…لكن (مثلًا: أهدأ، بلا موسيقى)</translation>
    </message>
    <message>
        <source>Change the example in words: &quot;quieter&quot;, &quot;without music&quot;, &quot;more speech&quot;…</source>
        <translation>غيّر المثال بالكلمات: «أهدأ»، «بلا موسيقى»، «كلام أكثر»…</translation>
    </message>
    <message>
        <source>Modifier of the example</source>
        <translation>تعديل المثال</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>Remove every filter, the example and the words</source>
        <translation>إزالة كل عوامل التصفية والمثال والكلمات</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>مسح كل عوامل التصفية</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>إزالة عامل التصفية هذا</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>إزالة عامل التصفية %1</translation>
    </message>
    <message>
        <source>Like: %1</source>
        <translation>مثل: %1</translation>
    </message>
    <message>
        <source>Remove the example %1</source>
        <translation>إزالة المثال %1</translation>
    </message>
</context>
<context>
    <name>lectern::ImportStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Looking for media…</source>
        <translation>جارٍ البحث عن الوسائط…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 من %2 ملفات</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>، يتبقى %1</translation>
    </message>
    <message>
        <source>Importing %1%2</source>
        <translation>جارٍ الاستيراد: %1%2</translation>
    </message>
</context>
<context>
    <name>lectern::ItemDetailPanel</name>
    <message>
        <source>Find Similar</source>
        <translation>ابحث عن المشابه</translation>
    </message>
    <message>
        <source>Find what sounds like the selection</source>
        <translation>ابحث عمّا يشبه صوته التحديد</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Show the whole recording</source>
        <translation>إظهار التسجيل كاملًا</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>الإطارات الرئيسية</translation>
    </message>
    <message>
        <source>Click a keyframe to play from there</source>
        <translation>انقر إطارًا رئيسيًا للتشغيل من هناك</translation>
    </message>
    <message>
        <source>Duplicates of this item</source>
        <translation>النسخ المكررة لهذا العنصر</translation>
    </message>
    <message>
        <source>Other copies of the same recording; double-click to show one</source>
        <translation>نسخ أخرى من التسجيل نفسه؛ انقر نقرًا مزدوجًا لعرض إحداها</translation>
    </message>
    <message>
        <source>Collections holding this item</source>
        <translation>المجموعات التي تضم هذا العنصر</translation>
    </message>
    <message>
        <source>Sounds heard in this item</source>
        <translation>الأصوات المسموعة في هذا العنصر</translation>
    </message>
    <message>
        <source>What Lectern hears in the recording; click one to play from where it sounds most</source>
        <translation>ما يسمعه Lectern في التسجيل؛ انقر صوتًا لتشغيله من حيث يكون أوضح</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>النسخ المكررة</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>فتح المجلد الحاوي</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>إظهار الملف في مدير الملفات</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>الملف مفقود</translation>
    </message>
    <message>
        <source>could not be analysed: %1</source>
        <translation>تعذّر تحليله: %1</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>الحاوية</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>صوت</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 Hz, %Ln channel(s)</source>
        <translation>
            <numerusform>%1، %2 هرتز، بلا قنوات</numerusform>
            <numerusform>%1، %2 هرتز، قناة واحدة</numerusform>
            <numerusform>%1، %2 هرتز، قناتان</numerusform>
            <numerusform>%1، %2 هرتز، %Ln قنوات</numerusform>
            <numerusform>%1، %2 هرتز، %Ln قناة</numerusform>
            <numerusform>%1، %2 هرتز، %Ln قناة</numerusform>
        </translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>%1, %2×%3, %4 fps</source>
        <translation>%1، %2×%3، %4 إطار/ث</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>الجهارة</translation>
    </message>
    <message>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <source>Loudness range</source>
        <translation>مدى الجهارة</translation>
    </message>
    <message>
        <source>%1 LU</source>
        <translation>%1 LU</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>الذروة الحقيقية</translation>
    </message>
    <message>
        <source>%1 dBTP</source>
        <translation>%1 dBTP</translation>
    </message>
    <message>
        <source>edited in Lectern</source>
        <translation>عُدّل في Lectern</translation>
    </message>
    <message>
        <source>Play from %1</source>
        <translation>تشغيل من %1</translation>
    </message>
    <message>
        <source>%1 — %2 % — from %3</source>
        <translation>%1 — %2 % — من %3</translation>
    </message>
    <message>
        <source>No sound heard clearly</source>
        <translation>لم يُسمع أي صوت بوضوح</translation>
    </message>
    <message>
        <source>In no collection yet: right-click a result ▸ Add to Collection</source>
        <translation>ليس في أي مجموعة بعد: انقر نتيجة بالزر الأيمن ◂ أضف إلى مجموعة</translation>
    </message>
    <message>
        <source>%1 — %2, from %3</source>
        <translation>%1 — %2، من %3</translation>
    </message>
    <message>
        <source>No other copy of this recording in the library</source>
        <translation>لا توجد نسخة أخرى من هذا التسجيل في المكتبة</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>لم يُحدَّد شيء</translation>
    </message>
    <message>
        <source>Choose an item to see its spectrogram, tags and class.</source>
        <translation>اختر عنصرًا لرؤية مخططه الطيفي ووسومه وفئته.</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryService</name>
    <message>
        <source>%1
The library is open read-only.</source>
        <translation>%1
المكتبة مفتوحة للقراءة فقط.</translation>
    </message>
    <message>
        <source>This library is open read-only; another Lectern is using it.</source>
        <translation>هذه المكتبة مفتوحة للقراءة فقط؛ نسخة أخرى من Lectern تستخدمها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written to %1</source>
        <translation>
            <numerusform>لم يُكتب أي عنصر في %1</numerusform>
            <numerusform>كُتب عنصر واحد في %1</numerusform>
            <numerusform>كُتب عنصران في %1</numerusform>
            <numerusform>كُتبت %Ln عناصر في %1</numerusform>
            <numerusform>كُتب %Ln عنصرًا في %1</numerusform>
            <numerusform>كُتب %Ln عنصر في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) copied to %1</source>
        <translation>
            <numerusform>لم يُنسخ أي ملف إلى %1</numerusform>
            <numerusform>نُسخ ملف واحد إلى %1</numerusform>
            <numerusform>نُسخ ملفان إلى %1</numerusform>
            <numerusform>نُسخت %Ln ملفات إلى %1</numerusform>
            <numerusform>نُسخ %Ln ملفًا إلى %1</numerusform>
            <numerusform>نُسخ %Ln ملف إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (أُلغي)</translation>
    </message>
    <message>
        <source>Not copied: %1 (%2)</source>
        <translation>لم يُنسخ: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no audio.pt, text.pt and fusion.pt</source>
        <translation>لا يحتوي %1 على audio.pt وtext.pt وfusion.pt</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>هناك استيراد قيد التشغيل بالفعل.</translation>
    </message>
    <message>
        <source>the catalog of this library is damaged; nothing was imported</source>
        <translation>فهرس هذه المكتبة تالف؛ لم يُستورد شيء</translation>
    </message>
</context>
<context>
    <name>lectern::LibrarySidebar</name>
    <message>
        <source>Library sidebar</source>
        <translation>الشريط الجانبي للمكتبة</translation>
    </message>
    <message>
        <source>Choose what the results show; drop items on a collection to add them</source>
        <translation>اختر ما تعرضه النتائج؛ أفلت العناصر على مجموعة لإضافتها</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>المجلدات</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Everything in the library</source>
        <translation>كل ما في المكتبة</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>غير مصنّف</translation>
    </message>
    <message>
        <source>Not yet analysed, or could not be classified</source>
        <translation>لم يُحلَّل بعد، أو تعذّر تصنيفه</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Drop items here to add them</source>
        <translation>أفلت العناصر هنا لإضافتها</translation>
    </message>
    <message>
        <source>Could not be analysed</source>
        <translation>تعذّر تحليلها</translation>
    </message>
    <message>
        <source>Files that could not be read, with the reason; right-click to retry</source>
        <translation>ملفات تعذّرت قراءتها مع السبب؛ انقر بالزر الأيمن لإعادة المحاولة</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>الملفات المفقودة</translation>
    </message>
    <message>
        <source>Files gone from their folder (a USB stick unplugged?): kept until you remove them</source>
        <translation>ملفات اختفت من مجلدها (هل نُزعت ذاكرة USB؟): تبقى حتى تزيلها</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>مجموعة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة &amp;تسمية…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>&amp;حذف البحث المحفوظ</translation>
    </message>
    <message>
        <source>&amp;Retry All</source>
        <translation>إعادة &amp;محاولة الكل</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <source>Import Folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>Lectern — %1</source>
        <translation>Lectern — %1</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>استيراد &amp;مجلد…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import F&amp;iles…</source>
        <translation>استيراد &amp;ملفات…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Find &amp;Similar</source>
        <translation>ابحث عن ال&amp;مشابه</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Find what sounds like the selected item</source>
        <translation>ابحث عمّا يشبه صوته العنصر المحدد</translation>
    </message>
    <message>
        <source>Play From &amp;Match</source>
        <translation>تشغيل من موضع ال&amp;تطابق</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>مجموعة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Remove From Library</source>
        <translation>&amp;إزالة من المكتبة</translation>
    </message>
    <message>
        <source>Remove From Library</source>
        <translation>إزالة من المكتبة</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln item(s) from the library? The files stay where they are.</source>
        <translation>
            <numerusform>لا شيء للإزالة.</numerusform>
            <numerusform>هل تريد إزالة عنصر واحد من المكتبة؟ تبقى الملفات في مكانها.</numerusform>
            <numerusform>هل تريد إزالة عنصرين من المكتبة؟ تبقى الملفات في مكانها.</numerusform>
            <numerusform>هل تريد إزالة %Ln عناصر من المكتبة؟ تبقى الملفات في مكانها.</numerusform>
            <numerusform>هل تريد إزالة %Ln عنصرًا من المكتبة؟ تبقى الملفات في مكانها.</numerusform>
            <numerusform>هل تريد إزالة %Ln عنصر من المكتبة؟ تبقى الملفات في مكانها.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>النسخ ال&amp;مكررة…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>&amp;تصدير النتائج…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Lectern results</source>
        <translation>نتائج Lectern</translation>
    </message>
    <message>
        <source>As &amp;List</source>
        <translation>&amp;قائمة</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>As &amp;Thumbnails</source>
        <translation>&amp;صور مصغرة</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Copy Files to Folder…</source>
        <translation>&amp;نسخ الملفات إلى مجلد…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;فتح مكتبة…</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>مكتبة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>المفتوحة &amp;مؤخرًا</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;All Items</source>
        <translation>&amp;كل العناصر</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>&amp;حفظ البحث…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;تشغيل</translation>
    </message>
    <message>
        <source>Play/&amp;Pause</source>
        <translation>تشغيل/إي&amp;قاف مؤقت</translation>
    </message>
    <message>
        <source>&amp;Next Result</source>
        <translation>النتيجة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>P&amp;revious Result</source>
        <translation>النتيجة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>&amp;حول Lectern</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>حول Lectern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lectern&lt;/b&gt; %1&lt;br&gt;A media librarian for teachers.&lt;br&gt;Library: %2</source>
        <translation>&lt;b&gt;Lectern&lt;/b&gt; %1&lt;br&gt;مكتبة وسائط للمعلمين.&lt;br&gt;المكتبة: %2</translation>
    </message>
    <message>
        <source>That copy is not among the results shown: choose All in the sidebar.</source>
        <translation>هذه النسخة ليست ضمن النتائج المعروضة: اختر «الكل» في الشريط الجانبي.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>سبب عدم الاستيراد</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>مشكلات الاستيراد</translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Class not changed: %1</source>
        <translation>لم تتغير الفئة: %1</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>فشل الاستيراد: %1</translation>
    </message>
    <message>
        <source>(the import)</source>
        <translation>(الاستيراد)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Searching for what sounds like %1…</source>
        <translation>جارٍ البحث عمّا يشبه صوته %1…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mkv *.webm *.avi *.mov);;All files (*)</source>
        <translation>الصوت والفيديو (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mkv *.webm *.avi *.mov);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%Ln عناصر</numerusform>
            <numerusform>%Ln عنصرًا</numerusform>
            <numerusform>%Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>تعذّر تشغيل %1: %2</translation>
    </message>
    <message>
        <source>Cannot play %1: the file is missing</source>
        <translation>تعذّر تشغيل %1: الملف مفقود</translation>
    </message>
    <message>
        <source>Import %1: %2 added, %3 updated, %4 unchanged, %5 failed</source>
        <translation>الاستيراد %1: أُضيف %2، وحُدّث %3، وبقي %4 دون تغيير، وفشل %5</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>اكتمل</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln missing (kept, marked missing)</source>
        <translation>
            <numerusform>، لا مفقود</numerusform>
            <numerusform>، مفقود واحد (محفوظ ومعلَّم كمفقود)</numerusform>
            <numerusform>، مفقودان (محفوظان ومعلَّمان كمفقودين)</numerusform>
            <numerusform>، %Ln مفقودة (محفوظة ومعلَّمة كمفقودة)</numerusform>
            <numerusform>، %Ln مفقودًا (محفوظة ومعلَّمة كمفقودة)</numerusform>
            <numerusform>، %Ln مفقود (محفوظة ومعلَّمة كمفقودة)</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>العنصر %1</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Type words, choose filters or an example first; then save the search.</source>
        <translation>اكتب كلمات أو اختر عوامل تصفية أو مثالًا أولًا؛ ثم احفظ البحث.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <source>Add to &amp;Collection</source>
        <translation>أضف إلى &amp;مجموعة</translation>
    </message>
    <message>
        <source>Set C&amp;lass</source>
        <translation>تحديد ال&amp;فئة</translation>
    </message>
    <message>
        <source>&amp;Automatic (as analysed)</source>
        <translation>&amp;تلقائي (كما حُلّل)</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>فتح ال&amp;مجلد الحاوي</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>نسخ ال&amp;مسار</translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation>&amp;تصدير التحديد…</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <source>Copy Files to Fol&amp;der…</source>
        <translation>نسخ الملفات إلى م&amp;جلد…</translation>
    </message>
    <message>
        <source>New Library: Choose an Empty Folder</source>
        <translation>مكتبة جديدة: اختر مجلدًا فارغًا</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>فتح مكتبة</translation>
    </message>
    <message>
        <source>%1 holds no Lectern library. Choose New Library to make one there.</source>
        <translation>لا يحتوي %1 على مكتبة Lectern. اختر «مكتبة جديدة» لإنشاء واحدة هناك.</translation>
    </message>
    <message>
        <source>Connect to a &amp;School Library…</source>
        <translation>الاتصال بمكتبة ال&amp;مدرسة…</translation>
    </message>
</context>
<context>
    <name>lectern::ModifierPhrases</name>
    <message>
        <source>quieter</source>
        <translation>أهدأ</translation>
    </message>
    <message>
        <source>louder</source>
        <translation>أعلى صوتًا</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>أقصر</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>أطول</translation>
    </message>
    <message>
        <source>with music</source>
        <translation>مع موسيقى</translation>
    </message>
    <message>
        <source>without music</source>
        <translation>بلا موسيقى</translation>
    </message>
    <message>
        <source>with speech</source>
        <translation>مع كلام</translation>
    </message>
    <message>
        <source>without speech</source>
        <translation>بلا كلام</translation>
    </message>
    <message>
        <source>add background music</source>
        <translation>أضف موسيقى خلفية</translation>
    </message>
    <message>
        <source>remove the music</source>
        <translation>أزل الموسيقى</translation>
    </message>
    <message>
        <source>make it quieter</source>
        <translation>اجعله أهدأ</translation>
    </message>
    <message>
        <source>make it louder</source>
        <translation>اجعله أعلى صوتًا</translation>
    </message>
    <message>
        <source>less traffic</source>
        <translation>حركة مرور أقل</translation>
    </message>
    <message>
        <source>more rain</source>
        <translation>مطر أكثر</translation>
    </message>
    <message>
        <source>without the talking</source>
        <translation>بلا حديث</translation>
    </message>
</context>
<context>
    <name>lectern::PlayerPanel</name>
    <message>
        <source>Previous result</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <source>Play the previous result</source>
        <translation>تشغيل النتيجة السابقة</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>تشغيل أو إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>تشغيل أو إيقاف مؤقت (مفتاح المسافة)</translation>
    </message>
    <message>
        <source>Next result</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <source>Play the next result</source>
        <translation>تشغيل النتيجة التالية</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Drag to move through the recording (Left and Right keys seek 5 s)</source>
        <translation>اسحب للتنقل في التسجيل (يقفز مفتاحا اليسار واليمين 5 ث)</translation>
    </message>
    <message>
        <source>Play From Match</source>
        <translation>تشغيل من موضع التطابق</translation>
    </message>
    <message>
        <source>Play the chosen result from the moment that matched</source>
        <translation>تشغيل النتيجة المختارة من اللحظة المطابقة</translation>
    </message>
    <message>
        <source>Play from match</source>
        <translation>تشغيل من موضع التطابق</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>تعذّر التشغيل: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ResultsModel</name>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>حُلّل</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The file is missing: %1</source>
        <translation>الملف مفقود: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Play from</source>
        <translation>التشغيل من</translation>
    </message>
    <message>
        <source>Found because</source>
        <translation>سبب العثور عليه</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>lectern::ResultsView</name>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Columns: click to sort, right-click to show or hide</source>
        <translation>الأعمدة: انقر للفرز، وانقر بالزر الأيمن للإظهار أو الإخفاء</translation>
    </message>
</context>
<context>
    <name>lectern::SchoolLibraryDialog</name>
    <message>
        <source>Connect to a School Library</source>
        <translation>الاتصال بمكتبة المدرسة</translation>
    </message>
    <message>
        <source>for example media.school.lan</source>
        <translation>مثلًا media.school.lan</translation>
    </message>
    <message>
        <source>A school library keeps its catalog on the school&apos;s PostgreSQL server, so that every teacher searches the same archive. Your school&apos;s administrator gives you these details.</source>
        <translation>تحفظ مكتبة المدرسة فهرسها على خادم PostgreSQL الخاص بالمدرسة، ليبحث كل المعلّمين في الأرشيف نفسه. يعطيك مسؤول المدرسة هذه التفاصيل.</translation>
    </message>
    <message>
        <source>Leave the password empty where it is kept in ~/.pgpass. Lectern does not save it.</source>
        <translation>اترك كلمة المرور فارغة إن كانت محفوظة في ‎~/.pgpass. لا يحفظها Lectern.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Give the name or address of the school&apos;s server.</source>
        <translation>اكتب اسم خادم المدرسة أو عنوانه.</translation>
    </message>
</context>
<context>
    <name>lectern::SchoolStatusLabel</name>
    <message>
        <source>The analysis of the school library by all its computers (lectern-cli work)</source>
        <translation>تحليل مكتبة المدرسة بكل حواسيبها (lectern-cli work)</translation>
    </message>
    <message>
        <source>School library: %1 analysed</source>
        <translation>مكتبة المدرسة: حُلّل %1</translation>
    </message>
    <message>
        <source>School library: %1 analysed, %2 waiting</source>
        <translation>مكتبة المدرسة: حُلّل %1، بانتظار %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln computer(s) analysing</source>
        <translation>
            <numerusform>لا حاسوب يحلّل</numerusform>
            <numerusform>حاسوب واحد يحلّل</numerusform>
            <numerusform>حاسوبان يحلّلان</numerusform>
            <numerusform>%Ln حواسيب تحلّل</numerusform>
            <numerusform>%Ln حاسوبًا يحلّل</numerusform>
            <numerusform>%Ln حاسوب يحلّل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::SearchBar</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Search words, &quot;phrases&quot;, class:music, duration:&lt;5m — or drop a clip here to find what sounds like it</source>
        <translation>ابحث عن كلمات أو &quot;عبارات&quot; أو class:music أو duration:&lt;5m — أو أفلت مقطعًا هنا للعثور على ما يشبهه</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Words search titles, tags, file names and what recordings sound like (Ctrl+F)</source>
        <translation>تبحث الكلمات في العناوين والوسوم وأسماء الملفات وفي أصوات التسجيلات (Ctrl+F)</translation>
    </message>
    <message>
        <source>The previous search (Alt+Left)</source>
        <translation>البحث السابق (Alt+يسار)</translation>
    </message>
    <message>
        <source>The next search (Alt+Right)</source>
        <translation>البحث التالي (Alt+يمين)</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <source>Keep this search in the sidebar</source>
        <translation>احتفظ بهذا البحث في الشريط الجانبي</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <source>The example&apos;s spectrogram</source>
        <translation>المخطط الطيفي للمثال</translation>
    </message>
    <message>
        <source>What the search understood</source>
        <translation>ما فهمه البحث</translation>
    </message>
    <message>
        <source>Searching like &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>البحث عمّا يشبه &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>, but &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>، لكن «%1»</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>العنصر %1</translation>
    </message>
</context>
<context>
    <name>lectern::SettingsDialog</name>
    <message>
        <source>Play a result as soon as it is selected</source>
        <translation>شغّل النتيجة بمجرد تحديدها</translation>
    </message>
    <message>
        <source>Lectern Settings</source>
        <translation>إعدادات Lectern</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>المكتبات الأخيرة</translation>
    </message>
    <message>
        <source>Libraries opened before</source>
        <translation>المكتبات المفتوحة سابقًا</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open the library chosen on the left</source>
        <translation>افتح المكتبة المختارة على اليسار</translation>
    </message>
    <message>
        <source>Open &amp;Other…</source>
        <translation>فتح &amp;أخرى…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديدة…</translation>
    </message>
    <message>
        <source>Create an empty library in a folder</source>
        <translation>أنشئ مكتبة فارغة في مجلد</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>واحد لكل نواة (%1)</translation>
    </message>
    <message>
        <source>Analysis workers</source>
        <translation>عمليات التحليل</translation>
    </message>
    <message>
        <source>How many files are analysed at once during an import</source>
        <translation>عدد الملفات التي تُحلَّل في وقت واحد أثناء الاستيراد</translation>
    </message>
    <message>
        <source>The models that come with Lectern</source>
        <translation>النماذج المرفقة مع Lectern</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>مجلد النماذج</translation>
    </message>
    <message>
        <source>A folder of TorchScript models with the same interface; used from the next start</source>
        <translation>مجلد نماذج TorchScript بالواجهة نفسها؛ يُستخدم من التشغيل التالي</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Models Folder</source>
        <translation>مجلد النماذج</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>لغة النافذة</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>يسري من التشغيل التالي</translation>
    </message>
    <message>
        <source>Viridis (colour)</source>
        <translation>Viridis (ملوّن)</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>رمادي</translation>
    </message>
    <message>
        <source>Grey, inverted (for printing)</source>
        <translation>رمادي معكوس (للطباعة)</translation>
    </message>
    <message>
        <source>Spectrogram colours</source>
        <translation>ألوان المخطط الطيفي</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>المجلدات المراقَبة</translation>
    </message>
    <message>
        <source>Ticked folders are watched: new, changed and removed files are picked up</source>
        <translation>تُراقَب المجلدات المحددة: تُلتقط الملفات الجديدة والمعدّلة والمحذوفة</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>المكتبة:</translation>
    </message>
    <message>
        <source>Analysis &amp;workers:</source>
        <translation>عمليات ال&amp;تحليل:</translation>
    </message>
    <message>
        <source>&amp;Models folder:</source>
        <translation>مجلد ال&amp;نماذج:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>معاينة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>Spectrogram &amp;colours:</source>
        <translation>&amp;ألوان المخطط الطيفي:</translation>
    </message>
    <message>
        <source>Watched &amp;folders:</source>
        <translation>المجلدات الم&amp;راقَبة:</translation>
    </message>
    <message>
        <source>These models cannot be used: %1</source>
        <translation>لا يمكن استخدام هذه النماذج: %1</translation>
    </message>
    <message>
        <source>Media roots</source>
        <translation>جذور الوسائط</translation>
    </message>
    <message>
        <source>Where this computer mounts the school library&apos;s shared folders, a NAME=PATH line each; used from the next start</source>
        <translation>أين يركّب هذا الحاسوب المجلدات المشتركة لمكتبة المدرسة، سطر الاسم=المسار لكل منها؛ يُعمل به من التشغيل التالي</translation>
    </message>
    <message>
        <source>Media &amp;roots:</source>
        <translation>&amp;جذور الوسائط:</translation>
    </message>
</context>
<context>
    <name>lectern::SpectrogramView</name>
    <message>
        <source>Spectrogram</source>
        <translation>المخطط الطيفي</translation>
    </message>
    <message>
        <source>Click to play from a moment; drag to select a range; wheel or +/− to zoom, 0 to fit</source>
        <translation>انقر للتشغيل من لحظة؛ اسحب لتحديد نطاق؛ العجلة أو +/− للتكبير، و0 للملاءمة</translation>
    </message>
    <message>
        <source>No spectrogram yet</source>
        <translation>لا يوجد مخطط طيفي بعد</translation>
    </message>
    <message>
        <source>the Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <source>the Part in View</source>
        <translation>الجزء المعروض</translation>
    </message>
    <message>
        <source>Find &amp;Similar to %1</source>
        <translation>ابحث عمّا &amp;يشبه %1</translation>
    </message>
    <message>
        <source>&amp;Where Else Is This?</source>
        <translation>&amp;أين يظهر هذا أيضًا؟</translation>
    </message>
    <message>
        <source>&amp;Play %1</source>
        <translation>&amp;تشغيل %1</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>م&amp;لاءمة</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>تكبير إلى ال&amp;تحديد</translation>
    </message>
</context>
<context>
    <name>lectern::TagEditor</name>
    <message>
        <source>&amp;Save Tags</source>
        <translation>&amp;حفظ الوسوم</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. fr, German</source>
        <translation>مثلًا fr، الألمانية</translation>
    </message>
    <message>
        <source>Kept in Lectern&apos;s catalog; the media file is not changed</source>
        <translation>يُحفظ في فهرس Lectern؛ لا يتغير ملف الوسائط</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Artist</source>
        <translation>ال&amp;فنان</translation>
    </message>
    <message>
        <source>Al&amp;bum</source>
        <translation>الأل&amp;بوم</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>ال&amp;تعليق</translation>
    </message>
    <message>
        <source>&amp;Genre</source>
        <translation>الن&amp;وع الفني</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>ال&amp;سنة</translation>
    </message>
    <message>
        <source>Save the tags in the catalog (the media file is never written)</source>
        <translation>احفظ الوسوم في الفهرس (لا يُكتب في ملف الوسائط أبدًا)</translation>
    </message>
</context>
<context>
    <name>lectern::TerminalProgress</name>
    <message>
        <source>Scanning...</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>%1/%2 files, %3 left</source>
        <translation>%1/%2 ملفات، يتبقى %3</translation>
    </message>
</context>
<context>
    <name>lectern::ThumbnailGrid</name>
    <message>
        <source>Results as thumbnails</source>
        <translation>النتائج كصور مصغرة</translation>
    </message>
    <message>
        <source>Enter or double-click plays; the keyframe shown is from the middle of the video</source>
        <translation>Enter أو النقر المزدوج للتشغيل؛ الإطار الرئيسي المعروض من منتصف الفيديو</translation>
    </message>
</context>
<context>
    <name>lectern::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Lectern&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في Lectern&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Lectern sorts your course audio and video into music, language learning, lectures, film and TV drama, and audio books, and finds them again by words or by how they sound. Start by importing the folders where your recordings are. Nothing is ever moved or changed.</source>
        <translation>يصنّف Lectern مواد دروسك الصوتية والمرئية إلى موسيقى وتعلّم لغات ومحاضرات ودراما سينمائية وتلفزيونية وكتب مسموعة، ويجدها مجددًا بالكلمات أو بطريقة صوتها. ابدأ باستيراد المجلدات التي توجد فيها تسجيلاتك. لا يُنقل أي شيء ولا يُغيَّر أبدًا.</translation>
    </message>
    <message>
        <source>Import Music</source>
        <translation>استيراد الموسيقى</translation>
    </message>
    <message>
        <source>Import Videos</source>
        <translation>استيراد الفيديوهات</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>استيراد المستندات</translation>
    </message>
    <message>
        <source>Import every audio and video file in %1</source>
        <translation>استيراد كل ملفات الصوت والفيديو في %1</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>استيراد &amp;مجلد…</translation>
    </message>
    <message>
        <source>Choose a folder of recordings to import (Ctrl+I)</source>
        <translation>اختر مجلد تسجيلات لاستيراده (Ctrl+I)</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;open&quot;&gt;Open another library…&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Create a new library…&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;open&quot;&gt;فتح مكتبة أخرى…&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;إنشاء مكتبة جديدة…&lt;/a&gt;</translation>
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
        <translation>هل تريد استعادة النسخة المحفوظة بعد آخر استيراد الآن؟ ما تغيّر منذ ذلك الحين سيُعثر عليه مجددًا في الاستيراد التالي.</translation>
    </message>
    <message>
        <source>A media librarian for teachers.</source>
        <translation>مكتبة وسائط للمعلمين.</translation>
    </message>
    <message>
        <source>Folders or files to import.</source>
        <translation>المجلدات أو الملفات المراد استيرادها.</translation>
    </message>
    <message>
        <source>The library folder, or a school library&apos;s address (postgresql://SERVER/DATABASE).</source>
        <translation>مجلد المكتبة، أو عنوان مكتبة مدرسة (postgresql://SERVER/DATABASE).</translation>
    </message>
</context>
</TS>
