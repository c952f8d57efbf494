#include "core/index/index_terms.h"

#include <algorithm>
#include <map>

#include "core/analysis/fold.h"
#include "core/analysis/name_key.h"
#include "core/index/schema.h"

namespace liaison::index_terms {
namespace {

namespace sc = schema;

bool fits(const std::string& term) { return !term.empty() && term.size() <= sc::kMaxTermBytes; }

void add_name_keys(Xapian::Document& xdoc, const Token& token) {
  if (token.language == Language::Unknown || !looks_like_name(token.text)) return;
  for (const std::string& key : name_keys(token.term, token.language)) {
    if (const std::string term = sc::term(sc::kNameKeyPrefix, key); fits(term)) xdoc.add_term(term);
  }
}

}  // namespace

void add_boolean(Xapian::Document& xdoc, std::string_view prefix, std::string_view value) {
  if (value.empty()) return;
  if (const std::string t = sc::term(prefix, value); t.size() <= sc::kMaxTermBytes) xdoc.add_boolean_term(t);
}

Xapian::termpos add_body_terms(Xapian::Document& xdoc, const std::vector<Token>& tokens, Xapian::termpos base) {
  Xapian::termpos last = base;
  for (const Token& token : tokens) {
    if (!fits(token.term)) continue;
    const Xapian::termpos pos = base + token.position + 1;
    last = std::max(last, pos);
    xdoc.add_posting(token.term, pos);  // its fold, when another, is in the fold dictionary (variant_dictionary.h)
    if (const std::string stem = sc::term(sc::kStemPrefix, token.stem.empty() ? token.term : token.stem); fits(stem)) {
      xdoc.add_term(stem);
    }
    add_name_keys(xdoc, token);
  }
  return last;
}

void add_title_terms(Xapian::Document& xdoc, const std::vector<Token>& tokens) {
  for (const Token& token : tokens) {
    const std::string exact = sc::term(sc::kTitlePrefix, token.term);
    if (!fits(exact) || token.term.empty()) continue;
    xdoc.add_posting(exact, token.position + 1);
    // A title word typed without its diacritics (Qarabag, Irevan) finds the title as the body's
    // fold terms find the text: the query looks for S+fold (core/query/word_forms.cpp).
    if (token.fold != token.term) {
      if (const std::string folded = sc::term(sc::kTitlePrefix, token.fold); fits(folded)) xdoc.add_posting(folded, token.position + 1);
    }
    if (const std::string stem = sc::term(sc::kTitleStemPrefix, token.stem.empty() ? token.term : token.stem); fits(stem)) {
      xdoc.add_term(stem);
    }
  }
}

void add_tag_terms(Xapian::Document& xdoc, std::string_view prefix, const std::vector<Tag>& tags) {
  for (const Tag& tag : tags) add_boolean(xdoc, prefix, tag.id);
}

std::vector<std::string> speaker_terms(const Speaker& speaker) {
  std::vector<std::string> terms;
  const auto add = [&terms](std::string_view value) {
    if (value.empty()) return;
    if (std::string t = sc::term(sc::kSpeakerPrefix, value); t.size() <= sc::kMaxTermBytes) terms.push_back(std::move(t));
  };
  add(speaker.id);
  for (const std::string& name : speaker.names) {
    std::vector<std::string> keys = {sc::speaker_key(name)};
    for (std::size_t start = 0, space = 0; space != std::string::npos; start = space + 1) {
      space = name.find(' ', start);
      keys.push_back(sc::speaker_key(name.substr(start, space == std::string::npos ? space : space - start)));
    }
    for (const std::string& key : keys) {
      add(key);
      add(fold_term(key));
    }
  }
  return terms;
}

void add_speaker_terms(Xapian::Document& xdoc, const std::vector<Speaker>& speakers) {
  if (speakers.empty()) return;
  xdoc.add_boolean_term(std::string(sc::kSpokenTerm));
  for (const Speaker& speaker : speakers)
    for (const std::string& term : speaker_terms(speaker)) xdoc.add_boolean_term(term);
}

bool passage_has_term(const Passage& passage, std::string_view term) {
  if (term == sc::kSpokenTerm) return !passage.speakers.empty();
  if (term.starts_with(sc::kSpeakerPrefix)) {
    return std::any_of(passage.speakers.begin(), passage.speakers.end(), [term](const Speaker& speaker) {
      const std::vector<std::string> terms = speaker_terms(speaker);
      return std::find(terms.begin(), terms.end(), term) != terms.end();
    });
  }
  // L is also the start of no other prefix (schema.h): a language code follows.
  if (term.starts_with(sc::kLangPrefix)) return term.substr(sc::kLangPrefix.size()) == to_code(passage.language);
  return true;
}

std::vector<std::string> referenced_measures(const Document& doc) {
  std::vector<std::string> ids;
  for (const Tag& tag : doc.measures) ids.push_back(tag.id);
  for (const Passage& passage : doc.passages)
    for (const Tag& tag : passage.measures) ids.push_back(tag.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::string document_language(const Document& doc) {
  if (doc.declared_language != Language::Unknown) return std::string(to_code(doc.declared_language));
  // A passage in another language (an English summary of a Russian article) does not change it.
  std::map<Language, std::size_t> passages;
  for (const Passage& p : doc.passages) ++passages[p.language];
  const auto most = std::max_element(passages.begin(), passages.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
  return most == passages.end() ? std::string() : std::string(to_code(most->first));
}

std::string version_set_key(const Document& doc) { return doc.version_set.empty() ? doc.id : doc.version_set; }

std::string facet_key(const Document& doc, std::string_view languages, const std::vector<std::string>& measure_ids,
                      std::string_view speakers) {
  std::vector<std::string> area_ids;
  for (const Tag& tag : doc.areas) area_ids.push_back(tag.id);
  const std::string areas = join_lines(area_ids), measures = join_lines(measure_ids), set = version_set_key(doc),
                    language = document_language(doc);
  std::string key = doc.id;
  for (const std::string_view field : {languages, std::string_view(doc.kind), std::string_view(doc.source),
                                       std::string_view(doc.date).substr(0, 4), std::string_view(areas),
                                       std::string_view(measures), std::string_view(set), std::string_view(language),
                                       speakers}) {
    key += sc::kFacetKeySeparator;
    key += field;
  }
  return key;
}

FacetKeyFields parse_facet_key(std::string_view key) {
  const auto next = [&key]() {
    const std::size_t end = key.find(sc::kFacetKeySeparator);
    const std::string_view field = key.substr(0, end);
    key.remove_prefix(end == std::string_view::npos ? key.size() : end + 1);
    return field;
  };
  FacetKeyFields fields;
  for (std::string_view* field : {&fields.id, &fields.languages, &fields.kind, &fields.source, &fields.year,
                                  &fields.areas, &fields.measures, &fields.version_set, &fields.doc_lang, &fields.speakers})
    *field = next();
  return fields;
}

std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "\n") + item;
  return out;
}

}  // namespace liaison::index_terms
