// What the engine's answers look like on the window's side of LibraryService.
#pragma once

#include <QImage>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

#include "catalog/AnalysisLeases.h"
#include "catalog/Collections.h"
#include "catalog/ImportedFolders.h"
#include "catalog/Item.h"
#include "catalog/LibraryOverview.h"
#include "pipeline/ImportProgress.h"
#include "ui/library/ResultsModel.h"

namespace lectern {

// What the results show: a listing, or a search's answer.
struct ResultList {
    QVector<Item> items;
    QVector<SearchMatch> matches;  // one per item, best first; empty for a listing
    QStringList notes;             // what a search did not understand or could not use
    // A listing in title order (ResultsModel::titleSortKey); false for search
    // answers (best first) and for a collection (the order it was made in).
    bool inTitleOrder = false;
    bool isSearchAnswer() const { return !matches.isEmpty() && matches.size() == items.size(); }
};

struct KeyframeThumbnail {
    double timeSeconds = 0.0;
    QString path;
};

// A sound the item is heard as (issue 25): "dog bark", how sure, and from when.
struct HeardSoundEntry {
    QString name;
    double score = 0.0;
    double atSeconds = 0.0;
};

// The counts a sidebar shows, the teacher's collections, the imported folders.
struct LibraryCounts {
    QVector<OverviewCount> counts;
    QVector<Collection> collections;
    QVector<ImportedFolder> folders;  // imported, each watched or not
};

// One item's details beyond its row: pictures, the class probabilities,
// the collections that hold it.
struct ItemDetails {
    qint64 itemId = 0;
    QString spectrogramPath;  // the overview picture; empty where there is none yet
    QVector<KeyframeThumbnail> keyframes;
    std::optional<std::array<double, 5>> probabilities;  // in the order of kResourceClasses
    QStringList collections;
    QVector<HeardSoundEntry> sounds;  // strongest first
};

// A group of items that are the same recording (copies, re-encodings, excerpts).
struct DuplicateSet {
    QString relation;  // "identical files" or "same recording"
    QVector<Item> items;  // the longest first
    QVector<double> offsetsSeconds;  // where each starts in the first
};

// A spectrogram picture of any range of an item or a file, at any size.
struct SpectrogramRequest {
    qint64 itemId = 0;  // or
    QString file;
    double startSeconds = 0.0;
    double endSeconds = 0.0;  // 0: to the end
    int width = 800;
    int height = 160;
};

}  // namespace lectern

Q_DECLARE_METATYPE(lectern::AnalysisProgress)
Q_DECLARE_METATYPE(lectern::ImportProgress)
Q_DECLARE_METATYPE(lectern::ImportSummary)
Q_DECLARE_METATYPE(lectern::Item)
Q_DECLARE_METATYPE(QVector<lectern::Item>)
Q_DECLARE_METATYPE(QVector<lectern::SearchMatch>)
Q_DECLARE_METATYPE(lectern::ResultList)
Q_DECLARE_METATYPE(lectern::LibraryCounts)
Q_DECLARE_METATYPE(lectern::ItemDetails)
Q_DECLARE_METATYPE(QVector<lectern::DuplicateSet>)
