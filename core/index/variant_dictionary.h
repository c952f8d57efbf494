#pragma once
// The Latin spelling variants of the index's words, kept in Xapian's synonym table so that a
// query word finds the words spelt as another transliteration of it (Shusha, Shushi, Şuşa) with
// one look-up instead of a scan of the term list. Written from the whole vocabulary at the end of
// every build, in the build's last commit: a group is the words sharing a latin_variant_key
// (core/analysis/latin_variants.h), under schema::variant_entry, groups of one word included (the
// query word itself may be a spelling the index lacks). A word is under its name key only when
// that differs from its common key.
//
// The fold dictionary is written in the same pass, from the same words: under
// schema::fold_entry(fold), the words whose fold_term is that fold and not the word itself
// (qarabağ, şəki under qarabag, seki). A body word's fold used to be posted beside it at every
// occurrence (XF<fold>, before schema 16); written once per word it costs a synonym entry, and a
// query reaches the same positions through the words' own postings.
#include <string>
#include <vector>

#include <xapian.h>

namespace liaison {

/// Replaces the variant and fold entries of `db`'s synonym table with those of the words of `vocabulary`
/// (`db` itself, or every shard of a parallel build before they are compacted into one).
/// Does not commit: the caller's commit makes them visible with the documents they come from.
void write_variant_dictionary(Xapian::WritableDatabase& db, const Xapian::Database& vocabulary);

/// The words of `db` whose fold is `fold`, the fold itself not among them (its fold dictionary).
std::vector<std::string> fold_words(const Xapian::Database& db, const std::string& fold);

/// The words of every fold of `db` that starts with `prefix`, at most `limit` of them (0: all).
std::vector<std::string> fold_words_starting(const Xapian::Database& db, const std::string& prefix,
                                             Xapian::termcount limit);

/// Whether `db` holds a word whose fold is `fold`, other than the fold itself.
bool has_fold_words(const Xapian::Database& db, const std::string& fold);

}  // namespace liaison
