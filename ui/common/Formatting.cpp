#include "ui/common/Formatting.h"

#include <QCoreApplication>
#include <QLocale>

#include "search/SearchResult.h"

namespace lectern {
namespace {
// lupdate files a bare tr() inside namespace lectern under the context
// "lectern", so that is the context it is looked up in.
QString tr(const char* text) { return QCoreApplication::translate("lectern", text); }
}  // namespace

QString formatDuration(double seconds)
{
    // In the language's digits (Arabic writes ١:١٥), with the colon every
    // language here uses between minutes and seconds.
    const QLocale locale;
    const int total = qRound(seconds);
    const auto twoDigits = [&](int value) { return (value < 10 ? locale.zeroDigit() : QString()) + locale.toString(value); };
    const int minutes = total / 60 % 60;
    const QString minutesSeconds =
        (total >= 3600 ? twoDigits(minutes) : locale.toString(minutes)) + QLatin1Char(':') + twoDigits(total % 60);
    return total >= 3600 ? locale.toString(total / 3600) + QLatin1Char(':') + minutesSeconds : minutesSeconds;
}

QString formatBytes(qint64 bytes) { return QLocale().formattedDataSize(bytes); }

QString resourceClassName(const std::string& id)
{
    if (id == "music") return tr("Music");
    if (id == "language") return tr("Language learning");
    if (id == "lecture") return tr("Lecture and speech");
    if (id == "drama") return tr("Film and TV drama");
    if (id == "audiobook") return tr("Audio book and radio drama");
    return tr("Unclassified");
}

QString resourceClassLabel(const Item& item)
{
    const QString name = resourceClassName(item.resourceClass);
    if (item.classSource == ClassSource::Manual) return tr("%1 (set by you)").arg(name);
    if (item.classConfidence && item.resourceClass != "unknown") {
        return tr("%1 · %2 %").arg(name, QLocale().toString(qRound(*item.classConfidence * 100)));
    }
    return name;
}

QString searchGroupName(const QString& group)
{
    if (group == QLatin1String(kSameRecordingGroup)) return tr("Same recording");
    if (group == QLatin1String(kSoundsSimilarGroup)) return tr("Sounds similar");
    if (group == QLatin1String(kSoundsLikeGroup)) return tr("Sounds as described");
    return tr("Matching words");
}

}  // namespace lectern
