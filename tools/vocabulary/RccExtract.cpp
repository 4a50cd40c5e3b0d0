// lectern-rcc-extract FILE.rcc OUT_DIR: copies the audio files of a Qt
// resource bundle out, under their resource paths. GCompris ships its
// activities' recordings (farm animals, instruments, rain …) only inside
// such bundles (../shared/sound-sources.md); make-real-sounds.sh reads them
// through this, since Qt is the one reader of the format at hand.
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QResource>

#include <iostream>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 3) {
        std::cerr << "usage: lectern-rcc-extract FILE.rcc OUT_DIR\n";
        return 2;
    }
    const QString root = "/bundle";
    if (!QResource::registerResource(QString::fromLocal8Bit(argv[1]), root)) {
        std::cerr << argv[1] << " is not a Qt resource bundle\n";
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    int copied = 0;
    QDirIterator it(":" + root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix != "ogg" && suffix != "wav" && suffix != "mp3" && suffix != "flac") continue;
        const QString target = out.filePath(path.mid(root.size() + 2));
        QDir().mkpath(QFileInfo(target).path());
        QFile::remove(target);
        if (QFile::copy(path, target)) ++copied;
    }
    std::cout << copied << " audio files from " << argv[1] << "\n";
    return 0;
}
