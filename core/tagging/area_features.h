#pragma once
// What the CBM tagger's rules weighed for each area of a passage before deciding: the inputs of
// the decision, printed by `indexer tag --features` for bench/tagging/learn.py.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/tagging/document_context.h"

namespace liaison {

/// One area of one passage.
struct AreaEvidence {
  double raw = 0.0;             ///< what the passage's own words give the area, as if it were anchored
  double weighed = 0.0;         ///< the evidence the rules decide on (raw, or weighed in its context)
  double conflict_words = 0.0;  ///< the part of raw given by words of the conflict itself
  double wider_world = 0.0;     ///< the part of raw given by names of the wider world (the UN, the EU)
  double beside = 0.0;          ///< the area's evidence in the anchored passages next to it
  double document_share = 0.0;  ///< the area's share of the evidence in the document's anchored passages
  bool specific = false;        ///< named by a full word of the conflict's vocabulary
  /// The evidence strings, as the tag would show them ("villages (kəndinə)"): the concepts,
  /// names and measures that fired, first seen first, at most max_evidence.
  std::vector<std::string> items;
};

/// One passage: how it is anchored, its length, and its areas' evidence (every area its words
/// give evidence to, anchored or not).
struct PassageFeatures {
  Anchoring how = Anchoring::None;
  std::size_t tokens = 0;
  bool whole_document = false;  ///< its document is about the conflict as a whole
  std::map<std::string, AreaEvidence> areas;
};

}  // namespace liaison
