#include "search/MeasurableModifier.h"

#include "common/AsciiText.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <utility>

namespace lectern {
namespace {

// Differences smaller than these are not noticeable. Loudness: a teacher who
// asks for "quieter" wants a change a listener notices at once, not the
// 1 LU a careful listener can just tell apart; 3 LU (issue 25).
constexpr double kLoudnessStepLu = 3.0;
// A change of this much or more is as clear as a change gets.
constexpr double kClearestLoudnessChangeLu = 20.0;
constexpr double kDurationRatio = 0.8;
constexpr double kMusicThreshold = 0.5;

// Phrases by meaning; the negative ones are tried first, so that "without
// music" is not read as "music". English first, then the window's other
// languages (German, French, Spanish, Chinese, Arabic), which its modifier
// suggestions are translated into.
const std::vector<std::pair<MeasurableModifier, std::vector<std::string>>>& vocabulary()
{
    static const std::vector<std::pair<MeasurableModifier, std::vector<std::string>>> phrases = {
        {MeasurableModifier::WithoutMusic,
         {"without music", "no music", "remove the music", "remove music", "less music", "without the music",
          "music removed", "drop the music",
          "ohne musik", "sans musique", "sin música", "没有音乐", "无音乐", "بلا موسيقى", "بدون موسيقى"}},
        {MeasurableModifier::WithoutSpeech,
         {"without speech", "no speech", "without talking", "no talking", "without voice", "no voice",
          "without the voice", "remove the voice", "remove the speech", "without narration", "no narration",
          "instrumental",
          "ohne sprache", "ohne gerede", "sans parole", "sin voz", "没有讲话", "无人声", "بلا كلام", "بدون كلام"}},
        {MeasurableModifier::WithMusic,
         {"with music", "add music", "more music", "music bed", "add a music", "with a music", "musical",
          "mit musik", "avec musique", "con música", "有音乐", "مع موسيقى"}},
        {MeasurableModifier::WithSpeech,
         {"with speech", "add speech", "with voice", "with a voice", "add a voice", "with talking", "spoken",
          "with narration", "add narration", "more speech",
          "mit sprache", "avec parole", "con voz", "有讲话", "مع كلام"}},
        {MeasurableModifier::Quieter,
         {"quieter", "softer", "less loud", "more quiet", "lower volume", "lower the volume", "turn it down",
          "turn down", "not so loud", "calmer", "more softly",
          "leiser", "plus calme", "moins fort", "más bajo", "más suave", "更安静", "小声", "أهدأ", "أخفض"}},
        {MeasurableModifier::Louder,
         {"louder", "more loud", "higher volume", "raise the volume", "turn it up", "turn up", "not so quiet",
          "lauter", "plus fort", "más alto", "más fuerte", "更响", "大声", "أعلى صوت"}},
        {MeasurableModifier::Shorter, {"shorter", "briefer", "less long", "not so long", "quicker",
          "kürzer", "plus court", "más corto", "更短", "أقصر"}},
        {MeasurableModifier::Longer, {"longer", "more long", "not so short", "extended",
          "länger", "plus long", "más largo", "更长", "أطول"}},
    };
    return phrases;
}

bool opposite(MeasurableModifier a, MeasurableModifier b)
{
    using M = MeasurableModifier;
    const auto pair = [&](M x, M y) { return (a == x && b == y) || (a == y && b == x); };
    return pair(M::Quieter, M::Louder) || pair(M::Shorter, M::Longer) || pair(M::WithMusic, M::WithoutMusic) ||
           pair(M::WithSpeech, M::WithoutSpeech);
}

std::string formatted(const char* pattern, double value)
{
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

}  // namespace

std::vector<MeasurableModifier> parseMeasurableModifiers(std::string_view text)
{
    std::string rest = asciiLowercase(text);
    std::vector<std::pair<size_t, MeasurableModifier>> found;
    for (const auto& [modifier, phrases] : vocabulary()) {
        for (const std::string& phrase : phrases) {
            const size_t at = rest.find(phrase);
            if (at == std::string::npos) continue;
            const MeasurableModifier wanted = modifier;  // clang 14 cannot capture a structured binding
            const bool clash = std::any_of(found.begin(), found.end(), [&](const auto& other) {
                return other.second == wanted || opposite(other.second, wanted);
            });
            if (!clash) found.emplace_back(at, modifier);
            // Blank it so that a shorter phrase inside it is not read again.
            std::fill(rest.begin() + static_cast<long>(at), rest.begin() + static_cast<long>(at + phrase.size()), ' ');
        }
    }
    std::sort(found.begin(), found.end());
    std::vector<MeasurableModifier> modifiers;
    for (const auto& [at, modifier] : found) modifiers.push_back(modifier);
    return modifiers;
}

std::string nameOf(MeasurableModifier modifier)
{
    switch (modifier) {
    case MeasurableModifier::Quieter: return "quieter";
    case MeasurableModifier::Louder: return "louder";
    case MeasurableModifier::Shorter: return "shorter";
    case MeasurableModifier::Longer: return "longer";
    case MeasurableModifier::WithMusic: return "with music";
    case MeasurableModifier::WithoutMusic: return "without music";
    case MeasurableModifier::WithSpeech: return "with speech";
    case MeasurableModifier::WithoutSpeech: return "without speech";
    }
    return "";
}

std::optional<bool> satisfies(MeasurableModifier modifier, const MeasurableFacts& candidate,
                              const MeasurableFacts& example)
{
    switch (modifier) {
    case MeasurableModifier::Quieter:
    case MeasurableModifier::Louder: {
        if (!candidate.loudnessLufs || !example.loudnessLufs) return std::nullopt;
        const double change = *candidate.loudnessLufs - *example.loudnessLufs;
        return modifier == MeasurableModifier::Quieter ? change <= -kLoudnessStepLu : change >= kLoudnessStepLu;
    }
    case MeasurableModifier::Shorter:
        if (example.durationSeconds <= 0) return std::nullopt;
        return candidate.durationSeconds <= example.durationSeconds * kDurationRatio;
    case MeasurableModifier::Longer:
        if (example.durationSeconds <= 0) return std::nullopt;
        return candidate.durationSeconds * kDurationRatio >= example.durationSeconds;
    case MeasurableModifier::WithMusic:
    case MeasurableModifier::WithoutMusic:
    case MeasurableModifier::WithSpeech:
    case MeasurableModifier::WithoutSpeech: {
        if (!candidate.musicProbability) return std::nullopt;
        const bool music = *candidate.musicProbability >= kMusicThreshold;
        const bool wantsMusic =
            modifier == MeasurableModifier::WithMusic || modifier == MeasurableModifier::WithoutSpeech;
        return music == wantsMusic;
    }
    }
    return std::nullopt;
}

double changeClarity(MeasurableModifier modifier, const MeasurableFacts& candidate, const MeasurableFacts& example)
{
    switch (modifier) {
    case MeasurableModifier::Quieter:
    case MeasurableModifier::Louder: {
        if (!candidate.loudnessLufs || !example.loudnessLufs) return 0.0;
        const double change = *candidate.loudnessLufs - *example.loudnessLufs;
        const double asked = modifier == MeasurableModifier::Quieter ? -change : change;
        return std::clamp(asked / kClearestLoudnessChangeLu, 0.0, 1.0);
    }
    case MeasurableModifier::Shorter:
    case MeasurableModifier::Longer: {
        if (example.durationSeconds <= 0 || candidate.durationSeconds <= 0) return 0.0;
        const double ratio = modifier == MeasurableModifier::Shorter ? example.durationSeconds / candidate.durationSeconds
                                                                     : candidate.durationSeconds / example.durationSeconds;
        return std::clamp((ratio - 1.0) / 3.0, 0.0, 1.0);  // four times as long (or short) is as clear as it gets
    }
    default: {
        if (!candidate.musicProbability) return 0.0;
        const bool wantsMusic = modifier == MeasurableModifier::WithMusic || modifier == MeasurableModifier::WithoutSpeech;
        const double music = *candidate.musicProbability;
        return std::clamp(2.0 * (wantsMusic ? music - 0.5 : 0.5 - music), 0.0, 1.0);
    }
    }
}

std::string describeDifference(MeasurableModifier modifier, const MeasurableFacts& candidate,
                               const MeasurableFacts& example)
{
    switch (modifier) {
    case MeasurableModifier::Quieter:
    case MeasurableModifier::Louder:
        if (!candidate.loudnessLufs || !example.loudnessLufs) return "loudness unknown";
        return formatted("%+.1f LU against the example", *candidate.loudnessLufs - *example.loudnessLufs);
    case MeasurableModifier::Shorter:
    case MeasurableModifier::Longer:
        return formatted("%.0f s long", candidate.durationSeconds);
    default:
        if (!candidate.musicProbability) return "class unknown";
        return formatted("music %.0f %%", *candidate.musicProbability * 100);
    }
}

}  // namespace lectern
