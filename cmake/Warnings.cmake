# Every target of ours gets the same warnings; CI treats them as errors.
function(lectern_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${LECTERN_WARNINGS_AS_ERRORS}>:/WX>)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
      -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
      $<$<BOOL:${LECTERN_WARNINGS_AS_ERRORS}>:-Werror>)
  endif()
endfunction()
