#include "bench/generate/inflections.h"

#include <initializer_list>
#include <string_view>

namespace liaison::bench {
namespace {

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

bool ends_with_any(std::string_view word, std::initializer_list<std::string_view> suffixes) {
  for (const auto suffix : suffixes) {
    if (ends_with(word, suffix)) return true;
  }
  return false;
}

/// `word` without its last `bytes` bytes, plus each suffix.
void replace_tail(std::vector<std::string>& forms, const std::string& word, std::size_t bytes,
                  std::initializer_list<const char*> suffixes) {
  const std::string base = word.substr(0, word.size() - bytes);
  for (const char* suffix : suffixes) forms.push_back(base + suffix);
}

void english(std::vector<std::string>& forms, const std::string& w, const std::string& flags) {
  const bool consonant_y = ends_with(w, "y") && !ends_with_any(w, {"ay", "ey", "oy", "uy"});
  if (flags.find('S') != std::string::npos) {
    if (consonant_y) replace_tail(forms, w, 1, {"ies"});
    else if (ends_with_any(w, {"s", "x", "z", "ch", "sh"})) forms.push_back(w + "es");
    else forms.push_back(w + "s");
  }
  if (flags.find('D') != std::string::npos) {
    if (ends_with(w, "e")) forms.push_back(w + "d");
    else if (consonant_y) replace_tail(forms, w, 1, {"ied"});
    else forms.push_back(w + "ed");
  }
  if (flags.find('G') != std::string::npos) {
    if (ends_with(w, "e") && !ends_with(w, "ee")) replace_tail(forms, w, 1, {"ing"});
    else forms.push_back(w + "ing");
  }
}

void russian(std::vector<std::string>& forms, const std::string& w) {
  // Cyrillic letters are two bytes in UTF-8.
  if (ends_with_any(w, {"ый", "ой"})) replace_tail(forms, w, 4, {"ого", "ому", "ым", "ые", "ых", "ая", "ую", "ое"});
  else if (ends_with(w, "ий")) replace_tail(forms, w, 4, {"его", "ему", "им", "ие", "их", "ая", "ую", "ее"});
  else if (ends_with(w, "ть")) replace_tail(forms, w, 4, {"л", "ла", "ли", "ло"});
  else if (ends_with(w, "ие")) replace_tail(forms, w, 2, {"я", "ю", "ем", "й"});
  else if (ends_with(w, "а")) replace_tail(forms, w, 2, {"ы", "е", "у", "ой"});
  else if (ends_with(w, "я")) replace_tail(forms, w, 2, {"и", "е", "ю", "ей"});
  else if (!ends_with_any(w, {"ь", "й", "о", "е", "и", "у", "ы", "э", "ю", "ё"})) {
    for (const char* suffix : {"а", "у", "ом", "е", "ы", "ов"}) forms.push_back(w + suffix);
  }
}

void armenian(std::vector<std::string>& forms, const std::string& w) {
  const bool vowel_final = ends_with_any(w, {"ա", "ե", "է", "ը", "ի", "ո", "օ", "ու"});
  forms.push_back(w + (vowel_final ? "ն" : "ը"));
  for (const char* suffix : {"ի", "ներ", "ները", "ում", "ից", "ով", "ին"}) forms.push_back(w + suffix);
}

void azerbaijani(std::vector<std::string>& forms, const std::string& w) {
  // Vowel harmony by the last vowel: back (a ı o u) or front (e ə i ö ü).
  bool back = true, vowel_final = false;
  for (std::size_t i = 0; i < w.size();) {
    const std::string_view rest(w.data() + i, w.size() - i);
    std::size_t length = 1;
    if (static_cast<unsigned char>(w[i]) >= 0xC0) length = static_cast<unsigned char>(w[i]) >= 0xE0 ? 3 : 2;
    const std::string_view letter = rest.substr(0, length);
    const bool is_back = letter == "a" || letter == "ı" || letter == "o" || letter == "u";
    const bool is_front = letter == "e" || letter == "ə" || letter == "i" || letter == "ö" || letter == "ü";
    if (is_back || is_front) back = is_back;
    vowel_final = is_back || is_front;
    i += length;
  }
  if (back) {
    for (const char* suffix : {"lar", "da", "dan"}) forms.push_back(w + suffix);
    forms.push_back(w + (vowel_final ? "nın" : "ın"));
  } else {
    for (const char* suffix : {"lər", "də", "dən"}) forms.push_back(w + suffix);
    forms.push_back(w + (vowel_final ? "nin" : "in"));
  }
}

}  // namespace

std::vector<std::string> inflect(const std::string& language, const std::string& stem, const std::string& flags) {
  std::vector<std::string> forms{stem};
  if (language == "en") english(forms, stem, flags);
  else if (language == "ru") russian(forms, stem);
  else if (language == "hy") armenian(forms, stem);
  else if (language == "az") azerbaijani(forms, stem);
  return forms;
}

}  // namespace liaison::bench
