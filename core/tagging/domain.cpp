#include "core/tagging/domain.h"

#include <cstdint>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace liaison {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

/// Reads one file's entries, naming the file and the entry in every error.
class EntryReader {
 public:
  EntryReader(std::string file, const json& entry, std::size_t position)
      : file_(std::move(file)), entry_(entry), where_("entry " + std::to_string(position)) {}

  [[noreturn]] void fail(const std::string& reason) const {
    throw ConfigError(file_ + ": " + where_ + ": " + reason);
  }

  /// A required non-empty string field; the entry is named by it from then on when it is "id".
  std::string text(const char* key) {
    const auto it = entry_.find(key);
    if (it == entry_.end()) fail(std::string("missing \"") + key + "\"");
    if (!it->is_string() || it->get<std::string>().empty())
      fail(std::string("\"") + key + "\" must be a non-empty string");
    std::string value = it->get<std::string>();
    if (std::string_view(key) == "id") where_ += " (" + value + ")";
    return value;
  }

  std::string optional_text(const char* key) const {
    const auto it = entry_.find(key);
    if (it == entry_.end()) return "";
    if (!it->is_string()) fail(std::string("\"") + key + "\" must be a string");
    return it->get<std::string>();
  }

  bool optional_bool(const char* key, bool fallback) const {
    const auto it = entry_.find(key);
    if (it == entry_.end()) return fallback;
    if (!it->is_boolean()) fail(std::string("\"") + key + "\" must be true or false");
    return it->get<bool>();
  }

  /// An optional number in (0, 1].
  double optional_share(const char* key, double fallback) const {
    const auto it = entry_.find(key);
    if (it == entry_.end()) return fallback;
    if (!it->is_number() || it->get<double>() <= 0.0 || it->get<double>() > 1.0)
      fail(std::string("\"") + key + "\" must be a number above 0 and at most 1");
    return it->get<double>();
  }

  /// A list of strings that may be absent or empty.
  std::vector<std::string> optional_list(const char* key) const {
    const auto it = entry_.find(key);
    if (it == entry_.end()) return {};
    if (!it->is_array()) fail(std::string("\"") + key + "\" must be a list");
    return list(key, /*allow_empty=*/true);
  }

  /// {"en": "...", ...}: one string per language.
  std::map<Language, std::string> names(const char* key) const {
    std::map<Language, std::string> out;
    for (const auto& [language, value] : language_object(key)) {
      if (!value.is_string()) fail(std::string("\"") + key + "\" values must be strings");
      out[language] = value.get<std::string>();
    }
    return out;
  }

  /// {"en": ["...", ...], ...}: non-empty phrases per language.
  PhrasesByLanguage phrases(const char* key) const {
    PhrasesByLanguage out;
    for (const auto& [language, list] : language_object(key)) {
      if (!list.is_array()) fail(std::string("\"") + key + "\"." + std::string(to_code(language)) + " must be a list");
      for (const json& item : list) {
        if (!item.is_string() || blank(item.get<std::string>()))
          fail(std::string("\"") + key + "\"." + std::string(to_code(language)) + " holds an empty or non-string phrase");
        out[language].push_back(item.get<std::string>());
      }
    }
    return out;
  }

  /// A list of strings (e.g. "areas").
  std::vector<std::string> list(const char* key, bool allow_empty = false) const {
    const auto it = entry_.find(key);
    if (it == entry_.end() || !it->is_array() || (it->empty() && !allow_empty))
      fail(std::string("\"") + key + "\" must be a non-empty list");
    std::vector<std::string> out;
    for (const json& item : *it) {
      if (!item.is_string()) fail(std::string("\"") + key + "\" must hold strings");
      out.push_back(item.get<std::string>());
    }
    return out;
  }

 private:
  static bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

  std::vector<std::pair<Language, json>> language_object(const char* key) const {
    const auto it = entry_.find(key);
    if (it == entry_.end()) return {};
    if (!it->is_object()) fail(std::string("\"") + key + "\" must be an object keyed by language (en, hy, az, ru)");
    std::vector<std::pair<Language, json>> out;
    for (const auto& [code, value] : it->items()) {
      const auto language = parse_language(code);
      if (!language || code != to_code(*language))
        fail(std::string("\"") + key + "\" has an unknown language '" + code + "' (use en, hy, az, ru)");
      out.emplace_back(*language, value);
    }
    return out;
  }

  std::string file_;
  const json& entry_;
  std::string where_;
};

json parse_array(const std::string& text, const std::string& file) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    throw ConfigError(file + ": not valid JSON: " + e.what());
  }
  if (!root.is_array()) throw ConfigError(file + ": must be a JSON array of entries");
  for (std::size_t i = 0; i < root.size(); ++i) {
    if (!root[i].is_object()) throw ConfigError(file + ": entry " + std::to_string(i + 1) + ": must be an object");
  }
  return root;
}

bool is_kebab_case(const std::string& id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

bool is_tag_id(const std::string& id) {
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                    c == '.';
    if (!ok) return false;
  }
  return !id.empty() && id.size() <= 64;
}

/// Keeps ids unique within one file.
class IdSet {
 public:
  void claim(const EntryReader& reader, const std::string& id) {
    if (!seen_.insert(id).second) reader.fail("duplicate id '" + id + "'");
  }
  bool contains(const std::string& id) const { return seen_.count(id) > 0; }

 private:
  std::set<std::string> seen_;
};

std::size_t phrase_count(const PhrasesByLanguage& phrases) {
  std::size_t n = 0;
  for (const auto& [language, list] : phrases) n += list.size();
  return n;
}

std::vector<AreaEntry> parse_areas(const std::string& text, const std::string& file, IdSet& ids) {
  std::vector<AreaEntry> out;
  const json root = parse_array(text, file);
  for (std::size_t i = 0; i < root.size(); ++i) {
    EntryReader reader(file, root[i], i + 1);
    AreaEntry area{.id = reader.text("id"), .color = reader.optional_text("color"), .names = reader.names("names")};
    if (!is_kebab_case(area.id)) reader.fail("id must be lower-case ascii kebab-case");
    ids.claim(reader, area.id);
    out.push_back(std::move(area));
  }
  if (out.empty()) throw ConfigError(file + ": lists no area");
  return out;
}

void check_area(const EntryReader& reader, const IdSet& areas, const std::string& area) {
  if (!areas.contains(area)) reader.fail("unknown area '" + area + "'");
}

std::vector<MeasureEntry> parse_measures(const std::string& text, const std::string& file, const IdSet& areas) {
  std::vector<MeasureEntry> out;
  if (text.empty()) return out;
  const json root = parse_array(text, file);
  IdSet ids;
  for (std::size_t i = 0; i < root.size(); ++i) {
    EntryReader reader(file, root[i], i + 1);
    MeasureEntry measure{.id = reader.text("id"), .area = reader.text("area"), .origin = reader.optional_text("origin"),
                         .names = reader.names("names"), .aliases = reader.phrases("aliases"),
                         .broad_aliases = reader.phrases("broad_aliases")};
    if (!is_tag_id(measure.id)) reader.fail("id may hold only letters, digits, '-', '_' and '.'");
    ids.claim(reader, measure.id);
    check_area(reader, areas, measure.area);
    for (const auto& [language, name] : measure.names) {
      if (!name.empty()) measure.aliases[language].push_back(name);  // a name is an alias too
    }
    if (phrase_count(measure.aliases) + phrase_count(measure.broad_aliases) == 0)
      reader.fail("has neither names nor aliases");
    out.push_back(std::move(measure));
  }
  return out;
}

std::vector<ConceptEntry> parse_thesaurus(const std::string& text, const std::string& file, const IdSet& areas) {
  std::vector<ConceptEntry> out;
  if (text.empty()) return out;
  const json root = parse_array(text, file);
  IdSet ids;
  for (std::size_t i = 0; i < root.size(); ++i) {
    EntryReader reader(file, root[i], i + 1);
    ConceptEntry concept_entry{.id = reader.text("id"), .areas = reader.optional_list("areas"),
                               .terms = reader.phrases("terms"), .anchor = reader.optional_bool("anchor", false),
                               .party = reader.optional_text("party"),
                               .anchors_side = reader.optional_bool("anchors_side", false),
                               .needs = reader.optional_list("needs"),
                               .needs_conflict = reader.optional_bool("needs_conflict", false),
                               .of_conflict = reader.optional_bool(
                                   "of_conflict", reader.optional_bool("anchor", false) || reader.optional_bool("anchors_side", false)),
                               .weight = reader.optional_share("weight", 1.0),
                               .exact_forms = reader.optional_bool("exact_forms", false)};
    if (!is_kebab_case(concept_entry.id)) reader.fail("id must be lower-case ascii kebab-case");
    if (concept_entry.areas.empty() && !concept_entry.anchor && concept_entry.party.empty()) reader.fail("\"areas\" must be a non-empty list");
    ids.claim(reader, concept_entry.id);
    for (const std::string& area : concept_entry.areas) check_area(reader, areas, area);
    if (phrase_count(concept_entry.terms) == 0) reader.fail("has no terms");
    out.push_back(std::move(concept_entry));
  }
  return out;
}

std::vector<NameEntry> parse_gazetteer(const std::string& text, const std::string& file, const IdSet& areas) {
  static const std::set<std::string> kTypes = {"place", "person", "organisation", "event"};
  std::vector<NameEntry> out;
  if (text.empty()) return out;
  const json root = parse_array(text, file);
  IdSet ids;
  for (std::size_t i = 0; i < root.size(); ++i) {
    EntryReader reader(file, root[i], i + 1);
    NameEntry name{.id = reader.text("id"), .type = reader.text("type"), .names = reader.phrases("names"),
                   .anchor = reader.optional_bool("anchor", true), .party = reader.optional_text("party"),
                   .area = reader.optional_text("area"), .elsewhere = reader.optional_bool("elsewhere", false)};
    if (!is_kebab_case(name.id)) reader.fail("id must be lower-case ascii kebab-case");
    if (name.elsewhere && (name.anchor || name.type != "place")) reader.fail("\"elsewhere\" is for a place with \"anchor\": false");
    if (!name.area.empty()) check_area(reader, areas, name.area);
    ids.claim(reader, name.id);
    if (!kTypes.count(name.type)) reader.fail("unknown type '" + name.type + "' (place, person, organisation, event)");
    if (phrase_count(name.names) == 0) reader.fail("has no names");
    out.push_back(std::move(name));
  }
  return out;
}

std::vector<SearchWordEntry> parse_search_words(const std::string& text, const std::string& file) {
  std::vector<SearchWordEntry> out;
  if (text.empty()) return out;
  const json root = parse_array(text, file);
  IdSet ids;
  for (std::size_t i = 0; i < root.size(); ++i) {
    EntryReader reader(file, root[i], i + 1);
    SearchWordEntry entry{.id = reader.text("id"), .words = reader.phrases("words")};
    if (!is_kebab_case(entry.id)) reader.fail("id must be lower-case ascii kebab-case");
    ids.claim(reader, entry.id);
    if (entry.words.size() < 2) reader.fail("needs words in two languages at least (it carries a word across)");
    out.push_back(std::move(entry));
  }
  return out;
}

/// Every id a concept needs is a concept or a gazetteer entry.
void check_needs(const Domain& domain, const std::string& file) {
  std::set<std::string> known;
  for (const ConceptEntry& entry : domain.concepts) known.insert(entry.id);
  for (const NameEntry& entry : domain.names) known.insert(entry.id);
  for (const ConceptEntry& entry : domain.concepts) {
    for (const std::string& id : entry.needs) {
      if (!known.count(id)) throw ConfigError(file + ": " + entry.id + ": needs unknown id '" + id + "'");
    }
  }
}

/// FNV-1a, 64 bits: a stable fingerprint of bytes (not a security hash).
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

/// Of the files the tagger reads: search_words.json is not one of them.
std::string fingerprint_of(const DomainTexts& texts) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const std::string* text : {&texts.areas, &texts.measures, &texts.thesaurus, &texts.gazetteer}) {
    hash = fnv1a(std::to_string(text->size()) + ":", hash);  // separates the files
    hash = fnv1a(*text, hash);
  }
  std::ostringstream out;
  out << std::hex << hash;
  return out.str();
}

/// The file's bytes, or "" when it does not exist.
std::string read_optional(const fs::path& file, bool& missing) {
  std::error_code error;
  missing = !fs::exists(file, error);
  if (missing) return "";
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ConfigError(file.string() + ": cannot be read");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (bytes.str().empty()) throw ConfigError(file.string() + ": is empty");
  return bytes.str();
}

}  // namespace

Domain parse_domain(const DomainTexts& texts) {
  const std::string& at = texts.location;
  if (texts.areas.empty()) throw ConfigError(at + "areas.json: missing or empty (the five CBM areas are required)");
  Domain domain;
  IdSet area_ids;
  domain.areas = parse_areas(texts.areas, at + "areas.json", area_ids);
  domain.measures = parse_measures(texts.measures, at + "measures.json", area_ids);
  domain.concepts = parse_thesaurus(texts.thesaurus, at + "thesaurus.json", area_ids);
  domain.names = parse_gazetteer(texts.gazetteer, at + "gazetteer.json", area_ids);
  check_needs(domain, at + "thesaurus.json");
  domain.search_words = parse_search_words(texts.search_words, at + "search_words.json");
  if (texts.measures.empty()) domain.missing_files.push_back("measures.json");
  if (texts.thesaurus.empty()) domain.missing_files.push_back("thesaurus.json");
  if (texts.gazetteer.empty()) domain.missing_files.push_back("gazetteer.json");
  domain.fingerprint = fingerprint_of(texts);
  return domain;
}

Domain load_domain(const fs::path& dir) {
  std::error_code error;
  if (!fs::is_directory(dir, error)) throw ConfigError(dir.string() + ": no such domain folder");
  DomainTexts texts;
  texts.location = (dir / "").string();
  bool missing = false;
  texts.areas = read_optional(dir / "areas.json", missing);
  if (missing) throw ConfigError((dir / "areas.json").string() + ": missing (the five CBM areas are required)");
  texts.measures = read_optional(dir / "measures.json", missing);
  texts.thesaurus = read_optional(dir / "thesaurus.json", missing);
  texts.gazetteer = read_optional(dir / "gazetteer.json", missing);
  texts.search_words = read_optional(dir / "search_words.json", missing);
  return parse_domain(texts);
}

std::string describe(const Domain& domain) {
  std::string out = std::to_string(domain.areas.size()) + " areas, " + std::to_string(domain.measures.size()) +
                    " measures, " + std::to_string(domain.concepts.size()) + " concepts, " +
                    std::to_string(domain.names.size()) + " names";
  for (const std::string& file : domain.missing_files) out += "; no " + file;
  return out;
}

}  // namespace liaison
