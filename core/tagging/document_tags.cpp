#include "core/tagging/document_tags.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace liaison {
namespace {

/// Per tag id: the merged tag (evidence, no score yet) and its passages' scores.
struct Merged {
  Tag tag;
  std::vector<double> scores;
};

std::map<std::string, Merged> merge(const std::vector<const std::vector<Tag>*>& passage_tags,
                                    std::size_t max_evidence) {
  std::map<std::string, Merged> by_id;
  for (const std::vector<Tag>* tags : passage_tags) {
    for (const Tag& tag : *tags) {
      Merged& merged = by_id[tag.id];
      merged.tag.id = tag.id;
      merged.scores.push_back(tag.score);
      std::vector<std::string>& evidence = merged.tag.evidence;
      for (const std::string& item : tag.evidence) {
        if (evidence.size() < max_evidence && std::find(evidence.begin(), evidence.end(), item) == evidence.end())
          evidence.push_back(item);
      }
    }
  }
  return by_id;
}

}  // namespace

double rounded_score(double score) { return std::round(score * 1000.0) / 1000.0; }

void sort_tags(std::vector<Tag>& tags) {
  std::sort(tags.begin(), tags.end(), [](const Tag& a, const Tag& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  });
}

std::vector<Tag> union_of_tags(const std::vector<const std::vector<Tag>*>& passage_tags, std::size_t max_evidence) {
  std::vector<Tag> out;
  for (auto& [id, merged] : merge(passage_tags, max_evidence)) {
    double miss = 1.0;  // Π(1 − s)
    for (const double score : merged.scores) miss *= 1.0 - score;
    merged.tag.score = rounded_score(1.0 - miss);
    out.push_back(std::move(merged.tag));
  }
  sort_tags(out);
  return out;
}

std::vector<Tag> main_areas(const std::vector<const std::vector<Tag>*>& passage_tags, std::size_t max_evidence,
                            double min_relative_weight) {
  std::map<std::string, Merged> by_id = merge(passage_tags, max_evidence);
  std::map<std::string, double> weight;
  double total = 0.0, strongest = 0.0;
  for (const auto& [id, merged] : by_id) {
    double sum = 0.0;
    for (const double score : merged.scores) sum += score;
    weight[id] = sum;
    total += sum;
    strongest = std::max(strongest, sum);
  }
  std::vector<Tag> out;
  for (auto& [id, merged] : by_id) {
    if (weight[id] <= 0.0 || weight[id] < min_relative_weight * strongest) continue;
    merged.tag.score = rounded_score(weight[id] / total);
    out.push_back(std::move(merged.tag));
  }
  sort_tags(out);
  return out;
}

}  // namespace liaison
