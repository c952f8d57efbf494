#include "core/search/facets.h"

#include "core/index/schema.h"
#include "core/search/grouping.h"
#include "core/lang/language.h"

namespace liaison::search {
namespace {

constexpr std::array<const char*, 6> kFacetNames = {"lang", "kind", "source", "year", "area", "measure"};

/// Bit of `code` in a language set; 0 for an unknown code.
std::uint8_t language_bit(std::string_view code) {
  for (std::size_t i = 0; i < kLanguages.size(); ++i)
    if (to_code(kLanguages[i]) == code) return static_cast<std::uint8_t>(1u << i);
  return 0;
}

}  // namespace

void FacetCounter::count(Facet facet, std::string_view value) {
  if (value.empty()) return;
  ValueCounts& values = counts_[facet];
  const auto found = values.find(value);
  if (found != values.end()) ++found->second;
  else values.emplace(std::string(value), 1);
}

void FacetCounter::count_lines(Facet facet, std::string_view lines) {
  while (!lines.empty()) {
    const std::size_t end = lines.find('\n');
    count(facet, lines.substr(0, end));
    if (end == std::string_view::npos) break;
    lines.remove_prefix(end + 1);
  }
}

void FacetCounter::see(const index_terms::FacetKeyFields& fields) {
  std::uint8_t bits = 0;
  for (std::string_view lines = fields.languages; !lines.empty();) {
    const std::size_t end = lines.find('\n');
    bits |= language_bit(lines.substr(0, end));
    if (end == std::string_view::npos) break;
    lines.remove_prefix(end + 1);
  }
  if (const auto known = languages_of_.find(fields.id); known != languages_of_.end()) known->second |= bits;
  else languages_of_.emplace(std::string(fields.id), bits);
  if (!options_.facets) return;
  count_lines(Lang, fields.languages);
  count(Kind, fields.kind);
  count(Source, fields.source);
  count(Year, fields.year);
  count_lines(Area, fields.areas);
  count_lines(Measure, fields.measures);
}

MatchKeySpy::MatchKeySpy(FacetCounter& facets, VersionSpy* versions, bool portable)
    : facets_(facets), versions_(versions), portable_(portable) {}

void MatchKeySpy::spy_on(Xapian::Enquire& enquire) {
  if (portable_) enquire.add_matchspy(&keys_);
  else enquire.add_matchspy(&reader_);
}

void MatchKeySpy::Reader::operator()(const Xapian::Document& doc, double weight) {
  const std::string key = doc.get_value(schema::FacetKey);
  const index_terms::FacetKeyFields fields = index_terms::parse_facet_key(key);
  owner_.facets_.see(fields);
  if (owner_.versions_ != nullptr) owner_.versions_->see(fields, weight);
}

void MatchKeySpy::finish() {
  if (!portable_) return;
  for (auto key = keys_.values_begin(); key != keys_.values_end(); ++key) {
    const std::string value = *key;
    const index_terms::FacetKeyFields fields = index_terms::parse_facet_key(value);
    // More than once only if two databases held one document: counted as the reader would.
    for (Xapian::doccount seen = 0; seen < key.get_termfreq(); ++seen) {
      facets_.see(fields);
      if (versions_ != nullptr) versions_->see(fields, 0.0);
    }
  }
}

FacetCounts FacetCounter::counts() const {
  FacetCounts out;
  for (std::size_t facet = 0; facet < kFacets; ++facet) {
    if (counts_[facet].empty()) continue;
    auto& values = out[kFacetNames[facet]];
    for (const auto& [value, count] : counts_[facet]) values.emplace(value, count);
  }
  return out;
}

std::vector<std::string> FacetCounter::matched_languages(std::string_view doc_id) const {
  std::vector<std::string> out;
  const auto it = languages_of_.find(doc_id);
  if (it == languages_of_.end()) return out;
  for (std::size_t i = 0; i < kLanguages.size(); ++i)
    if (it->second & (1u << i)) out.emplace_back(to_code(kLanguages[i]));
  return out;
}

}  // namespace liaison::search
