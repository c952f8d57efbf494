#include "core/search/grouping.h"

#include <algorithm>
#include <set>

#include "core/index/links.h"
#include "core/index/schema.h"
#include "core/lang/detect.h"
#include "core/lang/profile.h"

namespace liaison::search {
namespace {

Script script_of_code(const std::string& code) {
  const auto language = parse_language(code);
  return language ? profile_of(*language).script : Script::Other;
}

std::size_t language_rank(const std::string& code) {
  for (std::size_t i = 0; i < kLanguages.size(); ++i)
    if (to_code(kLanguages[i]) == code) return i;
  return kLanguages.size();
}

}  // namespace

void VersionSpy::see(const index_terms::FacetKeyFields& fields, double weight) {
  const auto keep = [this](std::string_view value) {
    const std::size_t at = text_.size();
    text_ += value;
    return at;
  };
  const std::size_t set_at = keep(fields.version_set), id_at = keep(fields.id), lang_at = keep(fields.doc_lang);
  seen_.push_back({.set_at = set_at, .set_size = fields.version_set.size(), .id_at = id_at, .id_size = fields.id.size(),
                   .lang_at = lang_at, .lang_size = fields.doc_lang.size(), .weight = weight});
  if (!count_speakers_) return;
  const std::string doc_id(fields.id);
  for (const Speaker& speaker : decode_speakers(fields.speakers)) {
    speaker_documents_[speaker.id][doc_id] = true;
    const auto [from, first] = speaker_name_from_.try_emplace(speaker.id, doc_id);
    if (first || doc_id < from->second) {
      from->second = doc_id;
      speaker_names_[speaker.id] = speaker.name;
    }
  }
}

const std::vector<std::uint32_t>& VersionSpy::by_set() const {
  if (by_set_.size() == seen_.size()) return by_set_;
  by_set_.resize(seen_.size());
  for (std::uint32_t i = 0; i < by_set_.size(); ++i) by_set_[i] = i;
  std::sort(by_set_.begin(), by_set_.end(), [this](std::uint32_t a, std::uint32_t b) {
    const int by_key = set_of(seen_[a]).compare(set_of(seen_[b]));
    return by_key != 0 ? by_key < 0 : id_of(seen_[a]) < id_of(seen_[b]);
  });
  return by_set_;
}

std::pair<const std::uint32_t*, const std::uint32_t*> VersionSpy::members(std::string_view set_key) const {
  const std::vector<std::uint32_t>& order = by_set();
  const auto first =
      std::partition_point(order.begin(), order.end(), [&](std::uint32_t i) { return set_of(seen_[i]) < set_key; });
  const auto last = std::partition_point(first, order.end(), [&](std::uint32_t i) { return set_of(seen_[i]) == set_key; });
  return {order.data() + (first - order.begin()), order.data() + (last - order.begin())};
}

std::uint64_t VersionSpy::groups_seen() const {
  const std::vector<std::uint32_t>& order = by_set();
  std::uint64_t groups = 0;
  for (std::size_t i = 0; i < order.size(); ++i)
    if (i == 0 || set_of(seen_[order[i]]) != set_of(seen_[order[i - 1]])) ++groups;
  return groups;
}

std::string VersionSpy::best_in_script(const std::string& set_key, Script script) const {
  if (script == Script::Other) return {};
  const Seen* best = nullptr;
  for (auto [it, end] = members(set_key); it != end; ++it) {
    const Seen& seen = seen_[*it];
    if (script_of_code(std::string(text(seen.lang_at, seen.lang_size))) == script && (!best || seen.weight > best->weight))
      best = &seen;
  }
  return best ? std::string(id_of(*best)) : std::string();
}

std::vector<HitVersion> VersionSpy::others(const std::string& set_key, const std::string& doc_id) const {
  std::vector<HitVersion> out;
  for (auto [it, end] = members(set_key); it != end; ++it) {
    const Seen& seen = seen_[*it];
    const std::string_view id = id_of(seen);
    if (id == doc_id || (!out.empty() && out.back().id == id)) continue;  // the same document seen twice
    out.push_back({.id = std::string(id), .lang = std::string(text(seen.lang_at, seen.lang_size))});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const HitVersion& a, const HitVersion& b) { return language_rank(a.lang) < language_rank(b.lang); });
  return out;
}

std::map<std::string, std::uint64_t> VersionSpy::speaker_counts() const {
  std::map<std::string, std::uint64_t> counts;
  for (const auto& [id, documents] : speaker_documents_) counts[id] = documents.size();
  return counts;
}

Xapian::Document representative(const Xapian::Database& db, const VersionSpy& spy, const Xapian::Document& matched,
                                Script query_script) {
  // A spy that saw nothing knows no other version: the values are not read (two look-ups a hit).
  if (spy.empty() || query_script == Script::Other || script_of_code(matched.get_value(schema::DocLang)) == query_script)
    return matched;
  const std::string best = spy.best_in_script(matched.get_value(schema::VersionSet), query_script);
  if (best.empty()) return matched;
  const std::string term = schema::term(schema::kDocPrefix, best);
  const Xapian::PostingIterator found = db.postlist_begin(term);
  return found == db.postlist_end(term) ? matched : db.get_document(*found);
}

void spy_on_versions(const Xapian::Database& db, const Xapian::Query& query, const Xapian::Weight& weight,
                     const Xapian::MSet& mset, VersionSpy& spy) {
  std::set<std::string> sets;
  for (auto item = mset.begin(); item != mset.end(); ++item) {
    // A grouped match carries its set as its collapse key; else it is read from the document.
    std::string set = item.get_collapse_key();
    if (set.empty()) set = std::string(index_terms::parse_facet_key(item.get_document().get_value(schema::FacetKey)).version_set);
    sets.insert(schema::term(schema::kVersionSetPrefix, set));  // an original's key is its own id, its translations' too
  }
  if (sets.empty()) return;
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(Xapian::Query::OP_OR, sets.begin(), sets.end())));
  enquire.set_weighting_scheme(weight);
  // Each version's key comes back with it as its collapse key (unique to a document, so nothing
  // collapses): no document is read, which over a remote shard is an exchange each.
  enquire.set_collapse_key(schema::FacetKey);
  const Xapian::MSet versions = enquire.get_mset(0, db.get_doccount());
  for (auto item = versions.begin(); item != versions.end(); ++item) {
    const std::string key = item.get_collapse_key();
    const index_terms::FacetKeyFields fields = index_terms::parse_facet_key(key);
    // Only sets of more than one version. Their sizes come with the match's statistics (the sets
    // are terms of its query), not asked of the database one by one.
    if (versions.get_termfreq(schema::term(schema::kVersionSetPrefix, fields.version_set)) > 1) spy.see(fields, item.get_weight());
  }
}

void link_versions(Hit& hit, const VersionSpy& spy, bool grouped) {
  if (!grouped) return;
  // An original that declares no set is keyed by its own id, as its translations name it.
  const std::string key = hit.version_set.empty() ? hit.id : hit.version_set;
  hit.versions = spy.others(key, hit.id);
  if (!hit.versions.empty()) hit.version_set = key;
}

Script query_script(const SearchRequest& request) {
  const Language language = request.languages.size() == 1 ? request.languages.front() : detect_language(request.query);
  return profile_of(language).script;
}

}  // namespace liaison::search
