#pragma once
// What the tagging tests build documents from and read tags with.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/ingest/document.h"

namespace liaison::testing {

/// A document whose passages are `texts`, in order, numbered from 1, all in `language`.
inline Document document_of(const std::vector<std::string>& texts, Language language) {
  Document document;
  for (const std::string& text : texts) {
    Passage passage;
    passage.n = static_cast<std::uint32_t>(document.passages.size() + 1);
    passage.text = text;
    passage.language = language;
    document.passages.push_back(passage);
  }
  return document;
}

/// Whether `tags` holds the tag `id`.
inline bool has_tag(const std::vector<Tag>& tags, const std::string& id) {
  return std::any_of(tags.begin(), tags.end(), [&id](const Tag& tag) { return tag.id == id; });
}

}  // namespace liaison::testing
