#include "core/index/passage_document.h"

#include <algorithm>
#include <map>
#include <string>

#include "core/analysis/analyzer.h"
#include "core/analysis/fold.h"
#include "core/analysis/name_key.h"
#include "core/index/links.h"
#include "core/index/passage_data.h"
#include "core/index/schema.h"

namespace liaison {
namespace {

namespace sc = schema;

/// Adds `prefix`+`value` as a boolean (wdf 0) term when it is non-empty and not too long.
void add_boolean(Xapian::Document& xdoc, std::string_view prefix, std::string_view value) {
  if (value.empty()) return;
  const std::string t = sc::term(prefix, value);
  if (t.size() <= sc::kMaxTermBytes) xdoc.add_boolean_term(t);
}

bool fits(const std::string& term) { return !term.empty() && term.size() <= sc::kMaxTermBytes; }

/// Body words: exact term and its fold with positions; the stem with wdf only.
void add_body_terms(Xapian::Document& xdoc, const std::vector<Token>& tokens) {
  for (const Token& token : tokens) {
    if (!fits(token.term)) continue;
    const Xapian::termpos pos = token.position + 1;  // Xapian positions start at 1 by convention
    xdoc.add_posting(token.term, pos);
    if (token.fold != token.term) {
      const std::string folded = sc::term(sc::kFoldPrefix, token.fold);
      if (fits(folded)) xdoc.add_posting(folded, pos);
    }
    const std::string stem = sc::term(sc::kStemPrefix, token.stem.empty() ? token.term : token.stem);
    if (fits(stem)) xdoc.add_term(stem);
  }
}

/// Name keys of the words written like names, so that a name in one script finds its spellings
/// in the others (schema::kNameKeyPrefix). With wdf (no positions), so that BM25 can weigh them.
void add_name_keys(Xapian::Document& xdoc, const std::vector<Token>& tokens) {
  for (const Token& token : tokens) {
    if (token.language == Language::Unknown || !looks_like_name(token.text)) continue;
    for (const std::string& key : name_keys(token.term, token.language)) {
      const std::string term = sc::term(sc::kNameKeyPrefix, key);
      if (fits(term)) xdoc.add_term(term);
    }
  }
}

/// Title words: "S"+term with positions, "ZS"+stem with wdf only.
void add_title_terms(Xapian::Document& xdoc, const std::vector<Token>& tokens) {
  for (const Token& token : tokens) {
    const std::string exact = sc::term(sc::kTitlePrefix, token.term);
    if (!fits(exact) || token.term.empty()) continue;
    xdoc.add_posting(exact, token.position + 1);
    const std::string stem = sc::term(sc::kTitleStemPrefix, token.stem.empty() ? token.term : token.stem);
    if (fits(stem)) xdoc.add_term(stem);
  }
}

void add_tag_terms(Xapian::Document& xdoc, std::string_view prefix, const std::vector<Tag>& tags) {
  for (const Tag& tag : tags) add_boolean(xdoc, prefix, tag.id);
}

/// The measures a document references: its own tags (the tagger's union, or the front matter's,
/// which replace them) and every passage's, so that a front-matter list never hides what the
/// text says from the measure filter, facet and tracker. Sorted, no repeats.
std::vector<std::string> referenced_measures(const Document& doc) {
  std::vector<std::string> ids;
  for (const Tag& tag : doc.measures) ids.push_back(tag.id);
  for (const Passage& passage : doc.passages)
    for (const Tag& tag : passage.measures) ids.push_back(tag.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

void add_filter_terms(Xapian::Document& xdoc, const Document& doc, const Passage& passage,
                      const std::vector<std::string>& measure_ids) {
  add_boolean(xdoc, sc::kPassageIdPrefix, doc.id + "#" + std::to_string(passage.n));
  add_boolean(xdoc, sc::kDocPrefix, doc.id);
  // The versions of one text share a bucket, so that a sample holds whole groups.
  add_boolean(xdoc, sc::kSampleBucketPrefix,
              std::to_string(sc::sample_bucket(doc.version_set.empty() ? doc.id : doc.version_set)));
  add_boolean(xdoc, sc::kLangPrefix, to_code(passage.language));
  add_boolean(xdoc, sc::kKindPrefix, doc.kind);
  add_boolean(xdoc, sc::kSourcePrefix, sc::source_key(doc.source));
  add_boolean(xdoc, sc::kYearPrefix, std::string_view(doc.date).substr(0, 4));
  add_tag_terms(xdoc, sc::kAreaPrefix, passage.areas);
  add_tag_terms(xdoc, sc::kMeasurePrefix, passage.measures);
  add_tag_terms(xdoc, sc::kDocAreaPrefix, doc.areas);
  for (const std::string& id : measure_ids) add_boolean(xdoc, sc::kDocMeasurePrefix, id);
}

/// The passage's speakers as terms, for speaker: (every spelling and each word of it, as written
/// and folded) and the who-said-what view (XW); and the document's version set (XV).
void add_version_and_speaker_terms(Xapian::Document& xdoc, const Document& doc, const Passage& passage) {
  add_boolean(xdoc, sc::kVersionSetPrefix, doc.version_set.empty() ? doc.id : doc.version_set);
  if (passage.speakers.empty()) return;
  xdoc.add_boolean_term(std::string(sc::kSpokenTerm));
  for (const Speaker& speaker : passage.speakers) {
    add_boolean(xdoc, sc::kSpeakerPrefix, speaker.id);
    for (const std::string& name : speaker.names) {
      std::vector<std::string> keys = {sc::speaker_key(name)};
      for (std::size_t start = 0, space = 0; space != std::string::npos; start = space + 1) {
        space = name.find(' ', start);
        keys.push_back(sc::speaker_key(name.substr(start, space == std::string::npos ? space : space - start)));
      }
      for (const std::string& key : keys) {
        add_boolean(xdoc, sc::kSpeakerPrefix, key);
        add_boolean(xdoc, sc::kSpeakerPrefix, fold_term(key));
      }
    }
  }
}

std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "\n") + item;
  return out;
}

/// The language a document is written in: the declared one, else that of most of its passages.
/// A passage in another language (an English summary of a Russian article) does not change it.
std::string document_language(const Document& doc) {
  if (doc.declared_language != Language::Unknown) return std::string(to_code(doc.declared_language));
  std::map<Language, std::size_t> passages;
  for (const Passage& p : doc.passages) ++passages[p.language];
  const auto most = std::max_element(passages.begin(), passages.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
  return most == passages.end() ? std::string() : std::string(to_code(most->first));
}

void set_values(Xapian::Document& xdoc, const Document& doc, const Passage& passage, const std::string& language,
                const std::vector<std::string>& measure_ids) {
  std::vector<std::string> area_ids;
  for (const Tag& tag : doc.areas) area_ids.push_back(tag.id);
  xdoc.add_value(sc::DocId, doc.id);
  xdoc.add_value(sc::Date, sc::date_value(doc.date));
  xdoc.add_value(sc::Lang, std::string(to_code(passage.language)));
  xdoc.add_value(sc::Kind, doc.kind);
  xdoc.add_value(sc::Source, doc.source);
  xdoc.add_value(sc::Year, doc.date.substr(0, 4));
  xdoc.add_value(sc::Areas, join_lines(area_ids));
  xdoc.add_value(sc::PassageNo, Xapian::sortable_serialise(passage.n));
  xdoc.add_value(sc::DocLang, language);
  std::string facet_key = doc.id;
  for (const std::string_view field : {to_code(passage.language), std::string_view(doc.kind),
                                       std::string_view(doc.source), std::string_view(doc.date).substr(0, 4)}) {
    facet_key += sc::kFacetKeySeparator;
    facet_key += field;
  }
  facet_key += sc::kFacetKeySeparator;
  facet_key += join_lines(area_ids);
  facet_key += sc::kFacetKeySeparator;
  facet_key += join_lines(measure_ids);
  xdoc.add_value(sc::FacetKey, facet_key);
  xdoc.add_value(sc::VersionSet, doc.version_set.empty() ? doc.id : doc.version_set);
  xdoc.add_value(sc::TranslationOf, doc.translation_of);
  xdoc.add_value(sc::Speakers, encode_speakers(passage.speakers));
}

}  // namespace

PassageDocumentMaker::PassageDocumentMaker(const Document& document, const Analyzer& analyzer)
    : document_(document), analyzer_(analyzer),
      title_tokens_(analyzer.analyze(document.title, document.declared_language)),
      language_(document_language(document)), measure_ids_(referenced_measures(document)) {}

Xapian::Document PassageDocumentMaker::make(std::size_t index) const {
  const Passage& passage = document_.passages.at(index);
  Xapian::Document xdoc;
  const std::vector<Token> tokens = analyzer_.analyze(passage.text, passage.language);
  add_body_terms(xdoc, tokens);
  add_name_keys(xdoc, tokens);
  add_title_terms(xdoc, title_tokens_);
  add_filter_terms(xdoc, document_, passage, measure_ids_);
  add_version_and_speaker_terms(xdoc, document_, passage);
  set_values(xdoc, document_, passage, language_, measure_ids_);
  xdoc.set_data(encode_passage_data(document_, passage));
  return xdoc;
}

std::vector<Xapian::Document> make_passage_documents(const Document& document, const Analyzer& analyzer) {
  const PassageDocumentMaker maker(document, analyzer);
  std::vector<Xapian::Document> out;
  out.reserve(maker.size());
  for (std::size_t i = 0; i < maker.size(); ++i) out.push_back(maker.make(i));
  return out;
}

}  // namespace liaison
