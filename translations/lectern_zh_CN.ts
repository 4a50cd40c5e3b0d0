<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <translation>音乐</translation>
    </message>
    <message>
        <source>Language learning</source>
        <translation>语言学习</translation>
    </message>
    <message>
        <source>Lecture and speech</source>
        <translation>讲座与演讲</translation>
    </message>
    <message>
        <source>Film and TV drama</source>
        <translation>影视剧</translation>
    </message>
    <message>
        <source>Audio book and radio drama</source>
        <translation>有声读物与广播剧</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>%1 (set by you)</source>
        <translation>%1（您设置的）</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>Same recording</source>
        <translation>同一录音</translation>
    </message>
    <message>
        <source>Sounds similar</source>
        <translation>听起来相似</translation>
    </message>
    <message>
        <source>Matching words</source>
        <translation>匹配的文字</translation>
    </message>
    <message>
        <source>Sounds as described</source>
        <translation>听起来像所描述的</translation>
    </message>
    <message>
        <source>the modifier model interpreted “%1” to rank the rest</source>
        <translation>修改模型根据对“%1”的理解为其余结果排序</translation>
    </message>
    <message>
        <source>the rest are ranked by how alike they sound</source>
        <translation>其余结果按声音相似程度排序</translation>
    </message>
    <message>
        <source>Measured: %1 (from each recording&apos;s loudness, length and class)</source>
        <translation>已测量：%1（依据每段录音的响度、时长和类别）</translation>
    </message>
    <message>
        <source>Nothing in the modifier can be measured; %1.</source>
        <translation>修改中没有可测量的内容；%1。</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>收藏集：%1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>缺失的文件</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Duration %1</source>
        <translation>时长 %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>年份：%1</translation>
    </message>
    <message>
        <source>classify needs one or more audio or video files</source>
        <translation>classify 需要一个或多个音频或视频文件</translation>
    </message>
    <message>
        <source>set-class needs an item id or path and a class</source>
        <translation>set-class 需要条目编号或路径以及一个类别</translation>
    </message>
    <message>
        <source>unknown class &apos;%1&apos; (music, language, lecture, drama, audiobook or auto)</source>
        <translation>未知类别“%1”（music、language、lecture、drama、audiobook 或 auto）</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation>资料库中没有条目 %1</translation>
    </message>
    <message>
        <source>--start and --end take seconds, like 12.5</source>
        <translation>--start 和 --end 以秒为单位，例如 12.5</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import 至少需要一个文件或文件夹</translation>
    </message>
    <message>
        <source>--jobs needs a positive number</source>
        <translation>--jobs 需要一个正数</translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3, failed %4</source>
        <translation>新增 %1，更新 %2，未变 %3，失败 %4</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>missing: %1 (gone from their folders; kept, and analysed or found again when they return)</source>
        <translation>缺失：%1（已从所在文件夹消失；会保留，待其恢复后再分析或重新找到）</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>失败：%1：%2</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>--status is one of pending, analyzed, failed</source>
        <translation>--status 取 pending、analyzed 或 failed</translation>
    </message>
    <message>
        <source>--kind is audio or video</source>
        <translation>--kind 取 audio 或 video</translation>
    </message>
    <message>
        <source>--class is one of music, language, lecture, drama, audiobook, unknown</source>
        <translation>--class 取 music、language、lecture、drama、audiobook 或 unknown</translation>
    </message>
    <message>
        <source>show needs one item id or path</source>
        <translation>show 需要一个条目编号或路径</translation>
    </message>
    <message>
        <source>remove needs one item id or path</source>
        <translation>remove 需要一个条目编号或路径</translation>
    </message>
    <message>
        <source>removed %1 from the library (the file itself is untouched)</source>
        <translation>已从资料库中移除 %1（文件本身未被改动）</translation>
    </message>
    <message>
        <source>restore-backup takes no operands</source>
        <translation>restore-backup 不接受操作数</translation>
    </message>
    <message>
        <source>restored the catalog from %1; the damaged one is kept as catalog.sqlite.damaged</source>
        <translation>已从 %1 恢复目录；损坏的目录保留为 catalog.sqlite.damaged</translation>
    </message>
    <message>
        <source>match needs one audio or video file</source>
        <translation>match 需要一个音频或视频文件</translation>
    </message>
    <message>
        <source>%1 is neither a file nor an item of the library</source>
        <translation>%1 既不是文件，也不是资料库中的条目</translation>
    </message>
    <message>
        <source>no file or library item %1</source>
        <translation>没有文件或资料库条目 %1</translation>
    </message>
    <message>
        <source>keyframes needs one video file or item id</source>
        <translation>keyframes 需要一个视频文件或条目编号</translation>
    </message>
    <message>
        <source>keyframes needs -o DIR for the thumbnails</source>
        <translation>keyframes 需要 -o 目录 来存放缩略图</translation>
    </message>
    <message>
        <source>spectrogram needs one file or item id</source>
        <translation>spectrogram 需要一个文件或条目编号</translation>
    </message>
    <message>
        <source>spectrogram needs -o OUT.png</source>
        <translation>spectrogram 需要 -o 输出.png</translation>
    </message>
    <message>
        <source>--start, --end, --width and --height take numbers</source>
        <translation>--start、--end、--width 和 --height 需要数字</translation>
    </message>
    <message>
        <source>the picture must be between 16x24 and 20000x4000 pixels</source>
        <translation>图片尺寸必须在 16x24 到 20000x4000 像素之间</translation>
    </message>
    <message>
        <source>--end must come after --start</source>
        <translation>--end 必须晚于 --start</translation>
    </message>
    <message>
        <source>items: %1</source>
        <translation>条目：%1</translation>
    </message>
    <message>
        <source>total duration: %1</source>
        <translation>总时长：%1</translation>
    </message>
    <message>
        <source>by status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>by kind</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>by class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>embed needs one audio or video file</source>
        <translation>embed 需要一个音频或视频文件</translation>
    </message>
    <message>
        <source>no audio in that range</source>
        <translation>该范围内没有音频</translation>
    </message>
    <message>
        <source>%1 segments, %2-d embedding, code %3</source>
        <translation>%1 个片段，%2 维嵌入，编码 %3</translation>
    </message>
    <message>
        <source>embed-text needs one text (quote it)</source>
        <translation>embed-text 需要一段文本（请加引号）</translation>
    </message>
    <message>
        <source>the text-query model (text-query.pt) is not installed</source>
        <translation>未安装文本查询模型（text-query.pt）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no word the text-query model knows</source>
        <translation>“%1”中没有文本查询模型认识的词</translation>
    </message>
    <message>
        <source>%1-d embedding of &quot;%2&quot;</source>
        <translation>“%2”的 %1 维嵌入</translation>
    </message>
    <message>
        <source>give --example or --item, not both</source>
        <translation>请指定 --example 或 --item，不要同时指定</translation>
    </message>
    <message>
        <source>--start and --end need --example or --item</source>
        <translation>--start 和 --end 需要 --example 或 --item</translation>
    </message>
    <message>
        <source>--words-only searches text, not an example</source>
        <translation>--words-only 搜索文字，而不是示例</translation>
    </message>
    <message>
        <source>--modifier changes an example: give --example or --item too</source>
        <translation>--modifier 用于修改示例：请同时指定 --example 或 --item</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not %1</source>
        <translation>--limit 需要一个正数，而不是 %1</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>未找到任何内容</translation>
    </message>
    <message>
        <source>duplicates takes no operands</source>
        <translation>duplicates 不接受操作数</translation>
    </message>
    <message>
        <source>no duplicates</source>
        <translation>没有重复项</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>sounds like: %1, from %2 (%3)</source>
        <translation>听起来像：%1，从 %2 起（%3）</translation>
    </message>
    <message>
        <source>sounds a little like: %1, from %2 (%3)</source>
        <translation>听起来有点像：%1，从 %2 起（%3）</translation>
    </message>
    <message>
        <source>named like: %1</source>
        <translation>名称类似：%1</translation>
    </message>
    <message>
        <source>both sound like: %1</source>
        <translation>两者听起来都像：%1</translation>
    </message>
    <message>
        <source>sounds like the example from %1 s (similarity %2)</source>
        <translation>从 %1 秒起听起来像示例（相似度 %2）</translation>
    </message>
    <message>
        <source>same recording from %1 s (%2 % of the bits agree)</source>
        <translation>从 %1 秒起为同一录音（%2% 的比特一致）</translation>
    </message>
    <message>
        <source>modifier model %1</source>
        <translation>修改模型 %1</translation>
    </message>
    <message>
        <source>its annotation has the words</source>
        <translation>其注释包含这些文字</translation>
    </message>
    <message>
        <source>%1: %2 LU against the example</source>
        <translation>%1：相对示例 %2 LU</translation>
    </message>
    <message>
        <source>%1: %2 s long</source>
        <translation>%1：时长 %2 秒</translation>
    </message>
    <message>
        <source>%1: music %2 %</source>
        <translation>%1：音乐 %2%</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <source>album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>genre</source>
        <translation>流派</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>sounds like: &quot;%1&quot; at %2 (similarity %3)</source>
        <translation>在 %2 处听起来像“%1”（相似度 %3）</translation>
    </message>
    <message>
        <source>read as sounds: %1</source>
        <translation>按声音理解：%1</translation>
    </message>
    <message>
        <source>searched by words only: the sound search knows none of these words</source>
        <translation>仅按文字搜索：声音搜索不认识这些词中的任何一个</translation>
    </message>
    <message>
        <source>searched by words only: most of these words are not about sounds</source>
        <translation>仅按文字搜索：这些词大多与声音无关</translation>
    </message>
    <message>
        <source>searched by words only: %1</source>
        <translation>仅按文字搜索：%1</translation>
    </message>
    <message>
        <source>similar items found by their 64-bit codes: %1</source>
        <translation>已通过 64 位编码找到相似条目：%1</translation>
    </message>
    <message>
        <source>no similar items: %1</source>
        <translation>没有相似条目：%1</translation>
    </message>
    <message>
        <source>empty query: type words, or filters such as class:music</source>
        <translation>查询为空：请输入文字，或 class:music 之类的筛选条件</translation>
    </message>
    <message>
        <source>the example is silent: there is nothing to compare</source>
        <translation>示例是静音的：没有可比较的内容</translation>
    </message>
    <message>
        <source>more than %1 items match; the best of the first of them are shown — add a word to narrow</source>
        <translation>匹配的条目超过 %1 个；仅显示前面部分中最好的 — 再加一个词可缩小范围</translation>
    </message>
    <message>
        <source>%1 not understood (try duration:&lt;5m or duration:&gt;30s); ignored</source>
        <translation>无法理解 %1（可试试 duration:&lt;5m 或 duration:&gt;30s）；已忽略</translation>
    </message>
    <message>
        <source>%1 not understood (try year:2019 or year:2010-2015); ignored</source>
        <translation>无法理解 %1（可试试 year:2019 或 year:2010-2015）；已忽略</translation>
    </message>
    <message>
        <source>%1 is not a class (music, language, lecture, drama, audiobook); ignored</source>
        <translation>%1 不是类别（music、language、lecture、drama、audiobook）；已忽略</translation>
    </message>
    <message>
        <source>%1 is neither audio nor video; ignored</source>
        <translation>%1 既不是 audio 也不是 video；已忽略</translation>
    </message>
    <message>
        <source>%1 names no language; ignored</source>
        <translation>%1 不是任何语言；已忽略</translation>
    </message>
    <message>
        <source>%1 is not pending, analysed, failed or missing; ignored</source>
        <translation>%1 不是 pending、analysed、failed 或 missing；已忽略</translation>
    </message>
    <message>
        <source>registered for the workers: %1</source>
        <translation>已登记，留待分析：%1</translation>
    </message>
    <message>
        <source>--lease needs a positive number of seconds</source>
        <translation>--lease 需要一个正的秒数</translation>
    </message>
    <message>
        <source>analysed %1, failed %2, missing %3, left to other workers %4</source>
        <translation>已分析 %1，失败 %2，缺失 %3，留给其他计算机 %4</translation>
    </message>
    <message>
        <source>media-root takes a NAME and a PATH, or a NAME alone to forget it</source>
        <translation>media-root 需要一个名称和一个路径，或只给名称以删除它</translation>
    </message>
    <message>
        <source>media roots belong to a school library: give its postgresql:// address with --library</source>
        <translation>媒体根目录属于学校资料库：请用 --library 给出它的 postgresql:// 地址</translation>
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
        <translation>用法：lectern-cli [--library 目录] 命令 [选项]

命令：
  import 路径...      导入文件和文件夹（递归）；--json 输出
                      {&quot;added&quot;,&quot;updated&quot;,&quot;unchanged&quot;,&quot;failed&quot;}；--jobs N 个进程；
                      --register-only 把分析留给 `work`
  list                列出条目；--json、--status pending|analyzed|failed、
                      --kind audio|video、--class 类别
  show 编号|路径      单个条目；--json
  remove 编号|路径    从资料库中移除条目（不改动文件）
  stats               按状态、类型和类别统计，及总时长；--json
  restore-backup      用上次导入后的目录副本替换损坏的目录
                      （损坏的目录保留为 catalog.sqlite.damaged）
  keyframes 文件|编号 -o 目录   视频的关键帧（SKM），以 JPEG 保存到目录；--json
  spectrogram 文件|编号 -o 输出.png   [--start 秒] [--end 秒] [--width 宽] [--height 高]
  match 文件          此片段来自资料库中的哪些条目及其位置；
                      --start 秒 --end 秒 只使用文件的一部分；--json
  classify 文件...    每个文件的类别（无需资料库）；
                      --json 另附各类概率及每个通道的判断
  set-class 编号|路径 类别   教师设定的类别（music、language、lecture、
                      drama、audiobook），永不被覆盖；auto = 采用模型的类别
  embed 文件          片段的搜索向量：每 10 秒片段的 256 维嵌入
                      和 64 位编码（十六进制），以及它们的平均值；
                      --start 秒 --end 秒；--json；带 &quot;search_embedding&quot; 时，
                      给出索引所用的文本-音频联合空间中的同一内容
  embed-text &quot;文本&quot;   该联合空间中的一段描述；--json
  search [文字]       查找条目：--text 查询（文字、&quot;短语&quot;、class: kind:
                      duration:&lt;5m folder: year: lang:），或 --example 文件 |
                      --item 编号|路径 [--start 秒 --end 秒] [--modifier &quot;quieter&quot;]；
                      --limit N；--json 给出 id、path、score、start_s、reason；
                      --words-only 仅根据目录回答，不运行模型
                      （立即返回，但不按含义搜索）
  duplicates          同一录音的条目分组（相同文件、重新编码、
                      更响或更安静的副本、节选）；
                      --json 给出 relation 以及带 offset_s 的 items
  work                与学校的其他计算机一起分析待处理的条目，
                      每个条目只由其中一台分析；--jobs N 同时分析 N 个，
                      --lease S 认领未续期时保持的秒数（300），
                      --follow 等待新条目而不结束；--json
  media-root [名称 [路径]]   本计算机在何处挂载学校资料库的媒体根目录 名称
                      （路径下的文件保存为 @名称/…）；只给名称则删除；不给参数则列出

选项：
  --library 目录|URL  资料库文件夹（默认：%1），或 PostgreSQL 服务器上的
                      学校资料库：postgresql://服务器/数据库
  --help, --version

退出码：0 成功，1 部分文件失败，2 用法或资料库错误。
</translation>
    </message>
</context>
<context>
    <name>lectern::ClassPanel</name>
    <message>
        <source>Probability of %1</source>
        <translation>%1 的概率</translation>
    </message>
    <message>
        <source>As analysed</source>
        <translation>按分析结果</translation>
    </message>
    <message>
        <source>Class chosen by you</source>
        <translation>您选择的类别</translation>
    </message>
    <message>
        <source>Your class is kept whatever the model says later</source>
        <translation>无论模型之后如何判断，都会保留您的类别</translation>
    </message>
    <message>
        <source>&amp;Set class:</source>
        <translation>设置类别(&amp;S)：</translation>
    </message>
    <message>
        <source>You chose &lt;b&gt;%1&lt;/b&gt;; the bars are what the model heard.</source>
        <translation>您选择了 &lt;b&gt;%1&lt;/b&gt;；条形图显示模型听到的内容。</translation>
    </message>
    <message>
        <source>Sorted by the model as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>模型将其归类为 &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Not classified yet.</source>
        <translation>尚未分类。</translation>
    </message>
</context>
<context>
    <name>lectern::CollectionActions</name>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>重命名收藏集</translation>
    </message>
    <message>
        <source>Delete Collection</source>
        <translation>删除收藏集</translation>
    </message>
    <message>
        <source>Delete the collection &quot;%1&quot;? Its items stay in the library.</source>
        <translation>删除收藏集“%1”？其中的条目仍保留在资料库中。</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>新建收藏集</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>新建收藏集(&amp;N)…</translation>
    </message>
    <message>
        <source>Remove From &quot;%1&quot;</source>
        <translation>从“%1”中移除</translation>
    </message>
</context>
<context>
    <name>lectern::DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>起始于</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Groups of the same recording</source>
        <translation>同一录音的分组</translation>
    </message>
    <message>
        <source>&amp;Remove From Library</source>
        <translation>从资料库中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the ticked copies out of the library; their files stay where they are</source>
        <translation>将勾选的副本移出资料库；文件仍保留在原处</translation>
    </message>
    <message>
        <source>Looking for copies of the same recording…</source>
        <translation>正在查找同一录音的副本…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s)</source>
        <translation>
            <numerusform>%1：%Ln 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>No two items in the library are the same recording.</source>
        <translation>资料库中没有两个条目是同一录音。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of the same recording. The ticked copies can be removed from the library; the longest of each group is kept unticked. Files on disk are never deleted.</source>
        <translation>
            <numerusform>同一录音共有 %Ln 组。勾选的副本可以从资料库中移除；每组中最长的一份保持未勾选。磁盘上的文件永远不会被删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %Ln From Library</source>
        <translation>
            <numerusform>从资料库中移除 %Ln 个(&amp;R)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ExportActions</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Playlist (*.m3u8);;Table for a spreadsheet (*.csv)</source>
        <translation>播放列表 (*.m3u8);;电子表格用表格 (*.csv)</translation>
    </message>
    <message>
        <source>Copy Files To</source>
        <translation>将文件复制到</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Nothing to copy.</source>
        <translation>没有可复制的内容。</translation>
    </message>
    <message>
        <source>Copying files…</source>
        <translation>正在复制文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copy Files</source>
        <translation>复制文件</translation>
    </message>
</context>
<context>
    <name>lectern::FilterBanner</name>
    <message>
        <source>…but (e.g. quieter, without music)</source>
        <translation>……但是（例如：更安静、没有音乐）</translation>
    </message>
    <message>
        <source>Change the example in words: &quot;quieter&quot;, &quot;without music&quot;, &quot;more speech&quot;…</source>
        <translation>用文字修改示例：“更安静”、“没有音乐”、“更多讲话”…</translation>
    </message>
    <message>
        <source>Modifier of the example</source>
        <translation>示例的修改</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Remove every filter, the example and the words</source>
        <translation>移除所有筛选条件、示例和文字</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>移除筛选条件 %1</translation>
    </message>
    <message>
        <source>Like: %1</source>
        <translation>类似：%1</translation>
    </message>
    <message>
        <source>Remove the example %1</source>
        <translation>移除示例 %1</translation>
    </message>
</context>
<context>
    <name>lectern::ImportStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Looking for media…</source>
        <translation>正在查找媒体…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%2 个文件中的 %1 个</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>，剩余 %1</translation>
    </message>
    <message>
        <source>Importing %1%2</source>
        <translation>正在导入：%1%2</translation>
    </message>
</context>
<context>
    <name>lectern::ItemDetailPanel</name>
    <message>
        <source>Find Similar</source>
        <translation>查找相似</translation>
    </message>
    <message>
        <source>Find what sounds like the selection</source>
        <translation>查找听起来与所选内容相似的</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole recording</source>
        <translation>显示整段录音</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>关键帧</translation>
    </message>
    <message>
        <source>Click a keyframe to play from there</source>
        <translation>单击关键帧从该处开始播放</translation>
    </message>
    <message>
        <source>Duplicates of this item</source>
        <translation>此条目的重复项</translation>
    </message>
    <message>
        <source>Other copies of the same recording; double-click to show one</source>
        <translation>同一录音的其他副本；双击可显示其中之一</translation>
    </message>
    <message>
        <source>Collections holding this item</source>
        <translation>包含此条目的收藏集</translation>
    </message>
    <message>
        <source>Sounds heard in this item</source>
        <translation>此条目中听到的声音</translation>
    </message>
    <message>
        <source>What Lectern hears in the recording; click one to play from where it sounds most</source>
        <translation>Lectern 在录音中听到的内容；单击某项可从其最明显处开始播放</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>收藏集</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>在文件管理器中显示文件</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>could not be analysed: %1</source>
        <translation>无法分析：%1</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器格式</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 Hz, %Ln channel(s)</source>
        <translation>
            <numerusform>%1，%2 Hz，%Ln 个声道</numerusform>
        </translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>%1, %2×%3, %4 fps</source>
        <translation>%1，%2×%3，%4 帧/秒</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>响度</translation>
    </message>
    <message>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <source>Loudness range</source>
        <translation>响度范围</translation>
    </message>
    <message>
        <source>%1 LU</source>
        <translation>%1 LU</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>真峰值</translation>
    </message>
    <message>
        <source>%1 dBTP</source>
        <translation>%1 dBTP</translation>
    </message>
    <message>
        <source>edited in Lectern</source>
        <translation>已在 Lectern 中编辑</translation>
    </message>
    <message>
        <source>Play from %1</source>
        <translation>从 %1 开始播放</translation>
    </message>
    <message>
        <source>%1 — %2 % — from %3</source>
        <translation>%1 — %2% — 从 %3 起</translation>
    </message>
    <message>
        <source>No sound heard clearly</source>
        <translation>没有清晰听到的声音</translation>
    </message>
    <message>
        <source>In no collection yet: right-click a result ▸ Add to Collection</source>
        <translation>尚未加入任何收藏集：右键单击结果 ▸ 添加到收藏集</translation>
    </message>
    <message>
        <source>%1 — %2, from %3</source>
        <translation>%1 — %2，从 %3 起</translation>
    </message>
    <message>
        <source>No other copy of this recording in the library</source>
        <translation>资料库中没有此录音的其他副本</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <source>Choose an item to see its spectrogram, tags and class.</source>
        <translation>选择一个条目以查看其频谱图、标签和类别。</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryService</name>
    <message>
        <source>%1
The library is open read-only.</source>
        <translation>%1
资料库以只读方式打开。</translation>
    </message>
    <message>
        <source>This library is open read-only; another Lectern is using it.</source>
        <translation>此资料库以只读方式打开；另一个 Lectern 正在使用它。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written to %1</source>
        <translation>
            <numerusform>已将 %Ln 个条目写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) copied to %1</source>
        <translation>
            <numerusform>已将 %Ln 个文件复制到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>Not copied: %1 (%2)</source>
        <translation>未复制：%1（%2）</translation>
    </message>
    <message>
        <source>%1 has no audio.pt, text.pt and fusion.pt</source>
        <translation>%1 中没有 audio.pt、text.pt 和 fusion.pt</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <source>the catalog of this library is damaged; nothing was imported</source>
        <translation>此资料库的目录已损坏；未导入任何内容</translation>
    </message>
</context>
<context>
    <name>lectern::LibrarySidebar</name>
    <message>
        <source>Library sidebar</source>
        <translation>资料库侧栏</translation>
    </message>
    <message>
        <source>Choose what the results show; drop items on a collection to add them</source>
        <translation>选择结果中显示的内容；将条目拖到收藏集上即可添加</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>收藏集</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Everything in the library</source>
        <translation>资料库中的所有内容</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Not yet analysed, or could not be classified</source>
        <translation>尚未分析，或无法分类</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Drop items here to add them</source>
        <translation>将条目拖到此处以添加</translation>
    </message>
    <message>
        <source>Could not be analysed</source>
        <translation>无法分析</translation>
    </message>
    <message>
        <source>Files that could not be read, with the reason; right-click to retry</source>
        <translation>无法读取的文件及原因；右键单击可重试</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>缺失的文件</translation>
    </message>
    <message>
        <source>Files gone from their folder (a USB stick unplugged?): kept until you remove them</source>
        <translation>已从其文件夹中消失的文件（拔出了 U 盘？）：在您移除前会一直保留</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>新建收藏集(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>删除已保存的搜索(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Retry All</source>
        <translation>全部重试(&amp;R)</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Lectern — %1</source>
        <translation>Lectern — %1</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import F&amp;iles…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Find &amp;Similar</source>
        <translation>查找相似(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Find what sounds like the selected item</source>
        <translation>查找听起来与所选条目相似的</translation>
    </message>
    <message>
        <source>Play From &amp;Match</source>
        <translation>从匹配处播放(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>新建收藏集(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Remove From Library</source>
        <translation>从资料库中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove From Library</source>
        <translation>从资料库中移除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln item(s) from the library? The files stay where they are.</source>
        <translation>
            <numerusform>要从资料库中移除 %Ln 个条目吗？文件仍保留在原处。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>重复项(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Lectern results</source>
        <translation>Lectern 结果</translation>
    </message>
    <message>
        <source>As &amp;List</source>
        <translation>列表视图(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>As &amp;Thumbnails</source>
        <translation>缩略图视图(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Copy Files to Folder…</source>
        <translation>将文件复制到文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>打开资料库(&amp;O)…</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>新建资料库(&amp;L)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;All Items</source>
        <translation>所有条目(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>保存搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Play/&amp;Pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Result</source>
        <translation>下一个结果(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>P&amp;revious Result</source>
        <translation>上一个结果(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>关于 Lectern(&amp;A)</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>关于 Lectern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lectern&lt;/b&gt; %1&lt;br&gt;A media librarian for teachers.&lt;br&gt;Library: %2</source>
        <translation>&lt;b&gt;Lectern&lt;/b&gt; %1&lt;br&gt;为教师打造的媒体资料库。&lt;br&gt;资料库：%2</translation>
    </message>
    <message>
        <source>That copy is not among the results shown: choose All in the sidebar.</source>
        <translation>该副本不在显示的结果中：请在侧栏中选择“全部”。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>未导入的原因</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Class not changed: %1</source>
        <translation>类别未更改：%1</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>(the import)</source>
        <translation>（导入）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Searching for what sounds like %1…</source>
        <translation>正在查找听起来像 %1 的内容…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mkv *.webm *.avi *.mov);;All files (*)</source>
        <translation>音频和视频 (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mkv *.webm *.avi *.mov);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln 个结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>无法播放 %1：%2</translation>
    </message>
    <message>
        <source>Cannot play %1: the file is missing</source>
        <translation>无法播放 %1：文件缺失</translation>
    </message>
    <message>
        <source>Import %1: %2 added, %3 updated, %4 unchanged, %5 failed</source>
        <translation>导入%1：新增 %2，更新 %3，未变 %4，失败 %5</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln missing (kept, marked missing)</source>
        <translation>
            <numerusform>，%Ln 个缺失（已保留并标记为缺失）</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2–%3）</translation>
    </message>
    <message>
        <source>Type words, choose filters or an example first; then save the search.</source>
        <translation>请先输入文字、选择筛选条件或示例，然后再保存搜索。</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Add to &amp;Collection</source>
        <translation>添加到收藏集(&amp;C)</translation>
    </message>
    <message>
        <source>Set C&amp;lass</source>
        <translation>设置类别(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Automatic (as analysed)</source>
        <translation>自动（按分析结果）(&amp;A)</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>复制路径(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation>导出所选内容(&amp;E)…</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>所选内容</translation>
    </message>
    <message>
        <source>Copy Files to Fol&amp;der…</source>
        <translation>将文件复制到文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>New Library: Choose an Empty Folder</source>
        <translation>新建资料库：选择一个空文件夹</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <source>%1 holds no Lectern library. Choose New Library to make one there.</source>
        <translation>%1 中没有 Lectern 资料库。选择“新建资料库”即可在此创建。</translation>
    </message>
    <message>
        <source>Connect to a &amp;School Library…</source>
        <translation>连接学校资料库(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>lectern::ModifierPhrases</name>
    <message>
        <source>quieter</source>
        <translation>更安静</translation>
    </message>
    <message>
        <source>louder</source>
        <translation>更响</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>更短</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>更长</translation>
    </message>
    <message>
        <source>with music</source>
        <translation>有音乐</translation>
    </message>
    <message>
        <source>without music</source>
        <translation>没有音乐</translation>
    </message>
    <message>
        <source>with speech</source>
        <translation>有讲话</translation>
    </message>
    <message>
        <source>without speech</source>
        <translation>没有讲话</translation>
    </message>
    <message>
        <source>add background music</source>
        <translation>加入背景音乐</translation>
    </message>
    <message>
        <source>remove the music</source>
        <translation>去掉音乐</translation>
    </message>
    <message>
        <source>make it quieter</source>
        <translation>调得更安静</translation>
    </message>
    <message>
        <source>make it louder</source>
        <translation>调得更响</translation>
    </message>
    <message>
        <source>less traffic</source>
        <translation>更少交通噪声</translation>
    </message>
    <message>
        <source>more rain</source>
        <translation>更多雨声</translation>
    </message>
    <message>
        <source>without the talking</source>
        <translation>没有说话声</translation>
    </message>
</context>
<context>
    <name>lectern::PlayerPanel</name>
    <message>
        <source>Previous result</source>
        <translation>上一个结果</translation>
    </message>
    <message>
        <source>Play the previous result</source>
        <translation>播放上一个结果</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <source>Next result</source>
        <translation>下一个结果</translation>
    </message>
    <message>
        <source>Play the next result</source>
        <translation>播放下一个结果</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Drag to move through the recording (Left and Right keys seek 5 s)</source>
        <translation>拖动以在录音中移动（左右方向键跳转 5 秒）</translation>
    </message>
    <message>
        <source>Play From Match</source>
        <translation>从匹配处播放</translation>
    </message>
    <message>
        <source>Play the chosen result from the moment that matched</source>
        <translation>从匹配的时刻开始播放所选结果</translation>
    </message>
    <message>
        <source>Play from match</source>
        <translation>从匹配处播放</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>无法播放：%1</translation>
    </message>
</context>
<context>
    <name>lectern::ResultsModel</name>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>已分析</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The file is missing: %1</source>
        <translation>文件缺失：%1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Play from</source>
        <translation>播放起点</translation>
    </message>
    <message>
        <source>Found because</source>
        <translation>匹配原因</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>lectern::ResultsView</name>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Columns: click to sort, right-click to show or hide</source>
        <translation>列：单击排序，右键单击显示或隐藏</translation>
    </message>
</context>
<context>
    <name>lectern::SchoolLibraryDialog</name>
    <message>
        <source>Connect to a School Library</source>
        <translation>连接学校资料库</translation>
    </message>
    <message>
        <source>for example media.school.lan</source>
        <translation>例如 media.school.lan</translation>
    </message>
    <message>
        <source>A school library keeps its catalog on the school&apos;s PostgreSQL server, so that every teacher searches the same archive. Your school&apos;s administrator gives you these details.</source>
        <translation>学校资料库把目录保存在学校的 PostgreSQL 服务器上，让每位教师都在同一个档案中搜索。这些信息由学校的管理员提供。</translation>
    </message>
    <message>
        <source>Leave the password empty where it is kept in ~/.pgpass. Lectern does not save it.</source>
        <translation>如果密码保存在 ~/.pgpass 中，请留空。Lectern 不会保存密码。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Give the name or address of the school&apos;s server.</source>
        <translation>请填写学校服务器的名称或地址。</translation>
    </message>
</context>
<context>
    <name>lectern::SchoolStatusLabel</name>
    <message>
        <source>The analysis of the school library by all its computers (lectern-cli work)</source>
        <translation>学校资料库由其所有计算机进行的分析（lectern-cli work）</translation>
    </message>
    <message>
        <source>School library: %1 analysed</source>
        <translation>学校资料库：已分析 %1</translation>
    </message>
    <message>
        <source>School library: %1 analysed, %2 waiting</source>
        <translation>学校资料库：已分析 %1，等待 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln computer(s) analysing</source>
        <translation>
            <numerusform>%Ln 台计算机正在分析</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::SearchBar</name>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Search words, &quot;phrases&quot;, class:music, duration:&lt;5m — or drop a clip here to find what sounds like it</source>
        <translation>搜索文字、&quot;短语&quot;、class:music、duration:&lt;5m — 或将片段拖到此处查找听起来相似的内容</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Words search titles, tags, file names and what recordings sound like (Ctrl+F)</source>
        <translation>文字会搜索标题、标签、文件名以及录音的声音内容（Ctrl+F）</translation>
    </message>
    <message>
        <source>The previous search (Alt+Left)</source>
        <translation>上一个搜索（Alt+左方向键）</translation>
    </message>
    <message>
        <source>The next search (Alt+Right)</source>
        <translation>下一个搜索（Alt+右方向键）</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Keep this search in the sidebar</source>
        <translation>将此搜索保留在侧栏中</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>The example&apos;s spectrogram</source>
        <translation>示例的频谱图</translation>
    </message>
    <message>
        <source>What the search understood</source>
        <translation>搜索理解的内容</translation>
    </message>
    <message>
        <source>Searching like &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>按 &lt;b&gt;%1&lt;/b&gt;%2 搜索</translation>
    </message>
    <message>
        <source>, but &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>，但&lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>条目 %1</translation>
    </message>
</context>
<context>
    <name>lectern::SettingsDialog</name>
    <message>
        <source>Play a result as soon as it is selected</source>
        <translation>选中结果后立即播放</translation>
    </message>
    <message>
        <source>Lectern Settings</source>
        <translation>Lectern 设置</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>最近的资料库</translation>
    </message>
    <message>
        <source>Libraries opened before</source>
        <translation>以前打开过的资料库</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the library chosen on the left</source>
        <translation>打开左侧选中的资料库</translation>
    </message>
    <message>
        <source>Open &amp;Other…</source>
        <translation>打开其他(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty library in a folder</source>
        <translation>在文件夹中创建空资料库</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>每个核心一个（%1）</translation>
    </message>
    <message>
        <source>Analysis workers</source>
        <translation>分析进程数</translation>
    </message>
    <message>
        <source>How many files are analysed at once during an import</source>
        <translation>导入时同时分析的文件数</translation>
    </message>
    <message>
        <source>The models that come with Lectern</source>
        <translation>Lectern 自带的模型</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>A folder of TorchScript models with the same interface; used from the next start</source>
        <translation>包含相同接口 TorchScript 模型的文件夹；下次启动时生效</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Models Folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>下次启动时生效</translation>
    </message>
    <message>
        <source>Viridis (colour)</source>
        <translation>Viridis（彩色）</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Grey, inverted (for printing)</source>
        <translation>灰度反色（用于打印）</translation>
    </message>
    <message>
        <source>Spectrogram colours</source>
        <translation>频谱图颜色</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>受监视的文件夹</translation>
    </message>
    <message>
        <source>Ticked folders are watched: new, changed and removed files are picked up</source>
        <translation>勾选的文件夹会受到监视：新增、更改和删除的文件都会被同步</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>资料库：</translation>
    </message>
    <message>
        <source>Analysis &amp;workers:</source>
        <translation>分析进程数(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Models folder:</source>
        <translation>模型文件夹(&amp;M)：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Spectrogram &amp;colours:</source>
        <translation>频谱图颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>Watched &amp;folders:</source>
        <translation>受监视的文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>These models cannot be used: %1</source>
        <translation>无法使用这些模型：%1</translation>
    </message>
    <message>
        <source>Media roots</source>
        <translation>媒体根目录</translation>
    </message>
    <message>
        <source>Where this computer mounts the school library&apos;s shared folders, a NAME=PATH line each; used from the next start</source>
        <translation>本计算机挂载学校资料库共享文件夹的位置，每行一个 名称=路径；下次启动时生效</translation>
    </message>
    <message>
        <source>Media &amp;roots:</source>
        <translation>媒体根目录(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>lectern::SpectrogramView</name>
    <message>
        <source>Spectrogram</source>
        <translation>频谱图</translation>
    </message>
    <message>
        <source>Click to play from a moment; drag to select a range; wheel or +/− to zoom, 0 to fit</source>
        <translation>单击从某一时刻播放；拖动选择范围；滚轮或 +/− 缩放，0 适应窗口</translation>
    </message>
    <message>
        <source>No spectrogram yet</source>
        <translation>尚无频谱图</translation>
    </message>
    <message>
        <source>the Selection</source>
        <translation>所选范围</translation>
    </message>
    <message>
        <source>the Part in View</source>
        <translation>可见部分</translation>
    </message>
    <message>
        <source>Find &amp;Similar to %1</source>
        <translation>查找与%1相似的内容(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Where Else Is This?</source>
        <translation>还在哪里出现(&amp;W)？</translation>
    </message>
    <message>
        <source>&amp;Play %1</source>
        <translation>播放%1(&amp;P)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放到所选范围(&amp;S)</translation>
    </message>
</context>
<context>
    <name>lectern::TagEditor</name>
    <message>
        <source>&amp;Save Tags</source>
        <translation>保存标签(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. fr, German</source>
        <translation>例如 fr、German</translation>
    </message>
    <message>
        <source>Kept in Lectern&apos;s catalog; the media file is not changed</source>
        <translation>保存在 Lectern 的目录中；媒体文件不会被更改</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Artist</source>
        <translation>艺术家(&amp;A)</translation>
    </message>
    <message>
        <source>Al&amp;bum</source>
        <translation>专辑(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>注释(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Genre</source>
        <translation>流派(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Save the tags in the catalog (the media file is never written)</source>
        <translation>将标签保存在目录中（从不写入媒体文件）</translation>
    </message>
</context>
<context>
    <name>lectern::TerminalProgress</name>
    <message>
        <source>Scanning...</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>%1/%2 files, %3 left</source>
        <translation>%1/%2 个文件，剩余 %3</translation>
    </message>
</context>
<context>
    <name>lectern::ThumbnailGrid</name>
    <message>
        <source>Results as thumbnails</source>
        <translation>以缩略图显示结果</translation>
    </message>
    <message>
        <source>Enter or double-click plays; the keyframe shown is from the middle of the video</source>
        <translation>按回车键或双击播放；显示的关键帧取自视频中部</translation>
    </message>
</context>
<context>
    <name>lectern::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Lectern&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Lectern&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Lectern sorts your course audio and video into music, language learning, lectures, film and TV drama, and audio books, and finds them again by words or by how they sound. Start by importing the folders where your recordings are. Nothing is ever moved or changed.</source>
        <translation>Lectern 会将您的课程音频和视频归入音乐、语言学习、讲座、影视剧和有声读物，并能通过文字或声音再次找到它们。请先导入存放录音的文件夹。任何内容都不会被移动或更改。</translation>
    </message>
    <message>
        <source>Import Music</source>
        <translation>导入音乐</translation>
    </message>
    <message>
        <source>Import Videos</source>
        <translation>导入视频</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <source>Import every audio and video file in %1</source>
        <translation>导入 %1 中的所有音频和视频文件</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose a folder of recordings to import (Ctrl+I)</source>
        <translation>选择要导入的录音文件夹（Ctrl+I）</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;open&quot;&gt;Open another library…&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;Create a new library…&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;open&quot;&gt;打开其他资料库…&lt;/a&gt; · &lt;a href=&quot;create&quot;&gt;新建资料库…&lt;/a&gt;</translation>
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
        <translation>现在恢复上次导入后生成的副本吗？此后发生的更改会在下次导入时重新找到。</translation>
    </message>
    <message>
        <source>A media librarian for teachers.</source>
        <translation>为教师打造的媒体资料库。</translation>
    </message>
    <message>
        <source>Folders or files to import.</source>
        <translation>要导入的文件夹或文件。</translation>
    </message>
    <message>
        <source>The library folder, or a school library&apos;s address (postgresql://SERVER/DATABASE).</source>
        <translation>资料库文件夹，或学校资料库的地址（postgresql://服务器/数据库）。</translation>
    </message>
</context>
</TS>
