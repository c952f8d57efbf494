#include "core/analysis/filter.h"

#include "core/analysis/filters/apostrophes.h"
#include "core/analysis/filters/armenian.h"
#include "core/analysis/filters/azerbaijani.h"
#include "core/analysis/filters/russian.h"

namespace liaison {
namespace {

std::size_t index_of(Language language) {
  return static_cast<std::size_t>(language);
}

}  // namespace

std::vector<std::unique_ptr<Filter>> make_default_filters() {
  std::vector<std::unique_ptr<Filter>> filters;
  filters.push_back(std::make_unique<ApostropheFilter>());
  filters.push_back(std::make_unique<ArmenianMarksFilter>());
  filters.push_back(std::make_unique<ArmenianYewFilter>());  // after the marks, which may stand between the two
  filters.push_back(std::make_unique<RussianStressFilter>());
  filters.push_back(std::make_unique<RussianYoFilter>());
  filters.push_back(std::make_unique<AzerbaijaniSchwaFilter>());
  return filters;
}

FilterChain::FilterChain() : FilterChain(make_default_filters()) {}

FilterChain::FilterChain(std::vector<std::unique_ptr<Filter>> filters) : filters_(std::move(filters)) {
  for (std::size_t index = 0; index < by_language_.size(); ++index) {
    const auto language = static_cast<Language>(index);  // kLanguages, then Unknown
    for (const auto& filter : filters_) {
      if (filter->applies_to(language)) by_language_[index].push_back(filter.get());
    }
  }
}

void FilterChain::apply(icu::UnicodeString& word, Language language) const {
  for (const Filter* filter : by_language_[index_of(language)]) filter->apply(word);
}

}  // namespace liaison
