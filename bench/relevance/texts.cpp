#include "bench/relevance/texts.h"

#include <algorithm>
#include <set>

namespace liaison::relevance {

Ranking texts_of(const Ranking& ranking, const TextOf& text_of) {
  Ranking texts;
  std::set<std::string> seen;
  for (const std::string& id : ranking) {
    std::string text = text_of(id);
    if (seen.insert(text).second) texts.push_back(std::move(text));
  }
  return texts;
}

Grades text_grades(const Grades& grades, const TextOf& text_of) {
  Grades texts;
  for (const auto& [id, grade] : grades) {
    int& best = texts[text_of(id)];
    best = std::max(best, grade);
  }
  return texts;
}

}  // namespace liaison::relevance
