#include "core/analysis/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>

#include "core/lang/script.h"

namespace liaison {
namespace {

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool is_combining_mark(UChar32 c) {
  return u_charType(c) == U_NON_SPACING_MARK;
}

void append_utf8(std::string& out, UChar32 c) {
  char buffer[U8_MAX_LENGTH];
  std::int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, U8_MAX_LENGTH, c, error);
  if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

/// Letters whose plain form is not their NFD base.
UChar32 turkic_plain_letter(UChar32 c) {
  switch (c) {
    case 0x0259:
      return u'e';  // ə
    case 0x018F:
      return u'E';  // Ə
    case 0x0131:
      return u'i';  // ı
    default:
      return U_SENTINEL;
  }
}

/// Appends the Latin letter `c` without its marks.
void append_latin_without_marks(std::string& out, UChar32 c, const icu::Normalizer2& nfd) {
  icu::UnicodeString decomposition;
  if (!nfd.getDecomposition(c, decomposition)) {
    append_utf8(out, c);
    return;
  }
  for (std::int32_t i = 0; i < decomposition.length(); i = decomposition.moveIndex32(i, 1)) {
    const UChar32 part = decomposition.char32At(i);
    if (!is_combining_mark(part)) append_utf8(out, part);
  }
}

const icu::Normalizer2* nfd_instance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  return U_SUCCESS(status) ? nfd : nullptr;
}

}  // namespace

std::string fold_term(std::string_view term) {
  if (is_ascii(term)) return std::string(term);
  static const icu::Normalizer2* const nfd = nfd_instance();
  std::string folded;
  folded.reserve(term.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(term.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(term.size(), INT32_MAX));
  bool after_latin = false;  // marks on a Latin letter are dropped, on others kept
  for (std::int32_t pos = 0; pos < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, pos, length, c);
    if (c < 0) c = 0xFFFD;
    if (c < 0x80) {
      folded.push_back(static_cast<char>(c));
      after_latin = true;
    } else if (const UChar32 plain = turkic_plain_letter(c); plain != U_SENTINEL) {
      append_utf8(folded, plain);
      after_latin = true;
    } else if (is_combining_mark(c)) {
      if (!after_latin) append_utf8(folded, c);
    } else if (script_of_letter(c) == Script::Latin && nfd != nullptr) {
      append_latin_without_marks(folded, c, *nfd);
      after_latin = true;
    } else {
      append_utf8(folded, c);
      after_latin = false;
    }
  }
  return folded;
}

}  // namespace liaison
