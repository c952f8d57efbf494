#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace liaison {

/// The parts of a corpus file: its `key: value` header and the body after it.
struct FrontMatter {
  std::map<std::string, std::string> fields;  ///< keys lower-cased, values trimmed
  std::map<std::string, std::size_t> lines;   ///< 1-based line of each key (for error messages)
  std::string_view body;                      ///< points into the parsed content
  std::size_t body_line = 1;                  ///< 1-based line where the body starts
  bool present = false;                       ///< false: the file has no front matter at all
};

/// Splits `content` into front matter and body. A block opens with a first line of `---` and
/// closes with the next `---` line. Throws IngestError naming `path` and the line for an
/// unclosed block, a line without `key: value`, an empty or repeated key.
/// A leading UTF-8 byte order mark is skipped and CRLF line ends are accepted; blank lines
/// inside the block are ignored; keys Liaison does not know are kept in `fields`.
FrontMatter parse_front_matter(std::string_view content, const std::string& path);

}  // namespace liaison
