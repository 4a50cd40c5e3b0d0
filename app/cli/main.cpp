// lectern-cli: the library from a terminal or a script.
#include <iostream>
#include <string>
#include <vector>

#include <QCoreApplication>

#include "cli/CliText.h"
#include "cli/Commands.h"
#include "Translations.h"
#include "cli/CommandLine.h"
#include "platform/LibraryLocation.h"
#include "platform/ModelLocation.h"
#include "platform/WriteFailures.h"
#include "common/Paths.h"

namespace {

// The whole help, translated as one text (QT_TRANSLATE_NOOP: looked up in main()).
constexpr const char* kUsage = QT_TRANSLATE_NOOP("lectern", R"(usage: lectern-cli [--library DIR] COMMAND [options]

Commands:
  import PATH...      import files and folders (recursively); --json prints
                      {"added","updated","unchanged","failed"}; --jobs N workers;
                      --register-only leaves the analysis to `work`
  list                list items; --json, --status pending|analyzed|failed,
                      --kind audio|video, --class CLASS
  show ID|PATH        one item; --json
  remove ID|PATH      forget an item (the file is not touched)
  stats               counts by status, kind and class, total duration; --json
  restore-backup      put the catalog's copy from the last import in place of
                      a damaged catalog (kept as catalog.sqlite.damaged)
  keyframes FILE|ID -o DIR   keyframes of a video (SKM) as JPEGs in DIR; --json
  spectrogram FILE|ID -o OUT.png   [--start S] [--end S] [--width W] [--height H]
  match FILE          which library items this clip comes from, and where;
                      --start S --end S (seconds) to use part of FILE; --json
  classify FILE...    the resource class of each file (no library needed);
                      --json adds the probabilities and each channel's view
  set-class ID|PATH CLASS   the teacher's class (music, language, lecture,
                      drama, audiobook), never overwritten; auto = the model's
  embed FILE          the search vectors of a clip: per 10 s segment the
                      256-d embedding and 64-bit code (hex), and their mean;
                      --start S --end S; --json; with "search_embedding",
                      the same in the joint text-audio space the index holds
  embed-text "TEXT"   a description in that joint space; --json
  search [WORDS]      find items: --text Q (words, "phrases", class: kind:
                      duration:<5m folder: year: lang:), or --example FILE |
                      --item ID|PATH [--start S --end S] [--modifier "quieter"];
                      --limit N; --json gives id, path, score, start_s, reason;
                      --words-only answers from the catalog alone, without
                      running a model (at once, but not by meaning)
  duplicates          groups of items that are the same recording (identical
                      files, re-encodings, louder or quieter copies, excerpts);
                      --json gives relation and items with offset_s
  work                analyse the pending items beside the school's other
                      computers, each item by one of them; --jobs N at once,
                      --lease S seconds a claim holds unless renewed (300),
                      --follow waits for more instead of ending; --json
  media-root [NAME [PATH]]   where this computer mounts a school library's
                      media root NAME (files under PATH are stored as @NAME/…);
                      NAME alone forgets it; none lists them

Options:
  --library DIR|URL   the library folder (default: %1), or a school library
                      on a PostgreSQL server: postgresql://HOST/DATABASE
  --help, --version

Exit codes: 0 success, 1 some files failed, 2 usage or library error.
)");

}  // namespace

int main(int argc, char** argv)
{
    lectern::failWritesInsteadOfDying();
    QCoreApplication application(argc, argv);
    lectern::setApplicationIdentity();
    lectern::loadTranslations(application, QString());  // the system's language
    lectern::useBundledModels();

    std::vector<std::string> arguments;
    for (const QString& argument : QCoreApplication::arguments().mid(1)) {
        arguments.push_back(argument.toStdString());
    }
    const auto parsed = lectern::parseCommandLine(arguments);
    const std::string usage =
        lectern::filled(lectern::tr(kUsage), {lectern::toUtf8(lectern::defaultLibraryDirectory())});
    if (!parsed.commandLine) {
        std::cerr << "lectern-cli: " << parsed.error << "\n" << usage;
        return lectern::kExitUsage;
    }
    const lectern::CommandLine& line = *parsed.commandLine;
    if (line.has("--version")) {
        std::cout << "lectern-cli " << LECTERN_VERSION << "\n";
        return lectern::kExitOk;
    }
    if (line.has("--help") || line.command.empty()) {
        (line.has("--help") ? std::cout : std::cerr) << usage;
        return line.has("--help") ? lectern::kExitOk : lectern::kExitUsage;
    }
    const auto library = line.option("--library") ? lectern::fromUtf8(*line.option("--library"))
                                                  : lectern::defaultLibraryDirectory();
    if (line.command == "import") return lectern::runImport(library, line);
    if (line.command == "list") return lectern::runList(library, line);
    if (line.command == "show") return lectern::runShow(library, line);
    if (line.command == "remove") return lectern::runRemove(library, line);
    if (line.command == "restore-backup") return lectern::runRestoreBackup(library, line);
    if (line.command == "stats") return lectern::runStats(library, line);
    if (line.command == "match") return lectern::runMatch(library, line);
    if (line.command == "keyframes") return lectern::runKeyframes(library, line);
    if (line.command == "spectrogram") return lectern::runSpectrogram(library, line);
    if (line.command == "classify") return lectern::runClassify(library, line);
    if (line.command == "set-class") return lectern::runSetClass(library, line);
    if (line.command == "embed") return lectern::runEmbed(library, line);
    if (line.command == "embed-text") return lectern::runEmbedText(library, line);
    if (line.command == "search") return lectern::runSearch(library, line);
    if (line.command == "duplicates") return lectern::runDuplicates(library, line);
    if (line.command == "work") return lectern::runWork(library, line);
    if (line.command == "media-root") return lectern::runMediaRoot(library, line);
    std::cerr << "lectern-cli: " << lectern::filled(lectern::tr("unknown command '%1'"), {line.command}) << "\n"
              << usage;
    return lectern::kExitUsage;
}
