#include "core/tagging/document_context.h"

#include <algorithm>

namespace liaison {

bool on_topic_as_whole(const std::vector<bool>& own, bool title_anchored, std::size_t max_unanchored_run) {
  if (title_anchored) return true;
  if (std::find(own.begin(), own.end(), true) == own.end()) return false;  // it never speaks of the conflict
  std::size_t longest_run = 0, run = 0;
  for (const bool anchored : own) {
    run = anchored ? 0 : run + 1;
    longest_run = std::max(longest_run, run);
  }
  return longest_run <= max_unanchored_run;
}

std::vector<Anchoring> anchoring(const std::vector<bool>& own, bool title_anchored, std::size_t max_unanchored_run) {
  return anchoring(own, own, title_anchored, max_unanchored_run);
}

std::vector<Anchoring> anchoring(const std::vector<bool>& own, const std::vector<bool>& of_conflict, bool title_anchored,
                                 std::size_t max_unanchored_run) {
  const std::size_t n = own.size();
  std::vector<Anchoring> out(n, Anchoring::None);
  const auto first = std::find(own.begin(), own.end(), true);
  if (first == own.end() && !title_anchored) return out;  // the document never speaks of the conflict
  const bool whole = on_topic_as_whole(of_conflict, title_anchored, max_unanchored_run);
  // The runs that open and close the document: before its first anchored passage, after its last.
  const auto opening = static_cast<std::size_t>(first - own.begin());
  const std::size_t closing = n - static_cast<std::size_t>(std::find(own.rbegin(), own.rend(), true) - own.rbegin());
  for (std::size_t i = 0; i < n; ++i) {
    if (own[i]) {
      out[i] = Anchoring::Own;
    } else if (whole) {
      out[i] = Anchoring::Document;
    } else if (i >= opening && i < closing && (own[i - 1] || own[i + 1])) {
      out[i] = Anchoring::Neighbour;  // inside the document: i - 1 and i + 1 exist
    }
  }
  return out;
}

}  // namespace liaison
