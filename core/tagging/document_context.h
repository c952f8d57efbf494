#pragma once
// How each passage of a document is tied to the conflict: by its own words, by the document as a
// whole, by a neighbour, or not at all. The tagger weighs a passage's evidence by it.
#include <cstddef>
#include <vector>

namespace liaison {

/// Where a passage's anchor in the conflict comes from (CbmTagger: a name or concept of the
/// conflict, both sides, or one side with a word of the conflict).
enum class Anchoring {
  None,       ///< nothing ties it to the conflict: it gets no area
  Neighbour,  ///< it continues the subject of an anchored passage beside it
  Document,   ///< the document is about the conflict as a whole
  Own,        ///< it names the conflict itself
};

/// Whether a document is about the conflict as a whole: its title is anchored, or one passage
/// at least is and no run of more than `max_unanchored_run` passages lacks an anchor.
bool on_topic_as_whole(const std::vector<bool>& own, bool title_anchored, std::size_t max_unanchored_run);

/// Per passage, from which passages are anchored by their own words (`own`) and whether the
/// title is:
/// - Own for an anchored passage;
/// - Document when the document is about the conflict as a whole: its title is anchored, or
///   one passage at least is and no run of more than `max_unanchored_run` passages lacks an
///   anchor (a statement on the peace process never leaves it for long; a speech that turns to
///   the climate, the UN's reform and its own economy does);
/// - Neighbour, in any other document, for a passage next to an anchored one, unless it is in
///   the run of unanchored passages that opens or closes the document (the greetings, the
///   closing thanks);
/// - None otherwise, and for every passage of a document that never speaks of the conflict.
std::vector<Anchoring> anchoring(const std::vector<bool>& own, bool title_anchored, std::size_t max_unanchored_run);

/// The same, where only the passages marked in `of_conflict` (a subset of `own`) count for
/// whether the document is about the conflict as a whole: a passage anchored by the region's
/// trade routes alone (a country's pipelines beside its name) is tagged, but a speech that
/// returns to its pipelines between its other subjects is not about the conflict throughout.
std::vector<Anchoring> anchoring(const std::vector<bool>& own, const std::vector<bool>& of_conflict, bool title_anchored,
                                 std::size_t max_unanchored_run);

}  // namespace liaison
