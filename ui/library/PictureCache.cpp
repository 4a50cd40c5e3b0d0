#include "ui/library/PictureCache.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QMetaObject>
#include <QPointer>

namespace lectern {
namespace {

constexpr int kCacheKilobytes = 64 * 1024;  // about 1,500 strips of 140×20 at 200 %

// A folder of pictures (a video's keyframes, in time order) stands for its middle one.
QString pictureFileOf(const QString& file)
{
    if (!QFileInfo(file).isDir()) return file;
    const QStringList pictures = QDir(file).entryList({QStringLiteral("*.jpg"), QStringLiteral("*.png")},
                                                      QDir::Files, QDir::Name);
    return pictures.isEmpty() ? QString() : QDir(file).filePath(pictures[pictures.size() / 2]);
}

}  // namespace

PictureCache::PictureCache(QObject* parent) : QObject(parent)
{
    pictures_.setMaxCost(kCacheKilobytes);
    loader_.setMaxThreadCount(1);
}

PictureCache::~PictureCache()
{
    loader_.clear();
    loader_.waitForDone();
}

QPixmap PictureCache::picture(const QString& file, const QSize& size, bool keepAspect)
{
    const QString key = QStringLiteral("%1|%2x%3|%4").arg(file).arg(size.width()).arg(size.height()).arg(keepAspect);
    if (const QPixmap* found = pictures_.object(key)) return *found;
    if (pending_.contains(key) || missing_.contains(key)) return {};
    pending_.insert(key);
    QPointer<PictureCache> self(this);
    loader_.start([self, file, size, keepAspect, key] {
        QImage image = QImageReader(pictureFileOf(file)).read();
        if (!image.isNull()) {
            image = image.scaled(size, keepAspect ? Qt::KeepAspectRatio : Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        }
        if (!self) return;
        QMetaObject::invokeMethod(self, [self, image, key] {
            if (!self) return;
            self->pending_.remove(key);
            if (image.isNull()) {
                self->missing_.insert(key);
                return;
            }
            auto* pixmap = new QPixmap(QPixmap::fromImage(image));  // the cache owns it
            self->pictures_.insert(key, pixmap, std::max<qsizetype>(1, image.sizeInBytes() / 1024));
            emit self->pictureReady();
        });
    });
    return {};
}

}  // namespace lectern
