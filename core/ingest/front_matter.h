#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace liaison {

/// The parts of a corpus file: its `key: value` header and the body after it.
struct FrontMatter {
  std::map<std::string, std::string> fields;  ///< keys lower-cased, values trimmed
  std::string_view body;                      ///< points into the parsed content
  std::size_t body_line = 1;                  ///< 1-based line where the body starts
  bool present = false;                       ///< false: the file has no front matter at all
};

/// Splits `content` into front matter and body. A block opens with a first line of `---` and
/// closes with the next `---` line. Throws IngestError naming `path` and the line for an
/// unclosed block, a line without `key: value`, an empty or repeated key.
FrontMatter parse_front_matter(std::string_view content, const std::string& path);

}  // namespace liaison
