// Ranking rules that need a whole index to show: what documents mode makes of passages, which
// matches earn the all-words bonus, and the preference for the query's own language.
#include <gtest/gtest.h>

#include "tests/search/search_fixture.h"

namespace liaison::testing {
namespace {

/// A paragraph long enough to stand as a passage of its own.
std::string paragraph(const std::string& sentence) {
  return sentence + " The delegations met for a full day and agreed to report to their capitals before the next round.";
}

std::vector<std::string> ids_with(SearchIndex& index, const std::string& query, const query::QueryContext& ranking) {
  Searcher searcher(index.db_path(), index.analyzer(), SearcherOptions{.lexicon = {}, .ranking = ranking});
  SearchRequest request;
  request.query = query;
  return index.ids(searcher.search(request));
}

/// Two documents naming one word each, in their titles too, and one naming both in different
/// passages.
std::vector<CorpusDoc> one_word_each_and_both_apart() {
  return {
      {.id = "rail-only", .title = "Railway", .body = paragraph("The railway plan was discussed.")},
      {.id = "nakhchivan-only", .title = "Nakhchivan", .body = paragraph("Nakhchivan was discussed.")},
      {.id = "both-apart", .title = "Connectivity",
       .body = paragraph("A railway line was proposed.") + "\n\n" + paragraph("Transit to Nakhchivan was on the agenda.")},
  };
}

TEST(DocumentRanking, DocumentWhosePassagesTogetherHoldEveryWordRanksAboveThoseHoldingOne) {
  SearchIndex index(one_word_each_and_both_apart());
  const std::vector<std::string> found = index.ids("railway Nakhchivan");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found.front(), "both-apart");
}

TEST(DocumentRanking, PagesFollowTheReorderedRanking) {
  SearchIndex index(one_word_each_and_both_apart());
  SearchRequest request;
  request.query = "railway Nakhchivan";
  const std::vector<std::string> whole = index.ids(index.search(request));
  std::vector<std::string> paged;
  request.size = 1;
  for (std::uint32_t page = 1; page <= 3; ++page) {
    request.page = page;
    const SearchResult result = index.search(request);
    EXPECT_EQ(result.total, 3u);
    for (const std::string& id : index.ids(result)) paged.push_back(id);
  }
  EXPECT_EQ(paged, whole);
}

TEST(DocumentRanking, DocumentHoldingTheWordsTogetherRanksAboveOneHoldingThemInTwoPassages) {
  // Two passages are 64 positions apart: their words are never "near" (core/index/whole_document.h).
  SearchIndex index({
      {.id = "both-apart", .title = "Connectivity",
       .body = paragraph("A railway line was proposed.") + "\n\n" + paragraph("Transit to Nakhchivan was on the agenda.")},
      {.id = "both-together", .title = "Connectivity", .body = paragraph("A railway to Nakhchivan was proposed.")},
  });
  EXPECT_EQ(index.ids("railway Nakhchivan").front(), "both-together");
}

TEST(DocumentRanking, PassageHoldingAWordOnlyAsATransliterationRanksBelowOneWithTheWordsTyped) {
  // The Cyrillic spelling reaches "Galstanyan" through its name key only: a weaker match that
  // must not earn the bonus of a passage holding every word as typed, whatever its BM25 weight.
  SearchIndex index({
      {.id = "typed", .title = "Statement",
       .body = "Galstanyan spoke after a long day of meetings with many delegations, and later led a march "
               "through the streets of the capital with his supporters, the press, the clergy and a crowd of "
               "people from the villages of the border regions who had come by bus in the morning."},
      {.id = "transliterated", .title = "March", .body = "Галстанян: march, march, march, march."},
      {.id = "other-1", .title = "Border", .body = "The commissions met on the border."},
      {.id = "other-2", .title = "Demining", .body = "Demining continued in the spring."},
      {.id = "other-3", .title = "Youth", .body = "A summer school for young people opened."},
  });
  const std::vector<std::string> found = index.ids("Galstanyan march");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found.front(), "typed");
}

/// An English article, and a document in `language` whose short English summary paragraph holds
/// the same words (its shortness gives it the higher BM25 weight).
std::vector<CorpusDoc> english_article_and_aside(const std::string& language, const std::string& title,
                                                 const std::string& native_sentence) {
  return {
      {.id = language + "-with-summary", .title = title, .lang = language,
       .body = paragraph(native_sentence) + "\n\nIn short: the corridor talks resumed."},
      {.id = "en-article", .title = "Statement",
       .body = paragraph("The ministers met again.") + "\n\n" + paragraph("The corridor talks resumed in the capital after a long pause.")},
  };
}

TEST(DocumentRanking, QueryTypedInEnglishPrefersEnglishDocumentsToAnEnglishAsideInARussianOne) {
  SearchIndex index(
      english_article_and_aside("ru", "Коммуникации", "Стороны обсудили открытие коммуникаций в регионе и сроки работ."));
  EXPECT_EQ(index.ids("the corridor talks").front(), "en-article");
  query::QueryContext no_preference;
  no_preference.query_language_bonus = 0.0;
  EXPECT_EQ(ids_with(index, "the corridor talks", no_preference).front(), "ru-with-summary");
}

TEST(DocumentRanking, EnglishFunctionWordsTellALatinQueryFromAzerbaijani) {
  // Latin letters alone leave en and az; "the" makes the query English.
  SearchIndex index(english_article_and_aside("az", "Kommunikasiyalar",
                                              "Tərəflər regionda kommunikasiyaların açılmasını müzakirə etdilər."));
  EXPECT_EQ(index.ids("the corridor talks").front(), "en-article");
  EXPECT_EQ(index.ids("corridor talks").front(), "az-with-summary");  // both languages preferred alike
}

}  // namespace
}  // namespace liaison::testing
