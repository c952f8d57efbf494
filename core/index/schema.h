#pragma once
// THE index schema: every value slot and term prefix Liaison writes or reads is named here.
// One Xapian document per document (core/index/whole_document.h): its passages' words numbered
// through it with a gap between two passages, its data the document's record (fields once, each
// passage with the position of its first word: core/index/document_record.h). Filters and tags
// are posted once per document: a passage-level one (L, XA, XM, XP, XW) when any passage has it.
// Header-only over core/text, like the document model (core/ingest/document.h): both sit at the
// bottom of the layers (liaison_model in core/CMakeLists.txt), so that the writer and the query
// side use the same rules without the query module linking the index module.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <xapian.h>

#include "core/text/strings.h"

namespace liaison::schema {

/// Value slots (2–6, 11 and 12 held fields that FacetKey and the record now hold; unused since schema 8, 12 since 10).
enum Slot : Xapian::valueno {
  DocId = 0,     ///< document id
  Date = 1,      ///< "YYYYMMDD" (missing month/day as 00): sorts and ranges as a string
  Passages = 7,  ///< Xapian::sortable_serialise(how many passages the document has)
  DocLang = 8,   ///< the language the document is written in (declared, else most passages')
  FacetKey = 9,  ///< what the match spies read (facets, versions, speakers), in one value (see index_terms::facet_key)
  VersionSet = 10,     ///< the key of the document's set of versions, else its id: the collapse key of grouped searches
  RecordHead = 13,     ///< the head of the document's record (core/index/document_record.h); the data holds the texts
};

/// The FacetKey value: doc id, its passages' languages ('\n'-separated), kind, source, year, the document's area ids
/// and its measure ids (each list '\n'-separated), joined by kFacetKeySeparator. One value read per match instead of six:
/// counting facets over thousands of matches was a third of a search's time.
inline constexpr char kFacetKeySeparator = '\x1f';

// Term prefixes (Omega's convention: capitals are prefixes, ours start with X).
inline constexpr std::string_view kPassageIdPrefix = "Q";    ///< Q<docid>: unique per document
inline constexpr std::string_view kDocPrefix = "XD";         ///< XD<docid>: all passages of a doc
inline constexpr std::string_view kLangPrefix = "L";         ///< L<code>: a passage's language
inline constexpr std::string_view kKindPrefix = "K";         ///< K<kind>
inline constexpr std::string_view kSourcePrefix = "XS";      ///< XS<folded source>
inline constexpr std::string_view kYearPrefix = "Y";         ///< Y<yyyy>
inline constexpr std::string_view kAreaPrefix = "XA";        ///< XA<area id>: passage speaks of area
inline constexpr std::string_view kDocAreaPrefix = "XB";     ///< XB<area id>: document speaks of area
inline constexpr std::string_view kMeasurePrefix = "XM";     ///< XM<measure id>: passage references it
inline constexpr std::string_view kDocMeasurePrefix = "XN";  ///< XN<measure id>: document does (front matter or any passage)
inline constexpr std::string_view kStemPrefix = "Z";         ///< Z<stem>: stemmed body word (no positions)
inline constexpr std::string_view kTitlePrefix = "S";        ///< S<term>, S<fold> when it differs: title word (positional)
inline constexpr std::string_view kTitleStemPrefix = "ZS";   ///< ZS<stem>: stemmed title word
inline constexpr std::string_view kSampleBucketPrefix = "XR";  ///< XR<bucket>: the document's sample bucket (sample_bucket)
inline constexpr std::string_view kNameKeyPrefix = "XK";     ///< XK<key>: name key of a capitalised body word (analysis/name_key.h; no positions)
inline constexpr std::string_view kVersionSetPrefix = "XV";  ///< XV<set key or doc id>: all versions of one text
inline constexpr std::string_view kSpeakerPrefix = "XP";     ///< XP<speaker_key of a spelling or word of a speaker's name>
inline constexpr std::string_view kSpokenTerm = "XW";        ///< on every passage that has a speaker
/// On every document that is a version of another (its version_set names the set): an index
/// without one holds no set of several versions, and a grouped search has nothing to collapse.
inline constexpr std::string_view kVersionOfTerm = "XG";
inline constexpr std::string_view kDocLangPrefix = "XJ";  ///< XJ<code>: the document's own language (the DocLang slot)
// Unprefixed terms are the exact normalised body words, with positions.

/// Metadata keys.
inline constexpr std::string_view kMetaFilePrefix = "file:";  ///< file:<path> → fingerprint\tdocid
inline constexpr std::string_view kMetaLastIndexed = "last_indexed";  ///< ISO 8601 UTC time
inline constexpr std::string_view kMetaSchemaVersion = "schema_version";
inline constexpr std::string_view kMetaTaggerFingerprint = "tagger";  ///< Tagger::fingerprint() of the run
inline constexpr std::string_view kSchemaVersion = "18";  ///< 2: name keys (XK), own Armenian stems; 3: binary passage data, FacetKey; 4: DocLang is one language; 5: measures in FacetKey, XN = front matter ∪ passages; 6: Armenian եվ → եւ (ԵՐԵՎԱՆ = Երևան), Russian name stems (Карабах, карабахских → карабах), Azerbaijani verb endings and final d (gəlmədilər, kənd → gəl, kən); 7: sample buckets (XR), versions (VersionSet, TranslationOf, XV) and speakers (Speakers, XP, XW), Azerbaijani stemmer of issue 17; 8: Azerbaijani stems of issue 17's third pass (kept roots: Laçın → laçın, not laç; aorist, copula -ydI, -kI); 9: one Xapian document per document (issue 15); 10: Azerbaijani stems of issue 17's fourth pass (participles with possessive and case, negation, -mAzdAn: edəcəyini, olmaması → et, ol); 11: the Latin variant dictionary (synonym table); version set, language and speakers in FacetKey (the Speakers slot goes); the record in two: its head in RecordHead, the texts in the data; 12: Azerbaijani stems of issue 17's fifth pass (converb -A, syncope nouns, whole nouns and homographs: başlaya, fikri → başla, fikr; keçmişdə → keçmiş); 13: Azerbaijani stems of issue 17's sixth pass (spoken forms: pronouns, kin with -n, the optative -AQ, -gil, the copula on nouns: onu, anan, olaq, atamgilə, haqlısan → o, ana, ol, ata, haql); 14: the record head compressed with Zstandard, not zlib (issue 15: a search expands ten to a hundred); XG on a version of another document, XJ<document language>; 15: Azerbaijani stems of issue 17's seventh pass (listed verbs whole, their bare -mA, -In, -sA; the voiced stems' aorist: düşünmə, öyrənin, qayıdar → düşün, öyrən, qayıt); 16: no XF<fold> postings: the words of a fold in the synonym table (fold_entry), written once per word (issue 15); the gazetteer's places of other conflicts kept whole as names in az and ru (Livan, Ливан); 17: Azerbaijani stems of issue 17's eighth pass (causatives of common verbs, the conditional after a copula or a present's person, -(y)AlI, reduplicated converbs, müəllim and yorğun kept: yazdırdı, evdədirsə, gələli, gülə-gülə, müəllimə → yaz, ev, gəl, gül, müəllim); 18: Azerbaijani stems of issue 17's ninth pass (spoken and chat spellings: q, k written x, -Ip, vowels narrowed before y, -nAn, -cAn, an e after the first vowel read as ə: olacax, alıp, istiyir, dostumnan, gelirem, problemi → ol, al, istə, dost, gəl, problə)

inline std::string term(std::string_view prefix, std::string_view value) {
  std::string t(prefix);
  t += value;
  return t;
}

/// Synonym-table keys of the Latin spelling variants (core/index/variant_dictionary.h): the
/// index's words that share a latin_variant_key, under the key read as a common word or as a
/// name (only the words whose name key is not their common key: the others are read from the
/// common entry).
inline constexpr std::string_view kVariantCommonKey = "~vc:";
inline constexpr std::string_view kVariantNameKey = "~vn:";
inline std::string variant_entry(std::string_view key, bool name) {
  return term(name ? kVariantNameKey : kVariantCommonKey, key);
}

/// Synonym-table key of a fold (core/index/variant_dictionary.h): the index's body words whose
/// diacritic-free form (fold_term) it is, other than the fold itself. A word typed without its
/// diacritics (qarabag, seki) finds them through it: the fold is written once per word here, not
/// once per occurrence in the postings (schema 16; an XF<fold> term before).
inline constexpr std::string_view kFoldWordsKey = "~vf:";
inline std::string fold_entry(std::string_view fold) { return term(kFoldWordsKey, fold); }

/// Facets and totals past the exact count are estimated from the matches in some of these
/// buckets (search/facet_sample.h). Every passage of a document is in the document's bucket (and
/// every version of a text in its version set's), so that a sample holds whole documents.
inline constexpr unsigned kSampleBuckets = 64;

/// The bucket of a document: FNV-1a of its id (or of its version set), modulo kSampleBuckets. A function of the id
/// alone, so that buckets do not follow the corpus folders (or the order of indexing) the way
/// document ids do, and a sample of buckets is a uniform sample of the documents.
inline unsigned sample_bucket(std::string_view doc_id) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : doc_id) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return static_cast<unsigned>(hash % kSampleBuckets);
}

/// Longest term the writer adds, in bytes (Xapian refuses terms over 245 bytes); longer words
/// are not indexed.
inline constexpr std::size_t kMaxTermBytes = 240;

/// The value of an XS term for `source`: lower-cased with ICU's root locale, spaces kept
/// ("Liaison Group" → "liaison group"). The writer makes the XS terms with it and searches
/// filtering by source build theirs with it, so both always agree.
inline std::string source_key(std::string_view source) { return lower(source); }

/// The value of an XP term for a speaker's name or one word of it: lower-cased like source_key.
/// The writer also adds the diacritic-free fold of each, so "speaker:pasinyan" finds Paşinyan.
inline std::string speaker_key(std::string_view name) { return lower(name); }

/// The speakers of FacetKey (encode_speakers): "id\tname" per speaker, '\n'-separated.
inline constexpr char kSpeakerFieldSeparator = '\t';

/// The Date slot value of a front matter date: "2021-12-14" → "20211214", "2021-12" → "20211200",
/// "2021" → "20210000"; "" for "".
inline std::string date_value(std::string_view date) {
  if (date.empty()) return {};
  std::string value;
  for (char c : date)
    if (c != '-') value += c;
  value.resize(8, '0');
  return value;
}

}  // namespace liaison::schema
