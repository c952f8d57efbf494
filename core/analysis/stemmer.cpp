#include "core/analysis/stemmer.h"

#include <xapian.h>

#include "core/analysis/azerbaijani_stemmer.h"

namespace liaison {
namespace {

/// Xapian::Stem objects share reference counts that are not atomic: one set per thread.
struct SnowballStemmers {
  Xapian::Stem english{"english"};
  Xapian::Stem russian{"russian"};
  Xapian::Stem armenian{"armenian"};
};

SnowballStemmers& thread_stemmers() {
  thread_local SnowballStemmers stemmers;
  return stemmers;
}

}  // namespace

std::string stem_term(std::string_view term, Language language) {
  switch (language) {
    case Language::English: return thread_stemmers().english(std::string(term));
    case Language::Russian: return thread_stemmers().russian(std::string(term));
    case Language::Armenian: return thread_stemmers().armenian(std::string(term));
    case Language::Azerbaijani: return stem_azerbaijani(term);
    case Language::Unknown: break;
  }
  return std::string(term);
}

}  // namespace liaison
