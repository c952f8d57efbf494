#include "core/index/schema.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace liaison::schema {

std::string source_key(std::string_view source) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(source.data(), static_cast<int32_t>(source.size())));
  std::string key;
  text.toLower(icu::Locale::getRoot()).toUTF8String(key);
  return key;
}

std::string date_value(std::string_view date) {
  if (date.empty()) return {};
  std::string value;
  for (char c : date)
    if (c != '-') value += c;
  value.resize(8, '0');
  return value;
}

}  // namespace liaison::schema
