// The tagger against hand labels: every passage of the bundled corpus (corpus/documents) tagged
// with the bundled domain (corpus/domain) and compared with tests/data/labels.tsv. The rules
// were tuned on the train split only; the held-out split says how well they generalise.
#include <cstdio>
#include <map>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/index/corpus_files.h"
#include "core/ingest/loader.h"
#include "core/tagging/cbm_tagger.h"
#include "tests/support/temp_dir.h"
#include "tests/tagging/label_metrics.h"

namespace liaison::testing {
namespace {

/// Floors about four points below a measurement, so that small edits of the data do not fail the
/// build; never below the promised 0.75 macro-F1 for areas on the held-out split. Measures: the
/// first honest measurement (held-out F1 0.840, train 0.879); areas: rules version 7 (held-out
/// macro-F1 0.842, train 0.878; bench/tagging/results.md, round 4), kept at rules version 9
/// (held-out 0.831, train 0.884; round 6).
constexpr double kHeldoutAreaMacroF1Floor = 0.80;
constexpr double kTrainAreaMacroF1Floor = 0.83;
constexpr double kHeldoutMeasureF1Floor = 0.79;
constexpr double kTrainMeasureF1Floor = 0.83;

using PassageKey = std::pair<std::string, std::uint32_t>;

/// Every passage of the bundled corpus, tagged.
std::map<PassageKey, Passage> tag_bundled_corpus(const CbmTagger& tagger) {
  std::map<PassageKey, Passage> tagged;
  const std::filesystem::path root = source_dir() / "corpus" / "documents";
  for (const std::string& path : list_corpus_files(root)) {
    for (Document& document : load_file(root / path, root).documents) {
      tagger.tag(document);
      for (Passage& passage : document.passages) tagged[{document.id, passage.n}] = std::move(passage);
    }
  }
  return tagged;
}

std::set<std::string> tag_ids(const std::vector<Tag>& tags) {
  std::set<std::string> ids;
  for (const Tag& tag : tags) ids.insert(tag.id);
  return ids;
}

void print_scores(const std::string& split, const SplitScores& scores, const std::vector<std::string>& area_ids) {
  std::printf("%s split: %llu passages\n", split.c_str(), static_cast<unsigned long long>(scores.passages));
  for (const std::string& id : area_ids) {
    const Confusion& c = scores.areas.at(id);
    std::printf("  %-13s P %.3f  R %.3f  F1 %.3f\n", id.c_str(), c.precision(), c.recall(), c.f1());
  }
  std::printf("  areas macro-F1 %.3f\n", scores.macro_area_f1(area_ids));
  const Confusion& m = scores.measures;
  std::printf("  measure references P %.3f  R %.3f  F1 %.3f\n", m.precision(), m.recall(), m.f1());
}

TEST(TaggerQuality, MatchesTheHandLabels) {
  std::string problem;
  const std::filesystem::path labels_file = source_dir() / "tests" / "data" / "labels.tsv";
  const std::vector<PassageLabel> labels = read_labels(labels_file, problem);
  ASSERT_TRUE(problem.empty()) << problem;
  ASSERT_FALSE(labels.empty()) << labels_file << " is missing or empty: the quality of the tagger cannot be checked";

  const Analyzer analyzer;
  const CbmTagger tagger(load_domain(source_dir() / "corpus" / "domain"), analyzer);
  const std::map<PassageKey, Passage> tagged = tag_bundled_corpus(tagger);
  std::vector<std::string> area_ids;
  for (const AreaEntry& area : tagger.domain().areas) area_ids.push_back(area.id);

  std::map<std::string, SplitScores> splits;
  for (const PassageLabel& label : labels) {
    const auto passage = tagged.find({label.doc_id, label.passage});
    ASSERT_NE(passage, tagged.end()) << "labels.tsv names a passage the corpus does not have: " << label.doc_id
                                     << " #" << label.passage;
    splits[label.split].add(label, tag_ids(passage->second.areas), tag_ids(passage->second.measures), area_ids);
  }
  EXPECT_EQ(labels.size(), tagged.size()) << "every passage of the bundled corpus must have a label";

  ASSERT_EQ(splits.count("train"), 1u);
  ASSERT_EQ(splits.count("heldout"), 1u);
  print_scores("train", splits["train"], area_ids);
  print_scores("heldout", splits["heldout"], area_ids);
  EXPECT_GE(splits["heldout"].macro_area_f1(area_ids), kHeldoutAreaMacroF1Floor);
  EXPECT_GE(splits["train"].macro_area_f1(area_ids), kTrainAreaMacroF1Floor);
  EXPECT_GE(splits["heldout"].measures.f1(), kHeldoutMeasureF1Floor);
  EXPECT_GE(splits["train"].measures.f1(), kTrainMeasureF1Floor);
}

}  // namespace
}  // namespace liaison::testing
