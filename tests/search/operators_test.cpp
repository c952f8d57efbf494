// Exclusion and required words on a real index (issue 17, operators and fields): in documents
// mode they are about the document (any of its passages), in passages mode about the passage.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/search/search_fixture.h"

namespace liaison::testing {
namespace {

std::vector<CorpusDoc> two_passage_corpus() {
  return {
      {.id = "both", .title = "Field report",
       .body = "Demining teams cleared the railway line near the border.\n\n"
               "The ministers later met in Brussels to discuss the results."},
      {.id = "demining-only", .title = "Border notes", .body = "Demining of the border areas continues."},
      {.id = "brussels-only", .title = "Meeting notes", .body = "Talks in Brussels went on into the night."},
      {.id = "railway-only", .title = "Transport notes", .body = "The railway through the region reopened."},
  };
}

class Operators : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { index_ = new SearchIndex(two_passage_corpus()); }
  static void TearDownTestSuite() {
    delete index_;
    index_ = nullptr;
  }
  static std::vector<std::string> ids(const std::string& query, SearchMode mode = SearchMode::Documents) {
    SearchRequest request;
    request.query = query;
    request.mode = mode;
    return sorted(index_->ids(index_->search(request)));
  }
  /// "id#n" of the passages found, in passages mode.
  static std::vector<std::string> passages(const std::string& query) {
    SearchRequest request;
    request.query = query;
    request.mode = SearchMode::Passages;
    std::vector<std::string> out;
    for (const Hit& hit : index_->search(request).hits) out.push_back(hit.id + "#" + std::to_string(hit.passage));
    return sorted(out);
  }
  static SearchIndex* index_;
};
SearchIndex* Operators::index_ = nullptr;

TEST_F(Operators, ExcludedWordExcludesTheWholeDocumentInDocumentsMode) {
  EXPECT_EQ(ids("demining -Brussels"), sorted({"demining-only"}));
  EXPECT_EQ(ids("-demining"), sorted({"brussels-only", "railway-only"}));
  EXPECT_EQ(ids("railway -(demining OR talks)"), sorted({"railway-only"}));
}

TEST_F(Operators, ExcludedWordExcludesOnlyThePassageInPassagesMode) {
  EXPECT_EQ(passages("demining -Brussels"), sorted({"both#1", "demining-only#1"}));
  EXPECT_EQ(ids("-demining", SearchMode::Passages), sorted({"both", "brussels-only", "railway-only"}));
}

TEST_F(Operators, AndAndPlusRequireThePartInTheDocumentInDocumentsMode) {
  EXPECT_EQ(ids("railway AND Brussels"), sorted({"both"}));
  EXPECT_EQ(ids("+railway +Brussels"), sorted({"both"}));
  EXPECT_EQ(ids("+railway Brussels"), sorted({"both", "railway-only"}));
  EXPECT_EQ(ids("railway AND NOT Brussels"), sorted({"railway-only"}));
  EXPECT_EQ(ids("railway Brussels"), sorted({"both", "brussels-only", "railway-only"}));
}

TEST_F(Operators, AndAndPlusRequireThePartInThePassageInPassagesMode) {
  EXPECT_EQ(passages("railway AND Brussels"), std::vector<std::string>{});
  EXPECT_EQ(passages("demining AND railway"), sorted({"both#1"}));
  EXPECT_EQ(passages("+demining border"), sorted({"both#1", "demining-only#1"}));
}

}  // namespace
}  // namespace liaison::testing
