#include "core/analysis/name_key.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <vector>

#include "core/analysis/utf32.h"
#include "core/lang/profile.h"

namespace liaison {
namespace {

using Word = std::u32string;

/// Sound classes: consonant classes as Latin letters, 'a' for any vowel, 0 for nothing.
constexpr char kVowel = 'a';

bool ends_with(const Word& w, std::u32string_view suffix) { return std::u32string_view(w).ends_with(suffix); }

char cyrillic_class(char32_t c) {
  switch (c) {
    case U'а': case U'е': case U'ё': case U'э': case U'и': case U'ы': case U'о': case U'у': case U'ю': case U'я':
      return kVowel;
    case U'б': return 'b';
    case U'п': return 'p';
    case U'в': return 'v';
    case U'ф': return 'f';
    case U'т': return 't';
    case U'д': return 'd';
    case U'г': case U'к': case U'х': return 'k';
    case U'ж': case U'ш': case U'щ': case U'ч': case U'ц': case U'з': case U'с': return 's';
    case U'л': return 'l';
    case U'м': return 'm';
    case U'н': return 'n';
    case U'р': return 'r';
    default: return 0;  // й ь ъ
  }
}

char armenian_class(char32_t c) {
  switch (c) {
    case U'ա': case U'ե': case U'է': case U'ը': case U'ի': case U'ո': case U'օ': return kVowel;
    case U'բ': return 'b';
    case U'պ': case U'փ': return 'p';
    case U'վ': case U'ւ': return 'v';  // ւ alone (եւ); ու is read before
    case U'ֆ': return 'f';
    case U'թ': case U'տ': return 't';
    case U'դ': return 'd';
    case U'գ': case U'կ': case U'ք': case U'խ': case U'ղ': case U'հ': return 'k';
    case U'ջ': case U'ժ': case U'շ': case U'չ': case U'ճ': case U'ց': case U'ծ': case U'ձ': case U'զ': case U'ս':
      return 's';
    case U'լ': return 'l';
    case U'մ': return 'm';
    case U'ն': return 'n';
    case U'ռ': case U'ր': return 'r';
    default: return 0;  // յ
  }
}

/// Latin letters; `azerbaijani` reads c as j and x as kh (NameKeyRules::azerbaijani_latin).
char latin_class(char32_t c, char32_t next, bool azerbaijani) {
  switch (c) {
    case U'a': case U'e': case U'i': case U'o': case U'u': case U'ə': case U'ı': case U'ö': case U'ü': case U'ä':
    case U'é': case U'è': case U'á':
      return kVowel;
    case U'b': return 'b';
    case U'p': return 'p';
    case U'v': case U'w': return 'v';
    case U'f': return 'f';
    case U't': return 't';
    case U'd': return 'd';
    case U'k': case U'q': case U'g': case U'h': case U'ğ': return 'k';
    case U'x': return azerbaijani ? 'k' : 'x';  // en x = ks, spelled out by the caller
    case U'c':
      if (azerbaijani) return 's';
      return (next == U'e' || next == U'i' || next == U'y') ? 's' : 'k';
    case U's': case U'z': case U'ş': case U'ç': case U'j': return 's';
    case U'l': return 'l';
    case U'm': return 'm';
    case U'n': return 'n';
    case U'r': return 'r';
    default: return 0;  // y, apostrophes
  }
}

bool is_latin(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= 0xC0 && c < 0x250) || c == U'ə'; }
bool is_cyrillic(char32_t c) { return c >= 0x400 && c < 0x500; }
bool is_armenian(char32_t c) { return c >= 0x531 && c < 0x590; }

/// Sound classes of the word's letters, digraphs read as one.
std::string sound_classes(const Word& w, Language language) {
  std::string classes;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char32_t c = w[i], next = i + 1 < w.size() ? w[i + 1] : U'\0';
    if (is_armenian(c)) {
      if (c == U'ո' && next == U'ւ') ++i;  // ու is one vowel
      classes += armenian_class(c);
    } else if (is_cyrillic(c)) {
      if (c == U'д' && next == U'ж') continue;  // дж is one sound, as j and ջ
      classes += cyrillic_class(c);
    } else if (is_latin(c)) {
      // sh ch zh kh gh ts dz th ph: one sound.
      const bool digraph = (next == U'h' && (c == U's' || c == U'c' || c == U'z' || c == U'k' || c == U'g' ||
                                             c == U't' || c == U'p')) ||
                           (c == U't' && next == U's') || (c == U'd' && next == U'z');
      if (digraph) {
        classes += c == U'k' || c == U'g' ? 'k' : c == U't' && next == U'h' ? 't' : c == U'p' ? 'f' : 's';
        ++i;
      } else {
        const char letter = latin_class(c, next, profile_of(language).name_keys.azerbaijani_latin);
        classes += letter == 'x' ? std::string("ks") : std::string(1, letter);
      }
    } else if (c == U'\'' || c == U'-') {
      continue;
    } else {
      return {};  // digits, other scripts: no key
    }
    if (!classes.empty() && classes.back() == 0) classes.pop_back();
  }
  return classes;
}

/// Vowels dropped except a leading one; a class repeated without a vowel between kept once.
std::string skeleton(const std::string& classes) {
  std::string key;
  bool after_vowel = true;
  for (std::size_t i = 0; i < classes.size(); ++i) {
    const char c = classes[i];
    if (c == kVowel) {
      if (i == 0) key += kVowel;
      after_vowel = true;
      continue;
    }
    if (!after_vowel && !key.empty() && key.back() == c) continue;
    key += c;
    after_vowel = false;
  }
  return key;
}

std::string key_of(const Word& w, Language language) {
  std::string key = skeleton(sound_classes(w, language));
  const std::size_t consonants = key.size() - (!key.empty() && key.front() == kVowel ? 1 : 0);
  return consonants >= 3 ? key : std::string();
}

}  // namespace

std::vector<std::string> name_keys(std::string_view term, Language language) {
  const Word w = utf32::decode(term);
  std::vector<std::string> keys;
  auto add = [&keys](std::string key) {
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  };
  add(key_of(w, language));
  // Every ending the word may have (Azərbaycanın: -nın or -ın), each giving its own key.
  for (std::u32string_view ending : profile_of(language).name_keys.case_endings) {
    if (ends_with(w, ending) && w.size() >= ending.size() + 4) add(key_of(w.substr(0, w.size() - ending.size()), language));
  }
  return keys;
}

bool looks_like_name(std::string_view surface) {
  const Word w = utf32::decode(surface.substr(0, 4));
  return !w.empty() && u_isupper(static_cast<UChar32>(w.front()));
}

}  // namespace liaison
