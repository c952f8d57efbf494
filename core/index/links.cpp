#include "core/index/links.h"

#include <algorithm>
#include <map>

#include "core/index/passage_data.h"
#include "core/index/schema.h"

namespace liaison {
namespace {

namespace sc = schema;

std::size_t language_rank(const std::string& code) {
  for (std::size_t i = 0; i < kLanguages.size(); ++i)
    if (to_code(kLanguages[i]) == code) return i;
  return kLanguages.size();
}

}  // namespace

std::string encode_speakers(const std::vector<Speaker>& speakers) {
  std::string out;
  for (const Speaker& speaker : speakers) {
    if (!out.empty()) out += '\n';
    out += speaker.id;
    out += sc::kSpeakerFieldSeparator;
    out += speaker.name;
  }
  return out;
}

std::vector<Speaker> decode_speakers(std::string_view value) {
  std::vector<Speaker> speakers;
  while (!value.empty()) {
    const auto end = value.find('\n');
    const std::string_view line = value.substr(0, end);
    const auto tab = line.find(sc::kSpeakerFieldSeparator);
    Speaker speaker{.id = std::string(line.substr(0, tab)), .name = {}, .names = {}};
    speaker.name = tab == std::string_view::npos ? speaker.id : std::string(line.substr(tab + 1));
    speakers.push_back(std::move(speaker));
    if (end == std::string_view::npos) break;
    value.remove_prefix(end + 1);
  }
  return speakers;
}

void read_links(const Xapian::Database& db, Document& document) {
  const std::string doc_term = sc::term(sc::kDocPrefix, document.id);
  std::map<std::uint32_t, std::vector<Speaker>> speakers;  // passage n → its speakers
  for (auto it = db.postlist_begin(doc_term); it != db.postlist_end(doc_term); ++it) {
    const Xapian::Document xdoc = db.get_document(*it);
    const std::string set = xdoc.get_value(sc::VersionSet);
    // An unlinked document's set is its own id: only a real set is reported.
    document.version_set = set == document.id ? std::string() : set;
    document.translation_of = xdoc.get_value(sc::TranslationOf);
    speakers[static_cast<std::uint32_t>(Xapian::sortable_unserialise(xdoc.get_value(sc::PassageNo)))] =
        decode_speakers(xdoc.get_value(sc::Speakers));
  }
  for (Passage& passage : document.passages) passage.speakers = speakers[passage.n];
}

std::vector<VersionInfo> versions_in_set(const Xapian::Database& db, const std::string& set_key) {
  std::map<std::string, VersionInfo> by_id;
  const std::string set_term = sc::term(sc::kVersionSetPrefix, set_key);
  for (auto it = db.postlist_begin(set_term); it != db.postlist_end(set_term); ++it) {
    const Xapian::Document xdoc = db.get_document(*it);
    const std::string id = xdoc.get_value(sc::DocId);
    VersionInfo& info = by_id[id];
    ++info.passages;
    if (!info.id.empty()) continue;
    const PassageData data = decode_passage_data(xdoc.get_data());
    info.id = id;
    info.lang = xdoc.get_value(sc::DocLang);
    info.title = data.document.title;
    info.date = data.document.date;
    info.translation_of = xdoc.get_value(sc::TranslationOf);
  }
  std::vector<VersionInfo> versions;
  for (auto& [id, info] : by_id) versions.push_back(std::move(info));
  std::stable_sort(versions.begin(), versions.end(), [](const VersionInfo& a, const VersionInfo& b) {
    return language_rank(a.lang) < language_rank(b.lang);
  });
  return versions;
}

}  // namespace liaison
