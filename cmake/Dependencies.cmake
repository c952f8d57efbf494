# Every dependency comes from Debian's packages; see README.md for the apt-get list.
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Threads REQUIRED)

# Xapian ships xapian-config.cmake without an imported target; wrap it in one.
find_package(xapian REQUIRED)
if(NOT TARGET Xapian::xapian)
  add_library(Xapian::xapian INTERFACE IMPORTED)
  set_target_properties(Xapian::xapian PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${XAPIAN_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${XAPIAN_LIBRARIES}")
endif()

# cpp-httplib has no CMake package in Debian 12: find the header and the shared library.
# Debian's libcpp-httplib.so is compiled with OpenSSL, zlib and Brotli support, and those macros
# change the layout of httplib's classes (Client, Request, ...): whoever includes httplib.h must
# define them too, or the library writes past the objects our code allocates. They go on the
# imported target so that no includer can forget them.
find_path(HTTPLIB_INCLUDE_DIR httplib.h REQUIRED)
find_library(HTTPLIB_LIBRARY cpp-httplib REQUIRED)
find_package(OpenSSL REQUIRED)
find_package(ZLIB REQUIRED)
if(NOT TARGET httplib::httplib)
  add_library(httplib::httplib INTERFACE IMPORTED)
  set_target_properties(httplib::httplib PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${HTTPLIB_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "CPPHTTPLIB_OPENSSL_SUPPORT;CPPHTTPLIB_ZLIB_SUPPORT;CPPHTTPLIB_BROTLI_SUPPORT"
    INTERFACE_LINK_LIBRARIES "${HTTPLIB_LIBRARY};OpenSSL::SSL;OpenSSL::Crypto;ZLIB::ZLIB;Threads::Threads")
endif()

# HTML pages: libxml2's HTML parser (libxml2-dev). PDF files: poppler's C++ library
# (libpoppler-cpp-dev), which has no CMake package: pkg-config gives an imported target.
find_package(LibXml2 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
# A document record's head is compressed with Zstandard: it expands several times faster than
# zlib, and a search expands ten to a hundred of them (core/index/document_record.cpp).
pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET libzstd)

# CLI11 is header-only (libcli11-dev).
find_path(CLI11_INCLUDE_DIR CLI/CLI.hpp REQUIRED)

if(LIAISON_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()
