#include "support/TestSupport.h"

#include <QProcess>
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <fstream>
#include <limits>
#include <map>

#include "catalog/Database.h"
#include "catalog/Migrations.h"
#include "catalog/PostgresDatabase.h"
#include "common/Paths.h"

namespace fs = std::filesystem;

namespace lectern::test {

fs::path fixtures(const char* relative)
{
    const QByteArray root = qgetenv("LECTERN_FIXTURES");
    if (root.isEmpty()) qFatal("LECTERN_FIXTURES is not set; run the tests through ctest");
    return fs::path(root.toStdString()) / relative;
}

Scratch::Scratch()
{
    if (!dir_.isValid()) qFatal("cannot create a temporary folder");
}

fs::path Scratch::path(const char* relative) const
{
    return fs::path(dir_.path().toStdString()) / relative;
}

fs::path Scratch::copyOf(const char* fixtureRelative, const char* asName) const
{
    const fs::path source = fixtures(fixtureRelative);
    const fs::path target = path(asName ? asName : source.filename().string().c_str());
    fs::copy(source, target, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    return target;
}

bool onServer() { return !qEnvironmentVariableIsEmpty("LECTERN_TEST_ON_SERVER"); }

namespace {

// The base URL the server fixture wrote; where there is none, the suite's
// server run cannot happen, and it exits as skipped (CTest's SKIP_RETURN_CODE), saying why.
std::string serverBaseLocation()
{
    const QByteArray file = qgetenv("LECTERN_TEST_POSTGRES_URL_FILE");
    std::ifstream in(file.toStdString());
    std::string location;
    if (file.isEmpty() || !std::getline(in, location) || location.empty()) {
        std::fprintf(stderr, "SKIP: no PostgreSQL server for the tests: scripts/test-postgres.sh could not start one "
                             "(see its output in the start_postgres test)\n");
        std::exit(kSkippedExitCode);
    }
    return location;
}

// The URL with another database: postgresql://user@/lectern_test?host=… → …/NAME?host=….
std::string withDatabase(const std::string& location, const std::string& name)
{
    const size_t slash = location.find('/', location.find("://") + 3);
    const size_t query = location.find('?', slash);
    return location.substr(0, slash + 1) + name + (query == std::string::npos ? "" : location.substr(query));
}

std::unique_ptr<Database> connectOrFail(const std::string& location)
{
    auto db = connectToServer(location, Database::Mode::ReadWrite);
    if (!db) qFatal("cannot reach the test server: %s", db.error().message.c_str());
    return std::move(db).value();
}

}  // namespace

fs::path libraryLocation(const fs::path& directory)
{
    if (!onServer()) return directory;
    // A database of this process (suites run at the same time) for each
    // folder a test names: a suite's shared library lives beside each
    // test's own. A database whose folder is gone (its test ended) is dropped.
    static std::map<fs::path, std::string> databases;
    static int made = 0;
    const std::string base = serverBaseLocation();
    auto found = databases.find(directory);
    if (found == databases.end()) {
        auto admin = connectOrFail(base);
        for (auto entry = databases.begin(); entry != databases.end();) {
            std::error_code error;
            if (fs::exists(entry->first, error)) {
                ++entry;
                continue;
            }
            admin->execute("DROP DATABASE IF EXISTS " + entry->second + " WITH (FORCE)");
            entry = databases.erase(entry);
        }
        const std::string name =
            "lectern_" + std::to_string(QCoreApplication::applicationPid()) + "_" + std::to_string(++made);
        admin->execute("DROP DATABASE IF EXISTS " + name);
        admin->execute("CREATE DATABASE " + name);
        found = databases.emplace(directory, name).first;
    }
    // The local index and cache go into the folder the test named.
    qputenv("LECTERN_SERVER_CACHE", QByteArray::fromStdString(directory.string()));
    return fromUtf8(withDatabase(base, found->second));
}

std::unique_ptr<Library> openLibraryForWriting(const fs::path& directory)
{
    auto library = Library::openForWriting(libraryLocation(directory));
    if (!library) qFatal("cannot open the test library: %s", library.error().message.c_str());
    return std::move(library).value();
}

std::unique_ptr<Library> libraryMigratedFrom(const Scratch& scratch, int schemaVersion, const char* sql)
{
    fs::create_directories(scratch.path("lib"));
    {
        auto db = Database::open(scratch.path("lib/catalog.sqlite"), Database::Mode::ReadWrite);
        if (!db) qFatal("cannot create the old catalog: %s", db.error().message.c_str());
        migrate(**db, schemaVersion);
        (*db)->execute(sql);
    }
    auto library = Library::openForWriting(scratch.path("lib"));
    if (!library) qFatal("cannot open the migrated library: %s", library.error().message.c_str());
    return std::move(library).value();
}

FixtureLibrary::FixtureLibrary(const char* fixture)
    : media(scratch.copyOf(fixture)), library(openLibraryForWriting(scratch.path("lib")))
{
}

QString cliPath() { return QStringLiteral(LECTERN_CLI_PATH); }

void damageCatalog(const std::filesystem::path& library, std::streamoff from)
{
    const std::filesystem::path catalog = library / "catalog.sqlite";
    std::fstream file(catalog, std::ios::in | std::ios::out | std::ios::binary);
    const auto size = static_cast<std::streamoff>(std::filesystem::file_size(catalog));
    for (std::streamoff at = from; at < size; at += 97) {
        char byte = 0;
        file.seekg(at);
        file.read(&byte, 1);
        byte = static_cast<char>(~byte);
        file.seekp(at);
        file.write(&byte, 1);
    }
}

void damageCatalogData(const std::filesystem::path& library)
{
    const auto size = static_cast<std::streamoff>(std::filesystem::file_size(library / "catalog.sqlite"));
    damageCatalog(library, size - size / 4);
}

void writeFloatWav(const std::filesystem::path& file, const std::vector<float>& samples, uint32_t sampleRate)
{
    std::ofstream out(file, std::ios::binary);
    const auto put = [&out](auto value) { out.write(reinterpret_cast<const char*>(&value), sizeof value); };
    const auto bytes = static_cast<uint32_t>(samples.size() * sizeof(float));
    out.write("RIFF", 4);
    put(uint32_t{36} + bytes);
    out.write("WAVEfmt ", 8);
    // PCM header: size, format 3 (IEEE float), channels, rate, byte rate, block align, bits.
    put(uint32_t{16}), put(uint16_t{3}), put(uint16_t{1}), put(sampleRate), put(sampleRate * 4);
    put(uint16_t{4}), put(uint16_t{32});
    out.write("data", 4);
    put(bytes);
    out.write(reinterpret_cast<const char*>(samples.data()), static_cast<std::streamsize>(bytes));
}

std::vector<float> toneWithNanAndInfinity()
{
    std::vector<float> samples(3 * 16000);
    for (size_t i = 0; i < samples.size(); ++i) samples[i] = 0.3f * std::sin(0.05f * static_cast<float>(i));
    for (size_t i = 0; i < samples.size(); i += 997) samples[i] = std::numeric_limits<float>::quiet_NaN();
    for (size_t i = 5; i < samples.size(); i += 1999) samples[i] = std::numeric_limits<float>::infinity();
    return samples;
}

CliRun runCli(const QStringList& arguments, int timeoutMs) { return runCli(arguments, QStringList(), timeoutMs); }

CliRun runCli(const QStringList& arguments, const QStringList& variables, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& variable : variables) {
        environment.insert(variable.section('=', 0, 0), variable.section('=', 1));
    }
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

}  // namespace lectern::test
