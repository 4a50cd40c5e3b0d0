#include "ui/library/OverviewStrips.h"

#include <QImage>
#include <QImageReader>
#include <QMetaObject>
#include <QPointer>

namespace lectern {
namespace {
constexpr int kCacheKilobytes = 64 * 1024;  // about 1,500 strips of 140×20 at 200 %
}

OverviewStrips::OverviewStrips(QObject* parent) : QObject(parent)
{
    strips_.setMaxCost(kCacheKilobytes);
    loader_.setMaxThreadCount(1);
}

OverviewStrips::~OverviewStrips()
{
    loader_.clear();
    loader_.waitForDone();
}

QPixmap OverviewStrips::strip(const QString& file, const QSize& size)
{
    const QString key = QStringLiteral("%1|%2x%3").arg(file).arg(size.width()).arg(size.height());
    if (const QPixmap* found = strips_.object(key)) return *found;
    if (pending_.contains(key) || missing_.contains(key)) return {};
    pending_.insert(key);
    QPointer<OverviewStrips> self(this);
    loader_.start([self, file, size, key] {
        QImageReader reader(file);
        QImage image = reader.read();
        if (!image.isNull()) image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        if (!self) return;
        QMetaObject::invokeMethod(self, [self, image, key] {
            if (!self) return;
            self->pending_.remove(key);
            if (image.isNull()) {
                self->missing_.insert(key);
                return;
            }
            auto* pixmap = new QPixmap(QPixmap::fromImage(image));  // the cache owns it
            self->strips_.insert(key, pixmap, std::max<qsizetype>(1, image.sizeInBytes() / 1024));
            emit self->stripReady();
        });
    });
    return {};
}

}  // namespace lectern
