#pragma once
// The cross-script name set from NTREX-128: names found in the English sentences; the aligned
// Russian, Armenian and Azerbaijani sentences are what a search for the name should find.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace liaison::relevance {

struct NameQuery {
  std::string name;                  ///< as written in English ("Galstanyan")
  std::vector<std::string> targets;  ///< ids of the aligned sentences: "ru-17", "hy-17", "az-17"
};

struct NameSet {
  std::vector<NameQuery> queries;
  std::filesystem::path corpus;  ///< a folder with one bulk file of the ru, hy, az sentences
};

/// Reads the NTREX folder and writes the sentences' corpus (ntrex.jsonl) into `work`. A name is a
/// word of 4+ letters written with a capital inside an English sentence, never in lower case in
/// the English text, in at most `max_sentences` sentences, and not a gazetteer name (`skip`,
/// lower-cased) — so that the name keys, not the domain, are what is measured. At most
/// `max_names`, in order of first appearance. Throws ConfigError when a file is missing.
NameSet build_name_set(const std::filesystem::path& ntrex, const std::filesystem::path& work,
                       const std::set<std::string>& skip, std::size_t max_names = 400, std::size_t max_sentences = 8);

/// The lower-cased words of the gazetteer's English names (corpus/domain/gazetteer.json).
std::set<std::string> gazetteer_words(const std::filesystem::path& domain);

}  // namespace liaison::relevance
