# liaison_set_warnings(target): the project's warning and sanitizer policy, in one place.
if(LIAISON_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

function(liaison_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
  if(LIAISON_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(LIAISON_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 with ASan reports -Wmaybe-uninitialized inside libstdc++'s <regex> (used by
    # httplib.h): a known false positive of that combination, not of our code.
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
endfunction()
