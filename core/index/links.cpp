#include "core/index/links.h"

#include <algorithm>
#include <map>

#include "core/index/document_record.h"
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

std::vector<VersionInfo> versions_in_set(const Xapian::Database& db, const std::string& set_key) {
  std::vector<VersionInfo> versions;
  const std::string set_term = sc::term(sc::kVersionSetPrefix, set_key);
  for (auto it = db.postlist_begin(set_term); it != db.postlist_end(set_term); ++it) {
    const Xapian::Document xdoc = db.get_document(*it);
    const DocumentRecord record = read_record_head(xdoc);
    versions.push_back({.id = record.document.id, .lang = xdoc.get_value(sc::DocLang), .title = record.document.title,
                        .date = record.document.date, .translation_of = record.document.translation_of,
                        .passages = static_cast<std::uint32_t>(record.document.passages.size())});
  }
  std::sort(versions.begin(), versions.end(), [](const VersionInfo& a, const VersionInfo& b) {
    return std::make_pair(language_rank(a.lang), a.id) < std::make_pair(language_rank(b.lang), b.id);
  });
  return versions;
}

}  // namespace liaison
