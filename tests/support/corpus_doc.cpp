#include "tests/support/corpus_doc.h"

namespace liaison::testing {

std::string to_markdown(const CorpusDoc& doc) {
  std::string out = "---\n";
  const auto field = [&out](const char* key, const std::string& value) {
    if (!value.empty()) out += std::string(key) + ": " + value + "\n";
  };
  field("id", doc.id);
  field("title", doc.title);
  field("date", doc.date);
  field("lang", doc.lang);
  field("kind", doc.kind);
  field("source", doc.source);
  field("origin", doc.origin);
  field("translation_of", doc.translation_of);
  field("url", doc.url);
  field("areas", doc.areas);
  field("measures", doc.measures);
  return out + "---\n\n" + doc.body + "\n";
}

}  // namespace liaison::testing
