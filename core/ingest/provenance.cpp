#include "core/ingest/provenance.h"

#include "core/text/strings.h"

namespace liaison {
namespace {

constexpr std::string_view kEditors = "Liaison editors";

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

}  // namespace

std::string_view to_string(Provenance provenance) {
  switch (provenance) {
    case Provenance::Original: return "original";
    case Provenance::Translation: return "translation";
    case Provenance::Editorial: return "editorial";
  }
  return "original";
}

Provenance provenance_of(const Document& document) {
  const std::string origin = lower_ascii(document.origin);
  if (contains(origin, "written for this corpus") || contains(origin, "written by the liaison editors"))
    return Provenance::Editorial;
  if (contains(origin, "translat")) return Provenance::Translation;
  return Provenance::Original;
}

Authorship authorship_of(const Document& document) {
  if (provenance_of(document) != Provenance::Editorial) return {.author = document.source, .description = {}};
  const std::string_view source = document.source;
  std::string description;
  if (source.starts_with(kEditors)) {
    std::string_view rest = source.substr(kEditors.size());
    if (rest.starts_with(" (") && rest.ends_with(")")) description = std::string(rest.substr(2, rest.size() - 3));
  } else if (!source.empty()) {
    description = "written from " + std::string(source);
  }
  return {.author = std::string(kEditors), .description = description};
}

}  // namespace liaison
