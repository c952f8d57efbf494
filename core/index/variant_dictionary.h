#pragma once
// The Latin spelling variants of the index's words, kept in Xapian's synonym table so that a
// query word finds the words spelt as another transliteration of it (Shusha, Shushi, Şuşa) with
// one look-up instead of a scan of the term list. Written from the whole vocabulary at the end of
// every build, in the build's last commit: a group is the words sharing a latin_variant_key
// (core/analysis/latin_variants.h), under schema::variant_entry, groups of one word included (the
// query word itself may be a spelling the index lacks). A word is under its name key only when
// that differs from its common key.
#include <xapian.h>

namespace liaison {

/// Replaces the variant entries of `db`'s synonym table with those of the words of `vocabulary`
/// (`db` itself, or every shard of a parallel build before they are compacted into one).
/// Does not commit: the caller's commit makes them visible with the documents they come from.
void write_variant_dictionary(Xapian::WritableDatabase& db, const Xapian::Database& vocabulary);

}  // namespace liaison
