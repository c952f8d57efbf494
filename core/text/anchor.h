#pragma once
// Passage anchors for links that survive edits around the passage.
#include <string>
#include <string_view>

namespace liaison {

/// A passage's anchor in links (`#t1a2b3c4d`): "t" and eight hex digits of a 32-bit FNV-1a hash
/// of its text, white space runs read as one space and none at the ends. It stays when
/// paragraphs are added, removed or moved around the passage and changes only with the
/// passage's own text; two passages of one document with the same text share it (a link goes to
/// the first). The positional `#pN` (the passage's number) remains for older links.
std::string passage_anchor(std::string_view text);

}  // namespace liaison
