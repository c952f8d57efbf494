// One corpus file loader on any bytes: parse_file with the path of LIAISON_FUZZ_PATH (its
// extension picks the loader). A bad file may only be refused with IngestError; a loaded
// document's text must be valid UTF-8 (it goes to Xapian, JSON and HTML) and its passages
// numbered 1, 2, 3 … . Each document then goes on as the indexer takes it: its Xapian document
// is made (no database is written) and its stored record reads back.
#include <cstddef>
#include <cstdint>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/index/document_record.h"
#include "core/index/whole_document.h"
#include "core/ingest/loader.h"
#include "fuzz/fuzz_support.h"

#ifndef LIAISON_FUZZ_PATH
#error "define LIAISON_FUZZ_PATH, the corpus-relative path whose extension picks the loader"
#endif

using namespace liaison;

namespace {

void check_document(const Document& doc) {
  fuzz::require_utf8(doc.id, "document id");
  fuzz::require_utf8(doc.title, "document title");
  fuzz::require_utf8(doc.date, "document date");
  fuzz::require_utf8(doc.source, "document source");
  fuzz::require_utf8(doc.kind, "document kind");
  fuzz::require_utf8(doc.url, "document url");
  fuzz::require_utf8(doc.origin, "document origin");
  fuzz::require_utf8(doc.body, "document body");
  fuzz::require(!doc.id.empty(), "a document has an id");
  for (std::size_t i = 0; i < doc.passages.size(); ++i) {
    const Passage& passage = doc.passages[i];
    fuzz::require(passage.n == i + 1, "passages are numbered 1, 2, 3 …");
    fuzz::require_utf8(passage.text, "passage text");
  }
}

/// The Xapian document the index writer would add, and its record read back as a search does:
/// every passage, and each passage's first position after the previous one's.
void check_index_documents(const Document& doc) {
  static const Analyzer analyzer;
  const DocumentRecord record = read_record(make_whole_document(doc, analyzer));
  fuzz::require(record.document.id == doc.id && record.document.passages.size() == doc.passages.size(),
                "the record holds the document and all its passages");
  for (std::size_t i = 0; i < doc.passages.size(); ++i) {
    fuzz::require(record.document.passages[i].text == doc.passages[i].text, "a passage's text reads back");
    fuzz::require(i == 0 || record.firsts[i] > record.firsts[i - 1], "passages start at increasing positions");
    fuzz::require(passage_at(record.firsts, record.firsts[i]) == i, "a passage's first position is in it");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = LIAISON_FUZZ_PATH;
  try {
    const LoadedFile loaded = parse_file(fuzz::as_text(data, size), path);
    for (const Document& doc : loaded.documents) {
      check_document(doc);
      check_index_documents(doc);
    }
    for (const IngestError& failure : loaded.failures) {
      fuzz::require(failure.path() == path && failure.line() >= 1, "a failure names the file and line");
      fuzz::require_utf8(failure.reason(), "failure reason");
    }
    for (const std::string& note : loaded.notes) fuzz::require_utf8(note, "load note");
  } catch (const IngestError& error) {
    fuzz::require(error.path() == path, "the error names the file");
    fuzz::require_utf8(error.reason(), "error reason");
  }
  return 0;
}
