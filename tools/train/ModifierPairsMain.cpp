// lectern-modifier-pairs: the query-modifier pairs of P5 (issue 5), made the
// APwD way from Debian-packaged sounds, as CNN embeddings (ModifierPairs.h).
//
//   lectern-modifier-pairs CORPUS OUT_DIR [--pairs 4000] [--validation 300] [--eval 1000] [--seed 7]
//
// Three scenes: "water" (lakes and harbour water, the nearest the packages
// come to P5's rain), "traffic" (busy and quiet streets, dirt tracks) and
// "classroom" (a lecture clip of the corpus over a room tone). Events are
// the other lincity-ng effects, a class per sound name ("Blacksmith2.wav" is
// a blacksmith). Every class with two or more recordings keeps its last one
// out of training; the evaluation pairs use only those, and held-out
// lecture clips and music: "held-out sources". A pair is a mixture a and a
// mixture b with one or two of ten differences (kModifierKinds): background,
// event or the whole clip louder or quieter by 10 dB, an event or a music
// bed added or removed; the sentence says them in varied words.
//
// Writes train.lmp, validation.lmp and eval.lmp in OUT_DIR.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "../ml/ModifierPairs.h"
#include "classify/FileClassifier.h"
#include "dsp/Loudness.h"
#include "media/ClipReader.h"

namespace fs = std::filesystem;
using namespace lectern;
using namespace lectern::ml;

namespace {

constexpr int kRate = 16000;
constexpr size_t kClip = 10 * kRate;
constexpr double kStep = 10.0;  // dB of every louder/quieter difference

struct Sound {
    std::vector<float> samples;
};

struct SoundClass {
    std::string name;  // in words
    std::vector<Sound> train, heldout;
};

// "TraficHigh" -> "trafic high"; the words the sentences use.
std::string wordsOf(const std::string& stem)
{
    static const std::map<std::string, std::string> named = {
        {"SportsCroud", "crowd"},       {"RailTrain", "train"},         {"Blacksmith", "hammering"},
        {"Health", "hospital"},         {"Green", "birds"},             {"Farm", "farm animals"},
        {"Fire", "fire"},               {"FireStation", "siren"},       {"Harbor", "harbour"},
        {"Rocket", "rocket"},           {"WindMill", "windmill"},       {"Mill", "mill"},
        {"School", "children"},         {"Shanty", "shouting"},         {"Raze", "demolition"},
        {"CoalMine", "mine machinery"}, {"OreMine", "drilling"},        {"Pottery", "pottery wheel"},
        {"Commune", "chatter"},         {"Monument", "bells"},          {"IndustryHigh", "heavy machines"},
        {"IndustryLight", "light machines"}, {"Recycle", "clattering"}, {"Tip", "dumping"},
        {"University", "lecture hall"}, {"ResidentialHigh", "neighbours"}, {"ResidentialLow", "voices"},
        {"ResidentialMed", "street life"}, {"PowerSolar", "hum"},       {"MonumentConstruction", "building work"},
        {"OrganicFarm", "cows"},        {"Build", "construction"},      {"Substation", "buzzing"},
        {"WindMillHTech", "wind turbine"}, {"ParklandPlane", "aeroplane"}};
    if (auto it = named.find(stem); it != named.end()) return it->second;
    std::string words;
    for (char c : stem) {
        if (std::isupper(static_cast<unsigned char>(c)) && !words.empty()) words += ' ';
        words += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return words;
}

std::vector<float> decoded(const fs::path& file, double maxSeconds = 60)
{
    auto clip = readClip(file, {0.0, maxSeconds}, maxSeconds);
    if (!clip || clip->size() < kRate / 4) return {};
    return std::move(clip).value();
}

// The lincity-ng effects by name; the last recording of a name is held out.
std::map<std::string, SoundClass> lincityClasses()
{
    std::map<std::string, std::vector<fs::path>> byStem;
    const std::regex name(R"re(([A-Za-z]+)[0-9]*\.wav)re");
    for (const auto& entry : fs::directory_iterator("/usr/share/games/lincity-ng/sounds")) {
        std::smatch match;
        const std::string file = entry.path().filename().string();
        if (std::regex_match(file, match, name)) byStem[match[1].str()].push_back(entry.path());
    }
    std::map<std::string, SoundClass> classes;
    for (auto& [stem, files] : byStem) {
        std::sort(files.begin(), files.end());
        SoundClass cls{wordsOf(stem), {}, {}};
        for (size_t i = 0; i < files.size(); ++i) {
            Sound sound{decoded(files[i])};
            if (sound.samples.empty()) continue;
            (files.size() >= 2 && i + 1 == files.size() ? cls.heldout : cls.train).push_back(std::move(sound));
        }
        if (!cls.train.empty()) classes.emplace(stem, std::move(cls));
    }
    return classes;
}

std::vector<Sound> filesOf(const std::vector<fs::path>& files, double maxSeconds)
{
    std::vector<Sound> sounds;
    for (const fs::path& file : files) {
        Sound sound{decoded(file, maxSeconds)};
        if (!sound.samples.empty()) sounds.push_back(std::move(sound));
    }
    return sounds;
}

std::vector<fs::path> globbed(const fs::path& folder, const std::string& extension, bool recursive)
{
    std::vector<fs::path> files;
    if (!fs::exists(folder)) return files;
    const auto add = [&](const fs::directory_entry& entry) {
        if (entry.is_regular_file() && entry.path().extension() == extension) files.push_back(entry.path());
    };
    if (recursive) {
        for (const auto& entry : fs::recursive_directory_iterator(folder)) add(entry);
    } else {
        for (const auto& entry : fs::directory_iterator(folder)) add(entry);
    }
    std::sort(files.begin(), files.end());
    return files;
}

// Corpus lecture clips (any container the corpus wrote) of one split.
std::vector<Sound> lectureClips(const fs::path& corpus, const std::string& split, size_t most)
{
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(corpus / split / "lecture")) {
        if (entry.is_regular_file() && entry.path().extension() != ".json") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    if (files.size() > most) files.resize(most);
    return filesOf(files, 30);
}

struct Event {
    int cls = 0;
    const Sound* sound = nullptr;
    double at = 0;  // seconds into the clip
    double gainDb = 0;
};

struct Mixture {
    const Sound* background = nullptr;
    size_t backgroundStart = 0;
    double backgroundDb = 0;
    bool roomTone = false;
    std::vector<Event> events;
    const Sound* music = nullptr;
    size_t musicStart = 0;
    double musicDb = -14;
    double wholeDb = 0;
};

double gainOf(double db) { return std::pow(10.0, db / 20.0); }

std::vector<float> render(const Mixture& mix, unsigned seed)
{
    std::vector<float> out(kClip, 0.0f);
    const auto addLooped = [&](const Sound& sound, size_t start, double db) {
        const float gain = static_cast<float>(gainOf(db));
        for (size_t i = 0; i < kClip; ++i) out[i] += gain * sound.samples[(start + i) % sound.samples.size()];
    };
    addLooped(*mix.background, mix.backgroundStart, mix.backgroundDb);
    if (mix.roomTone) {  // a ventilated room: low, steady noise (the same for a and b)
        std::mt19937 noise(seed);
        std::normal_distribution<float> white(0.0f, 0.02f);
        float low = 0;
        for (float& sample : out) sample += (low = 0.97f * low + 0.03f * white(noise)) * 4.0f;
    }
    if (mix.music) addLooped(*mix.music, mix.musicStart, mix.musicDb);
    for (const Event& event : mix.events) {
        const float gain = static_cast<float>(gainOf(event.gainDb));
        const size_t first = static_cast<size_t>(event.at * kRate);
        for (size_t i = 0; i < event.sound->samples.size() && first + i < kClip; ++i) {
            out[first + i] += gain * event.sound->samples[i];
        }
    }
    const float whole = static_cast<float>(gainOf(mix.wholeDb));
    for (float& sample : out) sample = std::clamp(sample * whole, -1.0f, 1.0f);
    return out;
}

struct Scene {
    std::string name;
    std::string backgroundWords;  // "the water"
    std::vector<const Sound*> backgrounds;
    bool roomTone = false;
};

const std::map<std::string, std::vector<std::string>>& phrasings()
{
    static const std::map<std::string, std::vector<std::string>> texts = {
        {"background louder", {"make {bg} louder", "more {bg}", "turn up {bg}", "increase {bg}"}},
        {"background quieter", {"make {bg} quieter", "less {bg}", "turn down {bg}", "reduce {bg}"}},
        {"add event", {"add {ev}", "put in some {ev}", "with {ev} as well", "add the sound of {ev}"}},
        {"remove event", {"remove the {ev}", "without the {ev}", "take out the {ev}", "no {ev}"}},
        {"event louder", {"make the {ev} louder", "louder {ev}", "turn up the {ev}", "more {ev}"}},
        {"event quieter", {"make the {ev} quieter", "softer {ev}", "turn down the {ev}", "less {ev}"}},
        {"whole louder", {"make it louder", "louder overall", "turn it up", "the whole thing louder"}},
        {"whole quieter", {"make it quieter", "quieter overall", "turn it down", "softer, all of it"}},
        {"add music", {"add background music", "put music under it", "with music", "add a music bed"}},
        {"remove music", {"remove the music", "without music", "take the music out", "no music"}}};
    return texts;
}

std::string phrase(const std::string& kind, const std::string& background, const std::string& event, std::mt19937& rng)
{
    const auto& options = phrasings().at(kind);
    std::string text = options[rng() % options.size()];
    const auto put = [&text](const std::string& key, const std::string& value) {
        if (const size_t at = text.find(key); at != std::string::npos) text.replace(at, key.size(), value);
    };
    put("{bg}", background);
    put("{ev}", event);
    return text;
}

class PairMaker {
public:
    PairMaker(const std::vector<SoundClass>& events, const std::vector<Sound>& music, bool heldout)
        : events_(events), music_(music), heldout_(heldout)
    {
        for (size_t c = 0; c < events_.size(); ++c) {
            if (!pool(static_cast<int>(c)).empty()) usable_.push_back(static_cast<int>(c));
        }
    }

    // a and b and what differs, or nothing where the draw allows no such pair.
    bool make(const Scene& scene, std::mt19937& rng, Mixture& a, Mixture& b, std::vector<std::string>& kinds,
              std::string& text)
    {
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        a = Mixture{};
        a.background = scene.backgrounds[rng() % scene.backgrounds.size()];
        a.backgroundStart = rng() % a.background->samples.size();
        a.backgroundDb = -6 + 6 * unit(rng);
        a.roomTone = scene.roomTone;
        const int eventCount = 1 + static_cast<int>(rng() % 3);
        std::set<int> present;
        for (int e = 0; e < eventCount; ++e) {
            const int cls = usable_[rng() % usable_.size()];
            if (!present.insert(cls).second) continue;
            a.events.push_back(drawEvent(cls, rng));
        }
        if (unit(rng) < 0.3) a.music = &music_[rng() % music_.size()], a.musicStart = rng() % a.music->samples.size();
        b = a;
        kinds.clear();
        std::vector<std::string> sentences;
        const int differences = unit(rng) < 0.5 ? 1 : 2;
        std::set<std::string> used;
        for (int attempt = 0; attempt < 20 && static_cast<int>(kinds.size()) < differences; ++attempt) {
            const std::string kind = kModifierKinds[rng() % kModifierKinds.size()];
            // One difference per thing: no "louder" and "quieter" of the same.
            const std::string subject = kind.substr(0, kind.find(' '));
            if (used.count(subject) || (kind.find("event") != std::string::npos && used.count("event"))) continue;
            std::string eventWords;
            if (!apply(kind, b, rng, eventWords)) continue;
            used.insert(subject);
            if (kind.find("event") != std::string::npos) used.insert("event");
            kinds.push_back(kind);
            sentences.push_back(phrase(kind, scene.backgroundWords, eventWords, rng));
        }
        if (kinds.empty()) return false;
        text = sentences.front();
        for (size_t s = 1; s < sentences.size(); ++s) text += " and " + sentences[s];
        return true;
    }

    static std::vector<int> classesIn(const Mixture& mix)
    {
        std::set<int> classes;
        for (const Event& event : mix.events) classes.insert(event.cls);
        return {classes.begin(), classes.end()};
    }

private:
    const std::vector<Sound>& pool(int cls) const
    {
        return heldout_ ? events_[static_cast<size_t>(cls)].heldout : events_[static_cast<size_t>(cls)].train;
    }

    Event drawEvent(int cls, std::mt19937& rng) const
    {
        const auto& sounds = pool(cls);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        return {cls, &sounds[rng() % sounds.size()], 7.0 * unit(rng), -4 + 6 * unit(rng)};
    }

    bool apply(const std::string& kind, Mixture& b, std::mt19937& rng, std::string& eventWords) const
    {
        if (kind == "background louder") b.backgroundDb += kStep;
        else if (kind == "background quieter") b.backgroundDb -= kStep;
        else if (kind == "whole louder") b.wholeDb += kStep;
        else if (kind == "whole quieter") b.wholeDb -= kStep;
        else if (kind == "add music") {
            if (b.music) return false;
            b.music = &music_[rng() % music_.size()];
            b.musicStart = rng() % b.music->samples.size();
        } else if (kind == "remove music") {
            if (!b.music) return false;
            b.music = nullptr;
        } else if (kind == "add event") {
            const std::vector<int> present = classesIn(b);
            const int cls = usable_[rng() % usable_.size()];
            if (std::find(present.begin(), present.end(), cls) != present.end()) return false;
            b.events.push_back(drawEvent(cls, rng));
            eventWords = events_[static_cast<size_t>(cls)].name;
        } else {
            if (b.events.empty()) return false;
            const size_t which = rng() % b.events.size();
            eventWords = events_[static_cast<size_t>(b.events[which].cls)].name;
            if (kind == "remove event") b.events.erase(b.events.begin() + static_cast<long>(which));
            else b.events[which].gainDb += kind == "event louder" ? kStep : -kStep;
        }
        return true;
    }

    const std::vector<SoundClass>& events_;
    const std::vector<Sound>& music_;
    bool heldout_;
    std::vector<int> usable_;
};

// What the app stores of an item and the modifier reads (ModifierInput.h).
struct ClipFacts {
    std::vector<float> embedding;
    double loudness = kModifierSilenceLufs;
    std::vector<float> profile;
    std::vector<float> descriptors;
};

ClipFacts factsOf(const std::shared_ptr<const ClassifierModels>& models, const std::vector<float>& clip)
{
    FileClassifier classifier(models, {}, false);
    classifier.addSamples(clip);
    LoudnessMeter meter(kRate);
    meter.process(clip);
    FileClassification classified = classifier.finish();
    return {std::move(classified.audio.feature), meter.result().integratedLufs.value_or(kModifierSilenceLufs),
            std::move(classified.soundProfile), std::move(classified.soundDescriptors)};
}

ModifierPairSet makePairs(const std::vector<Scene>& scenes, const std::vector<SoundClass>& events,
                          const std::vector<Sound>& music, bool heldout, size_t perScene, unsigned seed,
                          const std::shared_ptr<const ClassifierModels>& models)
{
    ModifierPairSet set;
    for (const SoundClass& cls : events) set.eventNames.push_back(cls.name);
    PairMaker maker(events, music, heldout);
    std::mt19937 rng(seed);
    for (const Scene& scene : scenes) {
        size_t made = 0;
        while (made < perScene) {
            Mixture a, b;
            ModifierPair pair;
            if (!maker.make(scene, rng, a, b, pair.kinds, pair.text)) continue;
            const unsigned noiseSeed = static_cast<unsigned>(rng());
            ClipFacts factsA = factsOf(models, render(a, noiseSeed));
            ClipFacts factsB = factsOf(models, render(b, noiseSeed));
            if (factsA.embedding.empty() || factsB.embedding.empty()) continue;
            pair.scene = scene.name;
            pair.a = std::move(factsA.embedding);
            pair.b = std::move(factsB.embedding);
            pair.eventsA = PairMaker::classesIn(a);
            pair.eventsB = PairMaker::classesIn(b);
            pair.loudnessA = factsA.loudness;
            pair.loudnessB = factsB.loudness;
            pair.profileA = std::move(factsA.profile);
            pair.profileB = std::move(factsB.profile);
            pair.descriptorsA = std::move(factsA.descriptors);
            pair.descriptorsB = std::move(factsB.descriptors);
            set.pairs.push_back(std::move(pair));
            if (++made % 500 == 0) std::cout << scene.name << ": " << made << " pairs" << std::endl;
        }
    }
    return set;
}

std::vector<const Sound*> pointersTo(const std::vector<Sound>& sounds)
{
    std::vector<const Sound*> pointers;
    for (const Sound& sound : sounds) pointers.push_back(&sound);
    return pointers;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: lectern-modifier-pairs CORPUS OUT_DIR [--pairs 4000] [--validation 300] [--eval 1000] [--seed 7]\n";
        return 2;
    }
    const fs::path corpus = argv[1], out = argv[2];
    size_t trainPairs = 4000, validationPairs = 300, evalPairs = 1000;
    unsigned seed = 7;
    for (int i = 3; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--pairs") trainPairs = std::stoul(argv[i + 1]);
        else if (flag == "--validation") validationPairs = std::stoul(argv[i + 1]);
        else if (flag == "--eval") evalPairs = std::stoul(argv[i + 1]);
        else if (flag == "--seed") seed = static_cast<unsigned>(std::stoul(argv[i + 1]));
        else { std::cerr << "unknown option " << flag << "\n"; return 2; }
    }
    try {
        auto models = sharedClassifierModels();
        if (!models) throw std::runtime_error(models.error().message);
        fs::create_directories(out);
        auto classes = lincityClasses();
        // Backgrounds are scenes, not events.
        std::map<std::string, SoundClass> backgrounds;
        for (const char* stem : {"Water", "ParklandLake", "TraficHigh", "TraficLow", "DirtTrack"}) {
            if (auto node = classes.extract(stem)) backgrounds.insert(std::move(node));
        }
        const auto takeBackground = [&backgrounds](std::initializer_list<const char*> stems, bool heldout) {
            std::vector<const Sound*> sounds;
            for (const char* stem : stems) {
                const auto it = backgrounds.find(stem);
                if (it == backgrounds.end()) continue;
                for (const Sound& sound : heldout ? it->second.heldout : it->second.train) sounds.push_back(&sound);
            }
            return sounds;
        };
        // Training music of several styles (wesnoth's orchestra, hedgewars' rock, oriental,
        // pirate, ... tracks, lincity-ng's blues), so that "add music" is not learnt as
        // "add an orchestra". Measured against wesnoth's alone: within what a seed changes
        // (tools/README.md).
        std::vector<fs::path> trainMusicFiles;
        for (const char* folder : {"/usr/share/games/wesnoth/1.16/data/core/music",
                                   "/usr/share/games/hedgewars/Data/Music",
                                   "/usr/share/games/lincity-ng/music/default"}) {
            const std::vector<fs::path> more = globbed(folder, ".ogg", false);
            trainMusicFiles.insert(trainMusicFiles.end(), more.begin(), more.end());
        }
        const std::vector<Sound> trainMusic = filesOf(trainMusicFiles, 40);  // the first 40 s of each
        const std::vector<Sound> heldoutMusic = filesOf(globbed("/usr/share/games/etr/music", ".ogg", false), 40);
        const std::vector<Sound> trainLectures = lectureClips(corpus, "train", 60);
        const std::vector<Sound> heldoutLectures = lectureClips(corpus, "heldout", 30);
        if (trainMusic.empty() || heldoutMusic.empty() || trainLectures.empty() || heldoutLectures.empty()) {
            throw std::runtime_error("music or lecture clips missing (wesnoth-1.16-music, extremetuxracer-data, the corpus)");
        }
        const auto scenesOf = [&](bool heldout) {
            return std::vector<Scene>{
                {"water", "the water", takeBackground({"Water", "ParklandLake"}, heldout), false},
                {"traffic", "the traffic", takeBackground({"TraficHigh", "TraficLow", "DirtTrack"}, heldout), false},
                {"classroom", "the talking", pointersTo(heldout ? heldoutLectures : trainLectures), true}};
        };
        const std::vector<Scene> trainScenes = scenesOf(false), heldoutScenes = scenesOf(true);
        std::vector<SoundClass> events;
        for (auto& [stem, cls] : classes) events.push_back(std::move(cls));
        std::cout << events.size() << " event classes\n";

        writeModifierPairs(out / "train.lmp", makePairs(trainScenes, events, trainMusic, false, trainPairs, seed, *models));
        writeModifierPairs(out / "validation.lmp",
                           makePairs(trainScenes, events, trainMusic, false, validationPairs, seed + 1, *models));
        writeModifierPairs(out / "eval.lmp",
                           makePairs(heldoutScenes, events, heldoutMusic, true, evalPairs, seed + 2, *models));
    } catch (const std::exception& error) {
        std::cerr << "lectern-modifier-pairs: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
