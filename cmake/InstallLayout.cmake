# Where the installed program finds its parts (app/platform/ModelLocation
# looks in the same places, relative to the program):
#   Linux    bin/, lib/lectern/plugins/ (the inference plugin), share/lectern/{models,vocabulary}
#   Windows  bin/ holds the program, the plugin and the DLLs; bin/models, bin/vocabulary
#   macOS    lectern.app/Contents/{MacOS (both programs),Frameworks,Resources/models,Resources/vocabulary}
# On Linux the plugin sits one folder below lib/lectern so that CPack's DEB
# generator does not take it for a shared library that needs ldconfig (lintian's
# maintscript-calls-ldconfig): it is opened by path, never by the loader's search.
set(LECTERN_CLI_INSTALL_DIR ${CMAKE_INSTALL_BINDIR})
if(WIN32)
  set(LECTERN_INFERENCE_INSTALL_DIR ${CMAKE_INSTALL_BINDIR})
  set(LECTERN_DATA_INSTALL_DIR ${CMAKE_INSTALL_BINDIR})
elseif(APPLE)
  set(LECTERN_CLI_INSTALL_DIR lectern.app/Contents/MacOS)
  set(LECTERN_INFERENCE_INSTALL_DIR lectern.app/Contents/Frameworks)
  set(LECTERN_DATA_INSTALL_DIR lectern.app/Contents/Resources)
else()
  set(LECTERN_INFERENCE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/lectern/plugins)
  set(LECTERN_DATA_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/lectern)
endif()
