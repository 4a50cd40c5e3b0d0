// Everything that decides what the results show: the typed words, the
// filters (from the sidebar, the banner or typed as key:value), an example
// clip, and a modifier of the example. It is what the history remembers and
// what a saved search keeps.
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace lectern {

struct SearchFilter {
    QString key;    // class, kind, folder, collection, status, duration, lang, year
    QString value;  // as the query language reads it
    bool operator==(const SearchFilter&) const = default;
};

struct ExampleClip {
    QString file;       // a media file, for a clip from outside the library
    qint64 itemId = 0;  // or an item of the library
    double startSeconds = 0.0;
    double endSeconds = 0.0;  // 0: to the end
    QString label;            // what the chip says: a file name and range
    bool operator==(const ExampleClip&) const = default;
};

struct SearchState {
    QString words;
    QList<SearchFilter> filters;  // one per key
    std::optional<ExampleClip> example;
    QString modifier;  // of the example

    bool operator==(const SearchState&) const = default;
    bool isEmpty() const { return words.trimmed().isEmpty() && filters.isEmpty() && !example; }
    // The words and filters in the query language (design §7).
    QString queryText() const;
    // Sets the filter of this key (an empty value removes it).
    void setFilter(const QString& key, const QString& value);
    void removeFilter(const QString& key);
    QString filterValue(const QString& key) const;

    QVariantMap toVariant() const;
    static SearchState fromVariant(const QVariantMap& map);
};

// Whether the query language knows this filter key (search/SearchQuery.h).
bool isFilterKey(const QString& key);
// Moves every complete key:value (or key:"value") out of `typed` into
// `state`'s filters and returns the words left. Only tokens followed by a
// space count as complete, so a filter being typed stays in the box.
QString liftTypedFilters(const QString& typed, SearchState& state);
// What a filter's chip says: "Class: Music", "Folder: Unit 3".
QString filterChipText(const SearchFilter& filter);

}  // namespace lectern
