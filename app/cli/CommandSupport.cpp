#include "cli/CliText.h"
#include "cli/CommandSupport.h"

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/Commands.h"
#include "common/Paths.h"

namespace lectern {

int usageError(const std::string& message)
{
    std::cerr << "lectern-cli: " << message << "\n";
    return kExitUsage;
}

void printJson(const QJsonDocument& document)
{
    std::cout << document.toJson(QJsonDocument::Indented).toStdString();
}

std::string formatDuration(double seconds)
{
    const int total = static_cast<int>(seconds + 0.5);
    char text[32];
    std::snprintf(text, sizeof text, "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60);
    return text;
}

CancellationToken& interruptToken()
{
    static CancellationToken token;
    return token;
}

extern "C" void cancelOnInterrupt(int) { interruptToken().cancel(); }

Result<Item> findItem(CatalogReader& reader, const std::string& operand)
{
    if (!operand.empty() && operand.find_first_not_of("0123456789") == std::string::npos) {
        auto byId = reader.findById(std::stoll(operand));
        if (!byId) return byId.error();
        if (*byId) return std::move(**byId);
    }
    namespace fs = std::filesystem;
    auto byPath = reader.findByPath(toUtf8(fs::absolute(fromUtf8(operand)).lexically_normal()));
    if (!byPath) return byPath.error();
    if (!*byPath) return failure(filled(tr("no item %1 in the library"), {operand}));
    return std::move(**byPath);
}

Result<ClipRange> clipRangeOption(const CommandLine& line)
{
    ClipRange range;
    try {
        if (auto start = line.option("--start")) range.startSeconds = std::stod(*start);
        if (auto end = line.option("--end")) range.endSeconds = std::stod(*end);
    } catch (const std::exception&) {
        return failure(tr("--start and --end take seconds, like 12.5"));
    }
    return range;
}

void printFailures(const std::vector<FailedFile>& failures)
{
    for (const FailedFile& failed : failures) {
        std::cout << "  " << filled(tr("failed: %1: %2"), {failed.path, failed.reason}) << "\n";
    }
}

}  // namespace lectern
