// The analyzers every import runs, in order. Later capabilities add theirs here.
#pragma once

#include "pipeline/Analyzer.h"

namespace lectern {

AnalyzerList makeDefaultAnalyzers();

}  // namespace lectern
