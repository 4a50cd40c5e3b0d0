// The sound vocabulary as shipped (resources/vocabulary), loaded once, for
// the tests that read words as sounds; they define LECTERN_VOCABULARY_DIR.
#pragma once

#include <QtGlobal>

#include "search/SoundVocabulary.h"

namespace lectern {

inline const SoundVocabulary& shippedSoundVocabulary()
{
    static const SoundVocabulary vocabulary = [] {
        auto loaded = SoundVocabulary::load(LECTERN_VOCABULARY_DIR);
        if (!loaded) qFatal("%s", loaded.error().message.c_str());
        return std::move(loaded).value();
    }();
    return vocabulary;
}

}  // namespace lectern
