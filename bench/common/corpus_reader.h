#pragma once
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

namespace liaison::bench {

/// One generated corpus file, read the simple way the peer engines need: the front-matter fields
/// the benchmark uses and the body paragraphs joined by blank lines.
struct CorpusDocument {
  std::string path;  ///< relative to the corpus folder
  std::string title, date, lang, kind, source;
  std::string body;
  std::size_t bytes = 0;  ///< size of the file
};

/// Calls `visit` for every .md/.txt file under `corpus`, in byte order of paths (as Liaison's
/// indexer reads them). The peers' drivers use it; Liaison reads the folder with its own loader.
/// Returns the number of files read.
std::size_t read_corpus(const std::filesystem::path& corpus, const std::function<void(const CorpusDocument&)>& visit);

/// Year of a YYYY[-MM[-DD]] date, or "" when there is none.
std::string year_of(const std::string& date);

}  // namespace liaison::bench
