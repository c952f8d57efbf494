#include "core/search/grouping.h"

#include <algorithm>

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

void VersionSpy::operator()(const Xapian::Document& doc, double weight) {
  const std::string key = doc.get_value(schema::FacetKey);
  see(index_terms::parse_facet_key(key), doc.get_docid(), weight);
}

void VersionSpy::see(const index_terms::FacetKeyFields& fields, Xapian::docid docid, double weight) {
  const std::string doc_id(fields.id);
  Member& member = groups_[std::string(fields.version_set)][doc_id];
  if (member.best == 0 || weight > member.weight) {
    member.weight = weight;
    member.best = docid;
  }
  if (member.lang.empty()) member.lang = fields.doc_lang;
  if (!count_speakers_) return;
  for (const Speaker& speaker : decode_speakers(fields.speakers)) {
    speaker_documents_[speaker.id][doc_id] = true;
    speaker_names_.emplace(speaker.id, speaker.name);
  }
}

Xapian::docid VersionSpy::best_in_script(const std::string& set_key, Script script) const {
  const auto group = groups_.find(set_key);
  if (group == groups_.end() || script == Script::Other) return 0;
  const Member* best = nullptr;
  for (const auto& [id, member] : group->second)
    if (script_of_code(member.lang) == script && (!best || member.weight > best->weight)) best = &member;
  return best ? best->best : 0;
}

std::vector<HitVersion> VersionSpy::others(const std::string& set_key, const std::string& doc_id) const {
  std::vector<HitVersion> out;
  const auto group = groups_.find(set_key);
  if (group == groups_.end()) return out;
  for (const auto& [id, member] : group->second)
    if (id != doc_id) out.push_back({.id = id, .lang = member.lang});
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
  if (query_script == Script::Other || script_of_code(matched.get_value(schema::DocLang)) == query_script) return matched;
  const Xapian::docid best = spy.best_in_script(matched.get_value(schema::VersionSet), query_script);
  return best == 0 ? matched : db.get_document(best);
}

void spy_on_versions(const Xapian::Database& db, const Xapian::Query& query, const Xapian::Weight& weight,
                     const Xapian::MSet& mset, VersionSpy& spy) {
  std::vector<std::string> sets;
  for (auto item = mset.begin(); item != mset.end(); ++item) {
    const std::string key = item.get_document().get_value(schema::FacetKey);
    const index_terms::FacetKeyFields fields = index_terms::parse_facet_key(key);
    // A set of more than one version (an original's key is its own id, its translations' too).
    std::string set = schema::term(schema::kVersionSetPrefix, fields.version_set);
    if (db.get_termfreq(set) > 1) sets.push_back(std::move(set));
  }
  if (sets.empty()) return;
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(Xapian::Query::OP_OR, sets.begin(), sets.end())));
  enquire.set_weighting_scheme(weight);
  const Xapian::MSet versions = enquire.get_mset(0, db.get_doccount());
  for (auto item = versions.begin(); item != versions.end(); ++item) spy(item.get_document(), item.get_weight());
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
