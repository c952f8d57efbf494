#pragma once
// Which CBM domain folder a run tags with. One rule for the indexer and the server, so that a
// user's own corpus folder, with no `domain` folder beside it, is tagged like the bundled one.
#include <filesystem>
#include <optional>
#include <string>

namespace liaison {

/// What the user asked for and where to look.
struct DomainQuery {
  /// `--domain`: a folder, "none" (tagging off), or "" (look for one).
  std::string requested;
  /// The corpus folder being indexed ("" for the server): its sibling `domain` folder is the
  /// first place looked at ("corpus/documents" → "corpus/domain").
  std::filesystem::path corpus;
  /// Another folder whose sibling `corpus/domain` is looked at (the server's `--web` folder:
  /// "web" → "corpus/domain" in a checkout); "" for none.
  std::filesystem::path beside_web;
};

/// The folder chosen and how, for the run's first line ("domain: … (bundled with the program)").
struct DomainChoice {
  std::optional<std::filesystem::path> folder;  ///< nullopt: tagging off
  std::string how;  ///< "given", "LIAISON_DOMAIN", "beside the corpus", "bundled with the program", "none"
};

/// Looks, in order, at: `requested` ("none" turns tagging off); the LIAISON_DOMAIN
/// environment variable (same values); the `domain` folder beside the corpus; `corpus/domain`
/// beside the web folder; the domain installed or built with the program (`share/liaison/domain`
/// beside the binary's folder). A folder counts when it holds areas.json. Throws
/// ConfigError when a folder given explicitly (argument or variable) has no areas.json.
DomainChoice locate_domain(const DomainQuery& query);

/// The folder of the running executable (/proc/self/exe), or "" when it cannot be read.
std::filesystem::path executable_folder();

}  // namespace liaison
