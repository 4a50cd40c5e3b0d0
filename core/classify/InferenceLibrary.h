// The inference library: the code that runs the models, built apart from the
// engine (classify/inference/) because libtorch takes about 0.3 s to load.
// It is opened the first time a model is loaded, so the commands and the
// window that never run a model start without it.
#pragma once

#include <filesystem>
#include <memory>

#include "classify/ClassifierModels.h"

namespace lectern {

// What the inference library offers: a loader for each model, and the
// choice of one thread per call for the import's worker pool.
struct InferenceBackend {
    std::unique_ptr<AudioModel> (*loadAudio)(const std::filesystem::path& file);
    std::unique_ptr<TextModel> (*loadText)(const std::filesystem::path& file);
    std::unique_ptr<FusionModel> (*loadFusion)(const std::filesystem::path& file);
    std::unique_ptr<HashModel> (*loadHash)(const std::filesystem::path& file);
    std::unique_ptr<TextQueryModel> (*loadTextQuery)(const std::filesystem::path& file);
    std::unique_ptr<ModifierModel> (*loadModifier)(const std::filesystem::path& audioFile,
                                                   const std::filesystem::path& textFile);
    void (*runEachCallOnOneThread)();
};

// The library's one exported function returns its backend.
#define LECTERN_INFERENCE_ENTRY_POINT lectern_inference_backend
inline constexpr const char* kInferenceEntryPointName = "lectern_inference_backend";
using InferenceEntryPoint = const InferenceBackend* (*)();

// The backend, the library opened on first use. Throws std::runtime_error
// saying where it looked, or why the library would not open.
const InferenceBackend& inferenceBackend();

// Where the library is looked for: LECTERN_INFERENCE_LIBRARY (the file) if
// set, else the folder the application named at start-up, else the
// installed and the build folders.
void setInferenceLibraryDirectory(const std::filesystem::path& folder);

}  // namespace lectern
