// Plain little-endian values and length-prefixed strings, as the trainers'
// feature files store them.
#pragma once

#include <cstdint>
#include <fstream>
#include <string>

namespace lectern::ml {

template <typename T>
void put(std::ofstream& out, const T& value)
{
    out.write(reinterpret_cast<const char*>(&value), sizeof value);
}

inline void putString(std::ofstream& out, const std::string& text)
{
    put(out, static_cast<uint32_t>(text.size()));
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

template <typename T>
T get(std::ifstream& in)
{
    T value{};
    in.read(reinterpret_cast<char*>(&value), sizeof value);
    return value;
}

inline std::string getString(std::ifstream& in)
{
    std::string text(get<uint32_t>(in), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    return text;
}

}  // namespace lectern::ml
