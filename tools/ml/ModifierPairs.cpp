#include "ModifierPairs.h"

#include <cstdint>
#include <fstream>
#include <stdexcept>

namespace lectern::ml {
namespace {

constexpr uint32_t kMagic = 0x4c4d5031;              // "LMP1": without sound profiles
constexpr uint32_t kMagicWithProfiles = 0x4c4d5032;  // "LMP2": without sound descriptors
constexpr uint32_t kMagicWithDescriptors = 0x4c4d5033;  // "LMP3"

class Writer {
public:
    explicit Writer(const std::filesystem::path& file) : out_(file, std::ios::binary)
    {
        if (!out_) throw std::runtime_error("cannot write " + file.string());
    }
    void number(uint32_t value) { out_.write(reinterpret_cast<const char*>(&value), sizeof value); }
    void real(double value) { out_.write(reinterpret_cast<const char*>(&value), sizeof value); }
    void text(const std::string& value)
    {
        number(static_cast<uint32_t>(value.size()));
        out_.write(value.data(), static_cast<std::streamsize>(value.size()));
    }
    void floats(const std::vector<float>& values)
    {
        number(static_cast<uint32_t>(values.size()));
        out_.write(reinterpret_cast<const char*>(values.data()), static_cast<std::streamsize>(values.size() * 4));
    }
    void ints(const std::vector<int>& values)
    {
        number(static_cast<uint32_t>(values.size()));
        for (int value : values) number(static_cast<uint32_t>(value));
    }

private:
    std::ofstream out_;
};

class Reader {
public:
    explicit Reader(const std::filesystem::path& file) : in_(file, std::ios::binary), name_(file.string())
    {
        if (!in_) throw std::runtime_error("cannot read " + name_);
    }
    uint32_t number()
    {
        uint32_t value = 0;
        read(&value, sizeof value);
        return value;
    }
    double real()
    {
        double value = 0;
        read(&value, sizeof value);
        return value;
    }
    std::string text()
    {
        std::string value(checkedSize(number()), '\0');
        read(value.data(), value.size());
        return value;
    }
    std::vector<float> floats()
    {
        std::vector<float> values(checkedSize(number()));
        read(values.data(), values.size() * 4);
        return values;
    }
    std::vector<int> ints()
    {
        std::vector<int> values(checkedSize(number()));
        for (int& value : values) value = static_cast<int>(number());
        return values;
    }

private:
    size_t checkedSize(uint32_t size)
    {
        if (size > (1u << 20)) throw std::runtime_error(name_ + " is damaged");
        return size;
    }
    void read(void* data, size_t bytes)
    {
        in_.read(static_cast<char*>(data), static_cast<std::streamsize>(bytes));
        if (static_cast<size_t>(in_.gcount()) != bytes) throw std::runtime_error(name_ + " is truncated");
    }
    std::ifstream in_;
    std::string name_;
};

}  // namespace

void writeModifierPairs(const std::filesystem::path& file, const ModifierPairSet& set)
{
    Writer out(file);
    out.number(kMagicWithDescriptors);
    out.number(static_cast<uint32_t>(set.eventNames.size()));
    for (const std::string& name : set.eventNames) out.text(name);
    out.number(static_cast<uint32_t>(set.pairs.size()));
    for (const ModifierPair& pair : set.pairs) {
        out.text(pair.scene);
        out.number(static_cast<uint32_t>(pair.kinds.size()));
        for (const std::string& kind : pair.kinds) out.text(kind);
        out.text(pair.text);
        out.floats(pair.a);
        out.floats(pair.b);
        out.ints(pair.eventsA);
        out.ints(pair.eventsB);
        out.real(pair.loudnessA);
        out.real(pair.loudnessB);
        out.floats(pair.profileA);
        out.floats(pair.profileB);
        out.floats(pair.descriptorsA);
        out.floats(pair.descriptorsB);
    }
}

ModifierPairSet readModifierPairs(const std::filesystem::path& file)
{
    Reader in(file);
    const uint32_t magic = in.number();
    if (magic != kMagic && magic != kMagicWithProfiles && magic != kMagicWithDescriptors) {
        throw std::runtime_error(file.string() + " is not a modifier pair file");
    }
    const bool withProfiles = magic != kMagic, withDescriptors = magic == kMagicWithDescriptors;
    ModifierPairSet set;
    set.eventNames.resize(in.number());
    for (std::string& name : set.eventNames) name = in.text();
    set.pairs.resize(in.number());
    for (ModifierPair& pair : set.pairs) {
        pair.scene = in.text();
        pair.kinds.resize(in.number());
        for (std::string& kind : pair.kinds) kind = in.text();
        pair.text = in.text();
        pair.a = in.floats();
        pair.b = in.floats();
        pair.eventsA = in.ints();
        pair.eventsB = in.ints();
        pair.loudnessA = in.real();
        pair.loudnessB = in.real();
        if (withProfiles) {
            pair.profileA = in.floats();
            pair.profileB = in.floats();
        }
        if (withDescriptors) {
            pair.descriptorsA = in.floats();
            pair.descriptorsB = in.floats();
        }
    }
    return set;
}

}  // namespace lectern::ml
