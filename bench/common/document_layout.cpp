#include "bench/common/document_layout.h"

#include <algorithm>
#include <set>

#include "core/analysis/analyzer.h"
#include "core/analysis/name_key.h"
#include "core/index/document_record.h"
#include "core/index/schema.h"

namespace liaison::bench {
namespace {

namespace sc = liaison::schema;
using liaison::Token;


bool fits(const std::string& term) { return !term.empty() && term.size() <= sc::kMaxTermBytes; }

void add_boolean(Xapian::Document& xdoc, std::string_view prefix, std::string_view value) {
  if (value.empty()) return;
  if (const std::string t = sc::term(prefix, value); fits(t)) xdoc.add_boolean_term(t);
}

/// The passages' words: exact and (when it differs) folded with positions, stem and name keys
/// with wdf; returns the position after the last word.
Xapian::termpos add_passage_words(Xapian::Document& xdoc, const std::vector<Token>& tokens, Xapian::termpos base) {
  Xapian::termpos end = base;
  for (const Token& token : tokens) {
    if (!fits(token.term)) continue;
    const Xapian::termpos pos = base + token.position + 1;
    end = std::max(end, pos);
    xdoc.add_posting(token.term, pos);
    if (token.fold != token.term) {
      static const bool fold_positions = !std::getenv("LAYOUT_NO_FOLD_POSITIONS");
      if (const std::string folded = sc::term(sc::kFoldPrefix, token.fold); fits(folded)) {
        if (fold_positions) xdoc.add_posting(folded, pos);
        else xdoc.add_term(folded);
      }
    }
    if (const std::string stem = sc::term(sc::kStemPrefix, token.stem.empty() ? token.term : token.stem); fits(stem)) {
      xdoc.add_term(stem);
    }
    static const bool name_keys = !std::getenv("LAYOUT_NO_NAME_KEYS");
    if (!name_keys || token.language == liaison::Language::Unknown || !liaison::looks_like_name(token.text)) continue;
    for (const std::string& key : liaison::name_keys(token.term, token.language)) {
      if (const std::string t = sc::term(sc::kNameKeyPrefix, key); fits(t)) xdoc.add_term(t);
    }
  }
  return end;
}

void add_title(Xapian::Document& xdoc, const std::vector<Token>& tokens) {
  for (const Token& token : tokens) {
    const std::string exact = sc::term(sc::kTitlePrefix, token.term);
    if (!fits(exact) || token.term.empty()) continue;
    xdoc.add_posting(exact, token.position + 1);
    if (const std::string stem = sc::term(sc::kTitleStemPrefix, token.stem.empty() ? token.term : token.stem); fits(stem)) {
      xdoc.add_term(stem);
    }
  }
}

}  // namespace

/// One Xapian document for the whole document (the "document" layout).
Xapian::Document make_layout_document(const liaison::Document& doc, const liaison::Analyzer& analyzer) {
  Xapian::Document xdoc;
  add_title(xdoc, analyzer.analyze(doc.title, doc.declared_language));
  DocumentRecord record{.document = doc, .firsts = {}};
  record.document.body.clear();
  std::set<std::string> languages, areas, measures;
  Xapian::termpos base = 0;
  for (const liaison::Passage& passage : doc.passages) {
    const Xapian::termpos first = base;
    base = add_passage_words(xdoc, analyzer.analyze(passage.text, passage.language), base) + kPassageGap;
    languages.insert(std::string(liaison::to_code(passage.language)));
    for (const auto& tag : passage.areas) areas.insert(tag.id);
    for (const auto& tag : passage.measures) measures.insert(tag.id);
    record.firsts.push_back(first);
  }
  add_boolean(xdoc, sc::kPassageIdPrefix, doc.id);
  add_boolean(xdoc, sc::kDocPrefix, doc.id);
  for (const auto& code : languages) add_boolean(xdoc, sc::kLangPrefix, code);
  add_boolean(xdoc, sc::kKindPrefix, doc.kind);
  add_boolean(xdoc, sc::kSourcePrefix, sc::source_key(doc.source));
  add_boolean(xdoc, sc::kYearPrefix, std::string_view(doc.date).substr(0, 4));
  for (const auto& id : areas) add_boolean(xdoc, sc::kAreaPrefix, id);
  for (const auto& id : measures) add_boolean(xdoc, sc::kMeasurePrefix, id);
  for (const auto& tag : doc.areas) add_boolean(xdoc, sc::kDocAreaPrefix, tag.id);
  for (const auto& id : measures) add_boolean(xdoc, sc::kDocMeasurePrefix, id);
  xdoc.add_value(sc::DocId, doc.id);
  xdoc.add_value(sc::Date, sc::date_value(doc.date));
  xdoc.add_value(sc::Kind, doc.kind);
  xdoc.add_value(sc::Year, doc.date.substr(0, 4));
  // The FacetKey of schema.h, the document's language in the passage's place.
  std::string facet_key = doc.id;
  const std::string language = doc.declared_language != liaison::Language::Unknown
                                   ? std::string(liaison::to_code(doc.declared_language))
                                   : (languages.empty() ? std::string() : *languages.begin());
  for (const std::string_view field : {std::string_view(language), std::string_view(doc.kind),
                                       std::string_view(doc.source), std::string_view(doc.date).substr(0, 4)}) {
    facet_key += sc::kFacetKeySeparator;
    facet_key += field;
  }
  facet_key += sc::kFacetKeySeparator;
  for (const auto& tag : doc.areas) facet_key += tag.id + "\n";
  facet_key += sc::kFacetKeySeparator;
  xdoc.add_value(sc::FacetKey, facet_key);
  xdoc.add_value(sc::DocLang, language);
  xdoc.set_data(encode_document_record(record));
  return xdoc;
}

}  // namespace liaison::bench
