// The analyzers every import runs, in order. Later capabilities add theirs here.
#pragma once

#include "pipeline/Analyzer.h"

namespace lectern {

AnalyzerList makeDefaultAnalyzers();

// Only those that draw an item's pictures into this computer's cache (the
// spectrogram overview, a video's keyframes), storing nothing: what another
// computer of a school library needs of an item that someone else analysed.
AnalyzerList makePictureAnalyzers();

}  // namespace lectern
