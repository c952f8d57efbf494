#include "core/analysis/stemmer.h"

#include <xapian.h>

#include <unordered_map>

#include "core/analysis/armenian_stemmer.h"
#include "core/analysis/azerbaijani_stemmer.h"

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

std::string compute_stem(std::string_view term, Language language) {
  switch (language) {
    case Language::English:
      return thread_stemmers().english(std::string(term));
    case Language::Russian:
      return thread_stemmers().russian(std::string(term));
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
/// Keyed by the term plus a language byte; emptied when full, so memory stays bounded.
class StemCache {
 public:
  const std::string& stem(std::string_view term, Language language) {
    key_.assign(term);
    key_.push_back(static_cast<char>('0' + static_cast<int>(language)));
    if (const auto found = stems_.find(key_); found != stems_.end()) return found->second;
    if (stems_.size() >= kCapacity) stems_.clear();
    return stems_.emplace(key_, compute_stem(term, language)).first->second;
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
  return cache.stem(term, language);
}

}  // namespace liaison
