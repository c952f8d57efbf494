# liaison_set_warnings(target): the project's warning and sanitizer policy, in one place.
if(LIAISON_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# Fuzz build (scripts/fuzz): every library is instrumented for libFuzzer's coverage feedback
# (fuzzer-no-link) and checked by ASan+UBSan; only the fuzz targets link libFuzzer's main
# (fuzz/CMakeLists.txt). UBSan findings abort, so that the fuzzer records them as crashes;
# libstdc++'s assertions catch out-of-range operator[] that stays inside an allocation.
if(LIAISON_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "LIAISON_FUZZ needs clang (configure with -DCMAKE_CXX_COMPILER=clang++-14)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
    -fno-omit-frame-pointer -g -D_GLIBCXX_ASSERTIONS)
  add_link_options(-fsanitize=address,undefined)
endif()

function(liaison_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
  if(LIAISON_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 (Debian 12's compiler) reports -Wrestrict and -Wstringop-overflow inside
    # libstdc++ when it inlines std::string concatenation at -O2: false positives fixed in GCC 13
    # (GCC bugs 105329, 105651). They would fail every optimised build with -Werror.
    target_compile_options(${target} PRIVATE -Wno-restrict -Wno-stringop-overflow)
  endif()
  if(LIAISON_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 with ASan reports -Wmaybe-uninitialized inside libstdc++'s <regex> (used by
    # httplib.h): a known false positive of that combination, not of our code.
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
endfunction()
