#pragma once
// The tagger over the bundled domain (corpus/domain), for the tests that check its vocabulary
// and rules in the four languages: made once, at its first use, and kept for the test program.
#include <string>

#include "core/analysis/analyzer.h"
#include "core/ingest/document.h"
#include "core/tagging/cbm_tagger.h"
#include "core/tagging/domain.h"
#include "tests/support/temp_dir.h"

namespace liaison::testing {

inline const CbmTagger& bundled_tagger() {
  static const Analyzer analyzer;
  static const CbmTagger tagger(load_domain(source_dir() / "corpus" / "domain"), analyzer);
  return tagger;
}

/// `text` in `language` as passage 1, tagged by bundled_tagger().
inline Passage tagged_passage(const std::string& text, Language language) {
  Passage passage;
  passage.n = 1;
  passage.text = text;
  passage.language = language;
  bundled_tagger().tag_passage(passage);
  return passage;
}

}  // namespace liaison::testing
