// The bundled corpus indexes cleanly, and the searches of the foundation issue find every
// bundled document that holds the word in another spelling. The expected documents are read
// from the corpus files themselves, so the test follows the corpus as it grows.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "core/text/strings.h"
#include "tests/cli/cli_support.h"

namespace liaison::testing {
namespace {

namespace fs = std::filesystem;

struct CorpusFile {
  std::string id;
  std::string text;
};

std::string derived_id(const fs::path& relative) {
  std::string id = relative.parent_path().empty() ? relative.stem().string()
                                                   : (relative.parent_path() / relative.stem()).generic_string();
  for (char& c : id) {
    c = lower_ascii(c);
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!keep) c = '-';
  }
  return id;
}

std::vector<CorpusFile> read_corpus(const fs::path& root) {
  std::vector<CorpusFile> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    const auto ext = entry.path().extension();
    if (ext != ".md" && ext != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    CorpusFile file{derived_id(fs::relative(entry.path(), root)), buffer.str()};
    // An explicit `id:` in the front matter wins over the id derived from the path.
    std::istringstream lines(file.text);
    std::string line;
    if (std::getline(lines, line) && line == "---") {
      while (std::getline(lines, line) && line != "---") {
        if (line.rfind("id:", 0) != 0) continue;
        file.id = line.substr(line.find_first_not_of(' ', 3));
      }
    }
    files.push_back(std::move(file));
  }
  return files;
}

enum class Match { WholeWord, WordOrInflection };

/// True when `word` stands in `text` as a whole word (bounded by ASCII space or punctuation),
/// or, with WordOrInflection, also followed by more letters (an inflected form).
bool has_word(const std::string& text, const std::string& word, Match match) {
  auto is_boundary = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  };
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || is_boundary(text[at - 1]);
    const std::size_t end = at + word.size();
    const bool ends = match == Match::WordOrInflection || end == text.size() || is_boundary(text[end]);
    if (starts && ends) return true;
  }
  return false;
}

class BundledCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    build_ = new ProcessResult(indexer({"build", "--quiet", "--corpus", corpus_root().string(), "--db", db()}));
  }
  static void TearDownTestSuite() {
    delete build_;
    delete dir_;
  }
  static fs::path corpus_root() { return source_dir() / "corpus" / "documents"; }
  static std::string db() { return (dir_->path() / "db").string(); }

  /// Asserts that `query` finds every bundled document holding one of `spellings` (with the
  /// versions of one text apart: grouped, a text shows one of them).
  static void expect_finds_all_with(const std::string& query, const std::vector<std::string>& spellings,
                                    Match match = Match::WholeWord) {
    std::set<std::string> expected;
    for (const auto& file : read_corpus(corpus_root()))
      for (const auto& spelling : spellings)
        if (has_word(file.text, spelling, match)) expected.insert(file.id);
    ASSERT_FALSE(expected.empty()) << "the bundled corpus must hold a document with these spellings";
    const auto result = indexer({"search", "--db", db(), "--limit", "100", "--apart", query});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    for (const auto& id : expected) EXPECT_NE(result.out.find("[" + id + " "), std::string::npos) << query << " misses " << id << "\n" << result.out;
  }

  static TempDir* dir_;
  static ProcessResult* build_;
};
TempDir* BundledCorpus::dir_ = nullptr;
ProcessResult* BundledCorpus::build_ = nullptr;

TEST_F(BundledCorpus, IndexesEveryDocumentWithoutFailures) {
  EXPECT_EQ(build_->exit_code, 0) << build_->out << build_->err;
  const auto documents = read_corpus(corpus_root()).size();
  EXPECT_GE(documents, 12u);
  EXPECT_NE(build_->out.find(std::to_string(documents) + " documents"), std::string::npos) << build_->out;
}

TEST_F(BundledCorpus, QarabagWithoutDiacriticsFindsQarabag) { expect_finds_all_with("Qarabag", {"Qarabağ"}); }

TEST_F(BundledCorpus, YerevanWithEwFindsTheLigatureSpelling) {
  // The corpus has the city only in case forms (Երևանում, Երեւանում): stems must meet across spellings.
  expect_finds_all_with("Երեւան", {"Երևան", "Երեւան"}, Match::WordOrInflection);
}

TEST_F(BundledCorpus, QuotedPhraseFindsConfidenceBuildingMeasures) {
  expect_finds_all_with("\"confidence-building measures\"", {"confidence-building measures", "Confidence-building measures"});
}

TEST_F(BundledCorpus, OtchetFindsOtchyot) { expect_finds_all_with("отчет", {"отчёт", "отчет", "Отчёт"}); }

TEST_F(BundledCorpus, CapitalDottedIlhamFindsIlham) { expect_finds_all_with("İLHAM", {"İlham", "Ilham"}); }

TEST(BundledCorpusTagging, AnAliasWrittenInOtherWordsStillReferencesItsMeasure) {
  // M08 "support programmes for civil society" as the corpus writes it: "support programmes
  // that help civil-society groups move …", "vətəndaş cəmiyyətinin … qoşulmasına kömək edən
  // dəstək proqramları"
  const auto result = indexer({"tag", "--domain", (source_dir() / "corpus" / "domain").string(), "--corpus",
                               (source_dir() / "corpus" / "documents").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const char* document : {"en-womens-regional-task-force-2023-03", "az-qadin-regional-isci-qrupu-2024-03",
                               "az-vetendas-cemiyyeti-seferleri-2022-09"}) {
    bool referenced = false;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) {
      const std::size_t measures = line.find("\"measures\":");
      referenced = referenced || (line.find("\"doc\":\"" + std::string(document) + "\"") != std::string::npos &&
                                  measures != std::string::npos && line.find("\"id\":\"M08\"", measures) != std::string::npos);
    }
    EXPECT_TRUE(referenced) << document << " does not reference M08";
  }
}

}  // namespace
}  // namespace liaison::testing
