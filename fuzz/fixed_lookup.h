#pragma once
// A stand-in for the domain lexicon (core/search/domain_lexicon.h) in the query fuzz targets.
#include <optional>
#include <string>
#include <vector>

#include "core/query/builder.h"

namespace liaison::fuzz {

/// A few domain entries, one of two words, with forms of one and several words in each
/// language, so that the builder's expansion paths run without loading the domain files.
class FixedLookup final : public query::EntryLookup {
 public:
  std::optional<query::EntryMatch> longest_prefix(const std::vector<std::string>& words) const override {
    if (words.empty()) return std::nullopt;
    if (words.size() >= 2 && words[0] == "peace" && words[1] == "treaty")
      return query::EntryMatch{2, "peace-treaty", {{"peace treaty", Language::English},
                                                   {"խաղաղության պայմանագիր", Language::Armenian},
                                                   {"sülh müqaviləsi", Language::Azerbaijani},
                                                   {"мирный договор", Language::Russian}}};
    if (words[0] == "demining" || words[0] == "разминирование" || words[0] == "minatəmizləmə")
      return query::EntryMatch{1, "demining", {{"demining", Language::English},
                                               {"ականազերծում", Language::Armenian},
                                               {"minatəmizləmə", Language::Azerbaijani},
                                               {"разминирование", Language::Russian}}};
    if (words[0] == "Qarabağ" || words[0] == "karabakh")
      return query::EntryMatch{1, "karabakh,garabagh", {{"Karabakh", Language::English},
                                                        {"Ղարաբաղ", Language::Armenian},
                                                        {"Qarabağ", Language::Azerbaijani},
                                                        {"Карабах", Language::Russian}}};
    return std::nullopt;
  }
};

}  // namespace liaison::fuzz
