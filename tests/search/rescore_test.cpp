// Two-phase ranking (core/search/rescore.h): the bonus for words in order or near each other is
// added to the top matches after the matcher, and paging stays one consistent list.
#include "core/search/rescore.h"

#include <gtest/gtest.h>

#include <xapian.h>

#include "tests/search/search_fixture.h"

namespace liaison::testing {
namespace {

std::string paragraph(const std::string& sentence) {
  return sentence + " The delegations met for a full day and agreed to report to their capitals before the next round.";
}

/// Passages holding "climate" and "finance": only one holds them side by side, and it is the
/// longest, which BM25 alone ranks last.
std::vector<CorpusDoc> adjacent_and_apart() {
  return {
      {.id = "apart-1", .title = "Statement one",
       .body = paragraph("Climate, then finance.")},
      {.id = "adjacent", .title = "Statement two", .body = paragraph("Climate finance was on the agenda today.")},
      {.id = "apart-2", .title = "Statement three",
       .body = paragraph("Climate and finance.")},
      // Passages without the words, so that they weigh something.
      {.id = "other-1", .title = "Border", .body = paragraph("The commissions met on the border.")},
      {.id = "other-2", .title = "Demining", .body = paragraph("Demining continued in the spring.")},
      {.id = "other-3", .title = "Youth", .body = paragraph("A summer school for young people opened.")},
      {.id = "other-4", .title = "Railway", .body = paragraph("The railway plan was discussed.")},
  };
}

std::vector<std::string> ids_with(SearchIndex& index, const std::string& query, const query::QueryContext& ranking,
                                  SearchMode mode = SearchMode::Documents) {
  Searcher searcher(index.db_path(), index.analyzer(), SearcherOptions{.lexicon = {}, .ranking = ranking});
  SearchRequest request;
  request.query = query;
  request.mode = mode;
  return index.ids(searcher.search(request));
}

TEST(TwoPhaseRanking, WordsSideBySideRankAboveTheSameWordsApart) {
  SearchIndex index(adjacent_and_apart());
  EXPECT_EQ(index.ids("climate finance").front(), "adjacent");
  query::QueryContext no_nearness;
  no_nearness.phrase_weight = 0.0;
  no_nearness.proximity_weight = 0.0;
  EXPECT_NE(ids_with(index, "climate finance", no_nearness).front(), "adjacent");  // the bonus decides
}

TEST(TwoPhaseRanking, AlsoRanksPassages) {
  SearchIndex index(adjacent_and_apart());
  EXPECT_EQ(ids_with(index, "climate finance", {}, SearchMode::Passages).front(), "adjacent");
}

TEST(TwoPhaseRanking, PagesAreCutFromOneReorderedList) {
  SearchIndex index(adjacent_and_apart());
  SearchRequest request;
  request.query = "climate finance";
  const std::vector<std::string> whole = index.ids(index.search(request));
  ASSERT_EQ(whole.size(), 3u);
  std::vector<std::string> paged;
  request.size = 1;
  for (std::uint32_t page = 1; page <= 3; ++page) {
    request.page = page;
    for (const std::string& id : index.ids(index.search(request))) paged.push_back(id);
  }
  EXPECT_EQ(paged, whole);
}

/// The matcher's ranking of "finance" over the fixture (all three passages).
struct Ranked {
  Xapian::MSet mset;
  std::vector<search::RankedDocument> ranked;
};

Ranked finance_ranked(const Xapian::Database& db) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("finance"));
  Ranked out{.mset = enquire.get_mset(0, 10), .ranked = {}};
  out.ranked = search::in_mset_order(out.mset);
  return out;
}

/// A large bonus that only the passage at `rank` of `ranked` earns (through its document's XD term).
Xapian::Query bonus_for(const Ranked& ranked, Xapian::doccount rank) {
  const Xapian::Document document = ranked.mset[rank].get_document();
  auto term = document.termlist_begin();
  term.skip_to("XD");
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                       Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("finance"), Xapian::Query(*term)), 100.0);
}

TEST(TwoPhaseRanking, BonusAddsWeightAndReordersOnlyTheFirstEntries) {
  SearchIndex index(adjacent_and_apart());
  const Xapian::Database db(index.db_path().string());
  const Ranked before = finance_ranked(db);
  ASSERT_EQ(before.ranked.size(), 3u);  // the passages with "finance"

  // A bonus every passage earns: each weight grows by it.
  Ranked all = finance_ranked(db);
  search::add_bonus(db, search::Parts::OneLocal, Xapian::Query("climate"), Xapian::BM25Weight(), all.mset, all.ranked, 3);
  for (const search::RankedDocument& entry : all.ranked) EXPECT_GT(entry.weight, before.ranked[entry.rank].weight);

  // A bonus for the last passage alone lifts it to the top within the depth...
  Ranked deep = finance_ranked(db);
  search::add_bonus(db, search::Parts::OneLocal, bonus_for(before, 2), Xapian::BM25Weight(), deep.mset, deep.ranked, 3);
  EXPECT_EQ(deep.ranked[0].rank, 2u);
  EXPECT_EQ(deep.ranked[1].rank, 0u);
  EXPECT_EQ(deep.ranked[2].rank, 1u);
  // ... and leaves it where it is, weight and all, past the depth.
  Ranked shallow = finance_ranked(db);
  search::add_bonus(db, search::Parts::OneLocal, bonus_for(before, 2), Xapian::BM25Weight(), shallow.mset, shallow.ranked, 2);
  EXPECT_EQ(shallow.ranked[2].rank, 2u);
  EXPECT_EQ(shallow.ranked[2].weight, before.ranked[2].weight);
}

}  // namespace
}  // namespace liaison::testing
