#include "core/tagging/manual_tags.h"

namespace liaison {
namespace {

std::vector<Tag> manual(const std::vector<std::string>& ids) {
  std::vector<Tag> tags;
  tags.reserve(ids.size());
  for (const auto& id : ids) tags.push_back(Tag{.id = id, .score = 1.0, .manual = true, .evidence = {"front matter"}});
  return tags;
}

}  // namespace

void apply_manual_tags(Document& document) {
  if (!document.manual_areas.empty()) document.areas = manual(document.manual_areas);
  if (!document.manual_measures.empty()) document.measures = manual(document.manual_measures);
}

}  // namespace liaison
