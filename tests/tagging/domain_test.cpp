#include "core/tagging/domain.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "tests/support/temp_dir.h"
#include "tests/tagging/domain_fixture.h"

namespace liaison {
namespace {

using testing::TempDir;
using testing::test_domain_texts;

TEST(Domain, ParsesEveryTable) {
  const Domain domain = testing::test_domain();
  ASSERT_EQ(domain.areas.size(), 5u);
  EXPECT_EQ(domain.areas[0].id, "diplomacy");
  EXPECT_EQ(domain.areas[0].color, "#0072B2");
  EXPECT_EQ(domain.areas[0].names.at(Language::Russian), "Дипломатия");
  ASSERT_EQ(domain.measures.size(), 4u);
  EXPECT_EQ(domain.measures[0].id, "M03");
  EXPECT_EQ(domain.measures[0].area, "diplomacy");
  EXPECT_EQ(domain.measures[0].aliases.at(Language::Russian).front(), "Совместная группа мониторинга");
  ASSERT_EQ(domain.concepts.size(), 8u);
  EXPECT_EQ(domain.concepts[2].areas, (std::vector<std::string>{"diplomacy", "communities"}));
  EXPECT_EQ(domain.concepts[0].terms.at(Language::Azerbaijani).front(), "minatəmizləmə");
  ASSERT_EQ(domain.names.size(), 2u);
  EXPECT_EQ(domain.names[0].type, "person");
  EXPECT_TRUE(domain.missing_files.empty());
  EXPECT_EQ(describe(domain), "5 areas, 4 measures, 8 concepts, 2 names");
}

TEST(Domain, MeasureNamesAreAliasesToo) {
  const Domain domain = testing::test_domain();
  const auto& english = domain.measures[2].aliases.at(Language::English);  // M12
  EXPECT_NE(std::find(english.begin(), english.end(), "South Caucasus Development Fund"), english.end());
}

TEST(Domain, OnlyAreasAreRequired) {
  const Domain domain = parse_domain(DomainTexts{.areas = testing::kAreasJson});
  EXPECT_TRUE(domain.measures.empty());
  EXPECT_EQ(domain.missing_files, (std::vector<std::string>{"measures.json", "thesaurus.json", "gazetteer.json"}));
  EXPECT_THROW(parse_domain(DomainTexts{.measures = testing::kMeasuresJson}), ConfigError);
}

struct BadDomain {
  const char* what;
  DomainTexts texts;
  const char* message;  ///< expected part of the error
};

DomainTexts with(DomainTexts texts, std::string DomainTexts::*file, std::string json) {
  texts.*file = std::move(json);
  return texts;
}

TEST(Domain, ErrorsNameTheFileAndTheEntry) {
  const DomainTexts good = test_domain_texts();
  const std::vector<BadDomain> cases = {
      {"not json", with(good, &DomainTexts::thesaurus, "[{"), "thesaurus.json: not valid JSON"},
      {"not an array", with(good, &DomainTexts::gazetteer, R"({"id": "x"})"), "gazetteer.json: must be a JSON array"},
      {"unknown area",
       with(good, &DomainTexts::measures, R"([{"id": "M01", "area": "diplomcy", "aliases": {"en": ["x y"]}}])"),
       "measures.json: entry 1 (M01): unknown area 'diplomcy'"},
      {"duplicate id",
       with(good, &DomainTexts::thesaurus,
            R"([{"id": "a", "areas": ["economy"], "terms": {"en": ["x"]}},
                {"id": "a", "areas": ["economy"], "terms": {"en": ["y"]}}])"),
       "thesaurus.json: entry 2 (a): duplicate id 'a'"},
      {"unknown language",
       with(good, &DomainTexts::thesaurus, R"([{"id": "a", "areas": ["economy"], "terms": {"fr": ["x"]}}])"),
       "thesaurus.json: entry 1 (a): \"terms\" has an unknown language 'fr'"},
      {"empty phrase",
       with(good, &DomainTexts::gazetteer, R"([{"id": "baku", "type": "place", "names": {"az": [" "]}}])"),
       "gazetteer.json: entry 1 (baku): \"names\".az holds an empty or non-string phrase"},
      {"unknown type",
       with(good, &DomainTexts::gazetteer, R"([{"id": "baku", "type": "city", "names": {"az": ["Bakı"]}}])"),
       "gazetteer.json: entry 1 (baku): unknown type 'city'"},
      {"missing id", with(good, &DomainTexts::gazetteer, R"([{"type": "place"}])"), "gazetteer.json: entry 1: missing \"id\""},
      {"weight out of range",
       with(good, &DomainTexts::thesaurus, R"([{"id": "a", "areas": ["economy"], "weight": 2, "terms": {"en": ["x"]}}])"),
       "thesaurus.json: entry 1 (a): \"weight\" must be a number above 0 and at most 1"},
      {"no terms", with(good, &DomainTexts::thesaurus, R"([{"id": "a", "areas": ["economy"]}])"),
       "thesaurus.json: entry 1 (a): has no terms"},
      {"no areas", with(good, &DomainTexts::thesaurus, R"([{"id": "a", "areas": [], "terms": {"en": ["x"]}}])"),
       "thesaurus.json: entry 1 (a): \"areas\" must be a non-empty list"},
      {"id not kebab-case",
       with(good, &DomainTexts::thesaurus, R"([{"id": "Mine Clearance", "areas": ["economy"], "terms": {"en": ["x"]}}])"),
       "thesaurus.json: entry 1 (Mine Clearance): id must be lower-case ascii kebab-case"},
      {"measure without phrases", with(good, &DomainTexts::measures, R"([{"id": "M01", "area": "economy"}])"),
       "measures.json: entry 1 (M01): has neither names nor aliases"},
  };
  for (const BadDomain& bad : cases) {
    SCOPED_TRACE(bad.what);
    try {
      parse_domain(bad.texts);
      ADD_FAILURE() << "no error";
    } catch (const ConfigError& e) {
      EXPECT_NE(std::string(e.what()).find(bad.message), std::string::npos) << e.what();
    }
  }
}

TEST(Domain, LoadsAFolderAndNamesItsFilesInErrors) {
  TempDir dir;
  dir.write("domain/areas.json", testing::kAreasJson);
  dir.write("domain/measures.json", testing::kMeasuresJson);
  const Domain domain = load_domain(dir.path() / "domain");
  EXPECT_EQ(domain.measures.size(), 4u);
  EXPECT_EQ(domain.missing_files, (std::vector<std::string>{"thesaurus.json", "gazetteer.json"}));

  dir.write("domain/thesaurus.json", R"([{"id": "a", "areas": ["nowhere"], "terms": {"en": ["x"]}}])");
  try {
    load_domain(dir.path() / "domain");
    ADD_FAILURE() << "no error";
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find((dir.path() / "domain" / "thesaurus.json").string()), std::string::npos)
        << e.what();
  }
  EXPECT_THROW(load_domain(dir.path() / "absent"), ConfigError);
  TempDir empty;
  EXPECT_THROW(load_domain(empty.path()), ConfigError);  // no areas.json
}

TEST(Domain, FingerprintFollowsTheBytes) {
  const std::string base = parse_domain(test_domain_texts()).fingerprint;
  EXPECT_EQ(parse_domain(test_domain_texts()).fingerprint, base);
  DomainTexts changed = test_domain_texts();
  changed.thesaurus.insert(changed.thesaurus.size() - 1, " ");
  EXPECT_NE(parse_domain(changed).fingerprint, base);
}

/// The test domain with search words (search_words.json) besides.
DomainTexts with_search_words(const std::string& search_words) {
  DomainTexts texts = test_domain_texts();
  texts.search_words = search_words;
  return texts;
}

constexpr const char* kBorderWords =
    R"([{"id": "border", "words": {"en": ["border", "borders"], "az": ["sərhəd"], "ru": ["граница"], "hy": ["սահման"]}}])";

TEST(Domain, SearchWordsAreReadButAreNoConcepts) {
  const Domain plain = testing::test_domain();
  EXPECT_TRUE(plain.search_words.empty());
  const Domain domain = parse_domain(with_search_words(kBorderWords));
  ASSERT_EQ(domain.search_words.size(), 1u);
  EXPECT_EQ(domain.search_words[0].id, "border");
  EXPECT_EQ(domain.search_words[0].words.at(Language::Azerbaijani), (std::vector<std::string>{"sərhəd"}));
  EXPECT_EQ(domain.concepts.size(), plain.concepts.size());
  // The tagger does not read them: changing them re-tags nothing.
  EXPECT_EQ(domain.fingerprint, plain.fingerprint);
  EXPECT_EQ(describe(domain), describe(plain));
}

TEST(Domain, SearchWordErrorsNameTheFileAndTheEntry) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"([{"id": "border", "words": {"en": ["border"]}}])",
       "search_words.json: entry 1 (border): needs words in two languages at least"},
      {R"([{"id": "Border", "words": {"en": ["border"], "az": ["sərhəd"]}}])",
       "search_words.json: entry 1 (Border): id must be lower-case ascii kebab-case"},
      {R"([{"id": "a", "words": {"en": ["a"], "fr": ["b"]}}])", "search_words.json: entry 1 (a): \"words\" has an unknown language 'fr'"},
      {std::string("[") + kBorderWords + "]", "search_words.json: entry 1: must be an object"},
  };
  for (const auto& [text, message] : cases) {
    SCOPED_TRACE(text);
    try {
      parse_domain(with_search_words(text));
      ADD_FAILURE() << "no error";
    } catch (const ConfigError& e) {
      EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
    }
  }
}

TEST(Domain, LoadsSearchWordsFromTheFolder) {
  TempDir dir;
  const DomainTexts texts = test_domain_texts();
  dir.write("domain/areas.json", texts.areas);
  EXPECT_TRUE(load_domain(dir.path() / "domain").search_words.empty());  // optional
  dir.write("domain/search_words.json", kBorderWords);
  EXPECT_EQ(load_domain(dir.path() / "domain").search_words.size(), 1u);
}

}  // namespace
}  // namespace liaison
