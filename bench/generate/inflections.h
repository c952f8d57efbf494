#pragma once
#include <string>
#include <vector>

namespace liaison::bench {

/// A dictionary stem and a few of its inflected forms, by simple suffix rules (not a full affix
/// expansion: enough for text whose words vary the way real words do). The stem comes first.
/// `flags` are the hunspell flags of the entry; only the English S, D and G flags are read.
std::vector<std::string> inflect(const std::string& language, const std::string& stem, const std::string& flags);

}  // namespace liaison::bench
