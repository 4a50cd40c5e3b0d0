// Points the classifier at the models, and at the inference library that
// runs them, shipped beside the program where an installer put them (Linux
// share/ and lib/, the Windows install folder, a macOS bundle's Resources/
// and Frameworks/); a build tree falls back to its own.
#pragma once

namespace lectern {

// Call once after QCoreApplication exists.
void useBundledModels();

}  // namespace lectern
