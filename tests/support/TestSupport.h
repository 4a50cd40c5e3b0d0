// Shared helpers for the suites: where the generated fixtures are, scratch
// folders, and running lectern-cli as a separate process.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include "catalog/Item.h"
#include "catalog/Library.h"
#include "pipeline/ImportProgress.h"

namespace lectern::test {

// The folder make-fixtures.sh filled (LECTERN_FIXTURES), or a sub-folder of it.
std::filesystem::path fixtures(const char* relative = "");

// A scratch folder that disappears with the test.
class Scratch {
public:
    Scratch();
    std::filesystem::path path(const char* relative = "") const;
    // Copies a fixture file or folder into the scratch folder and returns the copy.
    std::filesystem::path copyOf(const char* fixtureRelative, const char* asName = nullptr) const;

private:
    QTemporaryDir dir_;
};

// Suites that run on both backends (issue 28) run a second time with
// LECTERN_TEST_ON_SERVER set: each library a test makes is then a school
// library on the throwaway server of scripts/test-postgres.sh, in a
// database of this process emptied for each new library, with its local
// index and cache in the folder the test named.
bool onServer();
inline constexpr int kSkippedExitCode = 77;
// Where a test's library is: the folder, or on a server its URL (the same
// for every call with the same folder, so that a test may open it again).
std::filesystem::path libraryLocation(const std::filesystem::path& directory);
// Skips a test of what only a library folder has (its SQLite file, its
// lock, its old schemas) in a suite's run on the server.
#define LECTERN_FOLDER_ONLY(what) \
    if (lectern::test::onServer()) QSKIP("a library folder's own behaviour (" what "): tested in the folder run")
// Opens (making it where new) the library libraryLocation(directory) names.
std::unique_ptr<Library> openLibraryForWriting(const std::filesystem::path& directory);
// Flips every 97th byte from `from` on (by default past the first two pages,
// which hold the schema) to the end of the catalog (the library closed).
void damageCatalog(const std::filesystem::path& library, std::streamoff from = 8192);
// Damages only the last quarter of the catalog: the schema still reads, a full check finds it.
void damageCatalogData(const std::filesystem::path& library);

// A 16 kHz mono 32-bit float WAV of these samples, which may be anything a
// float can hold (NaN and infinities included).
void writeFloatWav(const std::filesystem::path& file, const std::vector<float>& samples, uint32_t sampleRate = 16000);
// Three seconds of a tone with a NaN every 997 samples and an infinity every 1999.
std::vector<float> toneWithNanAndInfinity();

// A catalog written at an older schema version with `sql` run on it, then
// opened (and so migrated) as the application opens it: the library folder scratch/lib.
std::unique_ptr<Library> libraryMigratedFrom(const Scratch& scratch, int schemaVersion, const char* sql);

// A library in a scratch folder and a copy of one fixture folder to import
// into it: how most tests begin. `auto& [scratch, media, library] = fixture;`
struct FixtureLibrary {
    explicit FixtureLibrary(const char* fixture);
    Scratch scratch;
    std::filesystem::path media;
    std::unique_ptr<Library> library;
};

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString cliPath();
CliRun runCli(const QStringList& arguments, int timeoutMs = 120000);
// The same with these variables set in its environment.
CliRun runCli(const QStringList& arguments, const QStringList& variables, int timeoutMs = 120000);

}  // namespace lectern::test

// Readable QCOMPARE failures for the engine's enums.
namespace QTest {
template <>
inline char* toString(const lectern::ItemStatus& status)
{
    return qstrdup(lectern::nameOf(status).c_str());
}
template <>
inline char* toString(const lectern::ClassSource& source)
{
    return qstrdup(lectern::nameOf(source).c_str());
}
template <>
inline char* toString(const lectern::MediaKind& kind)
{
    return qstrdup(lectern::nameOf(kind).c_str());
}
template <>
inline char* toString(const lectern::ImportProgress::Phase& phase)
{
    return qstrdup(std::to_string(static_cast<int>(phase)).c_str());
}
}  // namespace QTest
