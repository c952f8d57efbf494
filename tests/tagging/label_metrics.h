#pragma once
// Hand labels (tests/data/labels.tsv) against the tagger's passage tags: precision, recall, F1.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace liaison::testing {

/// One row of labels.tsv: the tags a reader gave one passage.
struct PassageLabel {
  std::string doc_id;
  std::uint32_t passage = 0;
  std::set<std::string> areas;
  std::set<std::string> measures;
  std::string split;  ///< train or heldout
};

inline std::set<std::string> split_ids(const std::string& field) {
  std::set<std::string> out;
  if (field == "-" || field.empty()) return out;
  std::stringstream in(field);
  for (std::string id; std::getline(in, id, ',');) {
    if (!id.empty()) out.insert(id);
  }
  return out;
}

/// Reads labels.tsv (header line, then doc_id, passage_n, areas, measures, split). An empty
/// result means the file is missing or empty; `problem` says what is wrong with a bad row.
inline std::vector<PassageLabel> read_labels(const std::filesystem::path& file, std::string& problem) {
  std::vector<PassageLabel> labels;
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);  // header
  for (std::size_t row = 2; std::getline(in, line); ++row) {
    if (line.empty()) continue;
    std::vector<std::string> fields;
    std::stringstream cells(line);
    for (std::string cell; std::getline(cells, cell, '\t');) fields.push_back(cell);
    if (fields.size() != 5 || (fields[4] != "train" && fields[4] != "heldout")) {
      problem = file.string() + ":" + std::to_string(row) + ": expected 5 columns ending in train|heldout";
      return {};
    }
    labels.push_back(PassageLabel{.doc_id = fields[0],
                                  .passage = static_cast<std::uint32_t>(std::stoul(fields[1])),
                                  .areas = split_ids(fields[2]),
                                  .measures = split_ids(fields[3]),
                                  .split = fields[4]});
  }
  return labels;
}

/// Counts of one class (an area, or all measure references together).
struct Confusion {
  std::uint64_t true_positives = 0, false_positives = 0, false_negatives = 0;

  void add(bool expected, bool found) {
    if (expected && found) ++true_positives;
    else if (found) ++false_positives;
    else if (expected) ++false_negatives;
  }
  double precision() const { return ratio(true_positives, true_positives + false_positives); }
  double recall() const { return ratio(true_positives, true_positives + false_negatives); }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
  }

 private:
  /// No prediction and nothing to find counts as perfect.
  static double ratio(std::uint64_t numerator, std::uint64_t denominator) {
    return denominator == 0 ? 1.0 : static_cast<double>(numerator) / static_cast<double>(denominator);
  }
};

/// The figures of one split.
struct SplitScores {
  std::map<std::string, Confusion> areas;  ///< per area id
  Confusion measures;                      ///< every (passage, measure) pair
  std::uint64_t passages = 0;

  double macro_area_f1(const std::vector<std::string>& area_ids) const {
    double sum = 0.0;
    for (const std::string& id : area_ids) {
      const auto it = areas.find(id);
      sum += it == areas.end() ? 1.0 : it->second.f1();
    }
    return area_ids.empty() ? 0.0 : sum / static_cast<double>(area_ids.size());
  }

  /// Adds one passage: what the labels say and what the tagger found.
  void add(const PassageLabel& label, const std::set<std::string>& found_areas,
           const std::set<std::string>& found_measures, const std::vector<std::string>& area_ids) {
    ++passages;
    for (const std::string& id : area_ids) areas[id].add(label.areas.count(id) > 0, found_areas.count(id) > 0);
    std::set<std::string> all = label.measures;
    all.insert(found_measures.begin(), found_measures.end());
    for (const std::string& id : all) measures.add(label.measures.count(id) > 0, found_measures.count(id) > 0);
  }
};

}  // namespace liaison::testing
