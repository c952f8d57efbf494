#include "core/lang/script.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "core/lang/profile.h"

namespace liaison {

Script script_of_letter(UChar32 c) {
  if (c < 0x80) {
    const bool ascii_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return ascii_letter ? Script::Latin : Script::Other;
  }
  // Fast paths for the blocks Liaison reads most (letters only).
  if (c >= 0x00C0 && c <= 0x024F) return (c == 0x00D7 || c == 0x00F7) ? Script::Other : Script::Latin;
  if ((c >= 0x0400 && c <= 0x0481) || (c >= 0x048A && c <= 0x04FF)) return Script::Cyrillic;
  if ((c >= 0x0531 && c <= 0x0556) || (c >= 0x0560 && c <= 0x0588)) return Script::Armenian;
  if (!u_isalpha(c)) return Script::Other;
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_LATIN:
      return Script::Latin;
    case USCRIPT_CYRILLIC:
      return Script::Cyrillic;
    case USCRIPT_ARMENIAN:
      return Script::Armenian;
    default:
      return Script::Other;
  }
}

void LetterCounts::add(UChar32 c) {
  owning_languages |= languages_owning_letter(c);
  if (is_cyrillic_schwa(c)) {
    ++cyrillic_schwa;
    return;
  }
  if (c >= 0x055A && c <= 0x055E) {  // ՚ ՛ ՜ ՝ ՞: punctuation, but written inside Armenian words
    ++armenian;
    return;
  }
  switch (script_of_letter(c)) {
    case Script::Latin:
      ++latin;
      break;
    case Script::Cyrillic:
      ++cyrillic;
      break;
    case Script::Armenian:
      ++armenian;
      break;
    case Script::Other:
      break;
  }
}

Script LetterCounts::dominant_script() const {
  // A Cyrillic ә among Latin letters is a mistyped ə; among Cyrillic letters it is Cyrillic.
  const std::size_t latin_letters = latin > 0 ? latin + cyrillic_schwa : 0;
  const std::size_t cyrillic_letters = latin > 0 ? cyrillic : cyrillic + cyrillic_schwa;
  if (armenian > 0 && armenian >= latin_letters && armenian >= cyrillic_letters) {
    return Script::Armenian;
  }
  if (cyrillic_letters > latin_letters) return Script::Cyrillic;
  if (latin_letters > 0) return Script::Latin;
  return Script::Other;
}

Language LetterCounts::own_letters_language() const {
  if (owning_languages == 0) return Language::Unknown;
  for (const Language language : languages_of_script(dominant_script())) {
    if (owning_languages & (1u << static_cast<unsigned>(language))) return language;
  }
  return Language::Unknown;
}

}  // namespace liaison
