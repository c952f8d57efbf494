#include "core/analysis/stemmer.h"

#include <xapian.h>

#include <optional>
#include <unordered_map>

#include "core/analysis/armenian_stemmer.h"
#include "core/analysis/azerbaijani_stemmer.h"
#include "core/analysis/russian_names.h"

namespace liaison {
namespace {

/// Xapian::Stem objects share reference counts that are not atomic: one set per thread.
struct SnowballStemmers {
  Xapian::Stem english{"english"};
  Xapian::Stem russian{"russian"};
};

SnowballStemmers& thread_stemmers() {
  thread_local SnowballStemmers stemmers;
  return stemmers;
}

std::string russian_stem(std::string_view term, bool name) {
  std::optional<std::string> stem = name ? russian_name_stem(term) : known_russian_name_stem(term);
  return stem ? std::move(*stem) : thread_stemmers().russian(std::string(term));
}

std::string compute_stem(std::string_view term, Language language, bool name) {
  switch (language) {
    case Language::English:
      return thread_stemmers().english(std::string(term));
    case Language::Russian:
      return russian_stem(term, name);
    case Language::Armenian:
      return stem_armenian(term);
    case Language::Azerbaijani:
      return stem_azerbaijani(term);
    case Language::Unknown:
      break;
  }
  return std::string(term);
}

/// Recent stems of this thread: words repeat (Zipf), stemming costs far more than a lookup.
/// Keyed by the term plus a language-and-shape byte; emptied when full, so memory stays bounded.
class StemCache {
 public:
  const std::string& stem(std::string_view term, Language language, bool name) {
    key_.assign(term);
    key_.push_back(static_cast<char>((name ? 'a' : '0') + static_cast<int>(language)));
    if (const auto found = stems_.find(key_); found != stems_.end()) return found->second;
    if (stems_.size() >= kCapacity) stems_.clear();
    return stems_.emplace(key_, compute_stem(term, language, name)).first->second;
  }

 private:
  static constexpr std::size_t kCapacity = 1 << 12;
  std::string key_;
  std::unordered_map<std::string, std::string> stems_;
};

}  // namespace

std::string stem_term(std::string_view term, Language language) {
  if (language == Language::Unknown) return std::string(term);
  thread_local StemCache cache;
  return cache.stem(term, language, false);
}

std::string stem_name_term(std::string_view term, Language language) {
  if (language != Language::Russian) return stem_term(term, language);
  thread_local StemCache cache;
  return cache.stem(term, language, true);
}

}  // namespace liaison
