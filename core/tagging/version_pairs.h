#pragma once
// Proposals of documents that look like versions of one text in two languages, for an editor to
// confirm by writing `translations:` in both files: never linked without that.
#include <string>
#include <vector>

#include "core/ingest/document.h"

namespace liaison {

class Analyzer;
class PhraseMatcher;

/// How alike two documents must be to be proposed: the share of the numbers and gazetteer
/// names the two hold between them that both hold (Jaccard), averaged.
inline constexpr double kMinPairLikeness = 0.5;

struct PairProposal {
  std::string first, second;            ///< document ids, the first in kLanguages order
  std::string first_lang, second_lang;
  double likeness = 0.0;                ///< mean of `numbers` and `names`
  double numbers = 0.0;                 ///< Jaccard of their numbers of two or more digits
  double names = 0.0;                   ///< Jaccard of the gazetteer entries they name (0 without a gazetteer)
  bool same_url = false;                ///< both give the same, non-empty url
};

/// Pairs of documents in different languages with the same date (same day, or month when only
/// a month is given) whose likeness is at least kMinPairLikeness, or whose url is the same, and
/// that are not already in one set of versions. Most alike first. `names` (a gazetteer
/// PhraseMatcher) may be null: then only numbers and urls count.
std::vector<PairProposal> propose_version_pairs(const std::vector<Document>& documents, const PhraseMatcher* names,
                                                const Analyzer& analyzer);

}  // namespace liaison
