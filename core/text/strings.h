#pragma once
// Small string helpers shared by the loaders and parsers.
#include <string>
#include <string_view>

namespace liaison {

/// `text` without ASCII white space (space, tab, CR, LF, FF, VT) at either end.
std::string_view trim(std::string_view text);

// The lower-case rules: every module lower-cases with these two (ASCII and Unicode).

/// `c` lower-cased when it is an ASCII capital (A-Z), else unchanged (also any byte of UTF-8).
constexpr char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// `text` with ASCII letters lower-cased and every other byte unchanged (for keys, tag names,
/// codes, file names).
std::string lower_ascii(std::string_view text);

/// `utf8` lower-cased by Unicode rules (full case mapping) in the ICU locale `icu_locale`: the
/// root locale when "" (for matching words of any script); "az" or "tr" for Turkic casing
/// (I → ı, İ → i).
std::string lower(std::string_view utf8, std::string_view icu_locale = "");

/// The two escapings of text put into markup. Both escape & < > " '. Html keeps every other
/// byte and writes ' as &#39;; Xml drops the control characters XML 1.0 does not allow (tab, LF
/// and CR kept) and writes ' as &apos;.
enum class Markup { Html, Xml };

/// Appends `text` to `out`, escaped for `markup`.
void append_markup_escaped(std::string& out, std::string_view text, Markup markup);

/// `text` for XML character data and attribute values (Markup::Xml).
std::string xml_escape(std::string_view text);

}  // namespace liaison
