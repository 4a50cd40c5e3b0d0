# Windows and macOS: an installed tree that runs on a computer with nothing
# else installed (packaging/README.md says how the libraries are found there).
#
# 1. Qt's own libraries, plugins (platform, styles, multimedia back end, image
#    formats) and translations: windeployqt / macdeployqt, through Qt's deploy
#    support, given all three binaries so that each one's Qt needs are met.
# 2. Every other library they load (FFmpeg, TagLib, FFTW, libebur128, SQLite,
#    libtorch and what those bring): on Windows found with CMake's
#    file(GET_RUNTIME_DEPENDENCIES) and copied beside the programs (Windows
#    looks there first); on macOS macdeployqt copies every non-system dylib
#    into Contents/Frameworks and rewrites the load paths itself.
# The models and vocabulary are installed by resources/CMakeLists.txt.
if(NOT (WIN32 OR APPLE) OR NOT TARGET lectern)
  return()
endif()

# Folders where the non-Qt DLLs live on Windows (vcpkg's installed/<triplet>/bin,
# libtorch's lib): by default the bin/ and lib/ of every CMAKE_PREFIX_PATH entry.
set(runtime_directories)
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
  list(APPEND runtime_directories "${prefix}/bin" "${prefix}/lib")
endforeach()
set(LECTERN_RUNTIME_DIRECTORIES "${runtime_directories}" CACHE STRING
    "Folders searched for the DLLs the programs load (Windows deployment)")

if(WIN32)
  set(programs "\${QT_DEPLOY_PREFIX}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:lectern>")
  set(extra "ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_PREFIX}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:lectern-cli>\"
    ADDITIONAL_MODULES \"\${QT_DEPLOY_PREFIX}/${LECTERN_INFERENCE_INSTALL_DIR}/$<TARGET_FILE_NAME:lectern_inference>\"
    GENERATE_QT_CONF")
else()
  set(programs "\${QT_DEPLOY_PREFIX}/lectern.app")
  set(extra "ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_PREFIX}/${LECTERN_CLI_INSTALL_DIR}/$<TARGET_FILE_NAME:lectern-cli>\"
    ADDITIONAL_MODULES \"\${QT_DEPLOY_PREFIX}/${LECTERN_INFERENCE_INSTALL_DIR}/$<TARGET_FILE_NAME:lectern_inference>\"")
endif()
set(qt_deploy_script "${CMAKE_CURRENT_BINARY_DIR}/deploy-qt-$<CONFIG>.cmake")
file(GENERATE OUTPUT "${qt_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${programs}\"
    ${extra}
)
")
install(SCRIPT "${qt_deploy_script}")

if(WIN32)
  install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
      EXECUTABLES \"$<TARGET_FILE:lectern>\" \"$<TARGET_FILE:lectern-cli>\"
      MODULES \"$<TARGET_FILE:lectern_inference>\"
      DIRECTORIES ${LECTERN_RUNTIME_DIRECTORIES}
      RESOLVED_DEPENDENCIES_VAR resolved
      UNRESOLVED_DEPENDENCIES_VAR unresolved
      # Windows' own DLLs, and Qt's, which windeployqt has placed already.
      PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^Qt6\"
      POST_EXCLUDE_REGEXES \"[/\\\\\\\\][Ss]ystem32[/\\\\\\\\]\" \"[/\\\\\\\\][Ww]in[Ss]x[Ss][/\\\\\\\\]\")
    foreach(library IN LISTS resolved)
      file(INSTALL \"\${library}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    endforeach()
    foreach(library IN LISTS unresolved)
      message(WARNING \"not found for the installer: \${library} (add its folder to LECTERN_RUNTIME_DIRECTORIES)\")
    endforeach()
  ")
endif()
