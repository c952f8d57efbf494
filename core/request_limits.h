#pragma once
// The limits of a search request, in one place: the query parser, the Searcher, the server's
// parameter parsing and its error messages all read them here, and docs/api.md states them
// (tests/server/limits_doc_test.cpp checks that the page says the same numbers).
#include <cstddef>
#include <cstdint>

namespace liaison::limits {

/// Longest query text, in bytes: a longer `q` is refused before it is parsed.
inline constexpr std::size_t kMaxQueryBytes = 4096;

/// Largest page size (hits per page) a search may ask for.
inline constexpr std::uint32_t kMaxPageSize = 100;

/// Page size when the request does not say.
inline constexpr std::uint32_t kDefaultPageSize = 10;

/// Deepest page a search may ask for: deeper pages cost more than they are worth.
inline constexpr std::uint32_t kMaxPage = 1000;

}  // namespace liaison::limits
