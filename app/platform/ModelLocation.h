// Points the classifier at the models shipped beside the program, where an
// installer put them (Linux share/, the Windows install folder, a macOS
// bundle's Resources/); a build tree falls back to the source folder.
#pragma once

namespace lectern {

// Call once after QCoreApplication exists.
void useBundledModels();

}  // namespace lectern
