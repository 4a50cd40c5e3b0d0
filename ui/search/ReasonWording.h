// Why a result matched, in the window's language. The engine (core/, no Qt)
// words its reasons in English, as "; "-separated parts of known shapes
// (search/TextSearch.cpp, search/ExampleSearch.cpp); each known part is said
// again here through the translation system, with its numbers in the
// language's digits. Names from the sound vocabulary and the item's own
// words stay as they are; a part of an unknown shape is shown unchanged.
#pragma once

#include <QString>

namespace lectern {

QString plainReason(const QString& reason);

}  // namespace lectern
