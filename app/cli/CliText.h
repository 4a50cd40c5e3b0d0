// lectern-cli's words for people (never its JSON, never the column values
// scripts read) go through Qt's translation system, like the window's.
#pragma once

#include <initializer_list>
#include <string>

namespace lectern {

// The translation of `text` for the system's language, UTF-8. lupdate files a
// bare tr() inside namespace lectern under the context "lectern", which is
// where it is looked up.
std::string tr(const char* text);
// `pattern` with %1, %2… replaced by `values` in order.
std::string filled(const std::string& pattern, std::initializer_list<std::string> values);

}  // namespace lectern
