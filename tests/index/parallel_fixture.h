#pragma once
// Shared by the parallel build tests: a small corpus in four languages and a full snapshot of
// an index, to compare a parallel build with a serial one.
#include <csignal>
#include <chrono>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <xapian.h>

#include "core/error.h"
#include "core/index/writer.h"
#include "core/tagging/tagger.h"
#include "tests/support/temp_dir.h"

namespace liaison::testing {

/// Tags every passage with one area; the fingerprint is set by the test (a new one makes
/// every file be indexed again, which a parallel build may do).
class FixedTagger : public Tagger {
 public:
  explicit FixedTagger(std::string version) : version_(std::move(version)) {}
  void tag(Document& document) const override {
    for (Passage& passage : document.passages) passage.areas = {Tag{.id = "economy", .score = 0.5, .evidence = {"rail"}}};
    document.areas = {Tag{.id = "economy", .score = 0.5, .evidence = {"rail"}}};
  }
  std::string fingerprint() const override { return version_; }

 private:
  std::string version_;
};

/// A paragraph in one of the four languages, different for each (i, n).
inline std::string mixed_paragraph(int i, int n) {
  static const char* const kSentences[] = {
      "The parties discussed demining near Lachin and the release of captives.",
      "Стороны обсудили разминирование и восстановление железных дорог.",
      "Կողմերը քննարկեցին ականազերծումը և սահմանազատումը։",
      "Tərəflər Qarabağ və sərhəd delimitasiyası barədə danışıqlar apardılar.",
  };
  return std::string(kSentences[(i + n) % 4]) + " Item " + std::to_string(i) + "." + std::to_string(n) + " word" +
         std::to_string(i * 7 + n) + ".";
}

/// `count` Markdown documents (1 to 3 passages, four languages) plus a bulk file with a bad
/// line, a file with bad front matter and a page with invalid UTF-8.
inline void write_mixed_corpus(const TempDir& corpus, int count, const std::string& marker = "alpha") {
  static const char* const kLangs[] = {"en", "ru", "hy", "az"};
  for (int i = 0; i < count; ++i) {
    const std::string lang = kLangs[i % 4];
    std::string text = "---\ntitle: Document " + std::to_string(i) + " " + marker + "\nlang: " + lang +
                       "\ndate: 2021-0" + std::to_string(i % 9 + 1) + "-1" + std::to_string(i % 10) + "\n---\n";
    for (int n = 0; n <= i % 3; ++n) text += mixed_paragraph(i, n) + "\n\n";
    corpus.write(lang + "/doc-" + std::to_string(100 + i) + ".md", text);
  }
  corpus.write("bulk/lines.jsonl",
               "{\"id\": \"bulk-hy\", \"lang\": \"hy\", \"body\": \"Ականազերծումը շարունակվում է։\"}\n"
               "{broken line\n"
               "{\"id\": \"bulk-az\", \"lang\": \"az\", \"body\": \"Sülh müqaviləsi müzakirə olunur.\"}\n");
  corpus.write("bad/front.md", "---\ndate: someday\n---\nText.\n");
  corpus.write("en/page.html", "<html><body><p>Border commission \xff met.</p></body></html>");
}

/// Everything a search can see in an index, besides the time of the last run.
struct IndexSnapshot {
  Xapian::doccount passages = 0;
  std::map<std::string, Xapian::doccount> termfreqs;  ///< allterms with their frequencies
  std::map<std::string, std::string> documents;       ///< Q term → data, values, terms, wdf, positions
  std::map<std::string, std::string> metadata;        ///< every key but last_indexed
};

inline std::string describe_document(const Xapian::Database& db, Xapian::docid id) {
  const Xapian::Document doc = db.get_document(id);
  std::string out = doc.get_data() + "\n";
  for (auto v = doc.values_begin(); v != doc.values_end(); ++v) out += std::to_string(v.get_valueno()) + "=" + *v + "\n";
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    out += *t + ":" + std::to_string(t.get_wdf()) + ":";
    for (auto p = db.positionlist_begin(id, *t); p != db.positionlist_end(id, *t); ++p) out += std::to_string(*p) + ",";
    out += "\n";
  }
  return out;
}

inline IndexSnapshot snapshot(const std::filesystem::path& path) {
  const Xapian::Database db(path.string());
  IndexSnapshot s;
  s.passages = db.get_doccount();
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) s.termfreqs[*t] = t.get_termfreq();
  for (auto t = db.allterms_begin("Q"); t != db.allterms_end("Q"); ++t)
    for (auto p = db.postlist_begin(*t); p != db.postlist_end(*t); ++p) s.documents[*t] += describe_document(db, *p);
  for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k)
    if (*k != "last_indexed") s.metadata[*k] = db.get_metadata(*k);
  return s;
}

inline void expect_same_index(const std::filesystem::path& serial, const std::filesystem::path& parallel) {
  const IndexSnapshot a = snapshot(serial), b = snapshot(parallel);
  EXPECT_EQ(a.passages, b.passages);
  EXPECT_EQ(a.termfreqs, b.termfreqs);
  EXPECT_EQ(a.metadata, b.metadata);
  EXPECT_EQ(a.documents.size(), b.documents.size());
  for (const auto& [term, text] : a.documents) {
    SCOPED_TRACE(term);
    const auto other = b.documents.find(term);
    ASSERT_NE(other, b.documents.end());
    EXPECT_EQ(text, other->second);
  }
}

/// The failures or notes as "path|reason" lines, in report order.
inline std::vector<std::string> lines_of(const std::vector<BuildReport::Failure>& failures) {
  std::vector<std::string> out;
  for (const auto& f : failures) out.push_back(f.path + "|" + f.reason);
  return out;
}

inline void expect_same_report(const BuildReport& serial, const BuildReport& parallel) {
  EXPECT_EQ(serial.added, parallel.added);
  EXPECT_EQ(serial.updated, parallel.updated);
  EXPECT_EQ(serial.removed, parallel.removed);
  EXPECT_EQ(serial.unchanged, parallel.unchanged);
  EXPECT_EQ(serial.failed, parallel.failed);
  EXPECT_EQ(serial.passages_written, parallel.passages_written);
  EXPECT_EQ(serial.documents_total, parallel.documents_total);
  EXPECT_EQ(serial.passages_total, parallel.passages_total);
  EXPECT_EQ(lines_of(serial.failures), lines_of(parallel.failures));
  EXPECT_EQ(lines_of(serial.notes), lines_of(parallel.notes));
  EXPECT_EQ(serial.tags.passages, parallel.tags.passages) << "the passages the tagger read";
  EXPECT_EQ(serial.tags.tagged, parallel.tags.tagged);
  EXPECT_EQ(serial.tags.with_areas, parallel.tags.with_areas);
  EXPECT_EQ(serial.tags.with_measures, parallel.tags.with_measures);
}

/// The `<db>.build-*` work folders next to `db`.
inline std::vector<std::string> build_folders(const std::filesystem::path& db) {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(db.parent_path()))
    if (entry.path().filename().string().rfind(db.filename().string() + ".build-", 0) == 0)
      out.push_back(entry.path().filename().string());
  return out;
}

/// Runs `build` in a child process; kills it after `delay` unless negative. The exit status
/// of the child: 0 built, 2 IndexError, 3 other error, -1 killed.
template <typename Build>
int run_child(Build build, std::chrono::milliseconds delay) {
  const pid_t child = fork();
  if (child == 0) {
    int status = 0;
    try {
      build();
    } catch (const IndexError&) {
      status = 2;
    } catch (...) {
      status = 3;
    }
    _exit(status);
  }
  if (delay.count() >= 0) {
    std::this_thread::sleep_for(delay);
    kill(child, SIGKILL);
  }
  int status = 0;
  waitpid(child, &status, 0);
  if (WIFSIGNALED(status)) return -1;
  return WEXITSTATUS(status);
}

}  // namespace liaison::testing
