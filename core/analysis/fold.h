#pragma once
#include <string>
#include <string_view>

namespace liaison {

/// Diacritic-free form of a normalised term, for queries typed without an Azerbaijani or
/// other keyboard: Latin letters lose their marks (NFD, combining marks dropped: ğ → g,
/// ş → s, ç → c, ö → o, ü → u, é → e) and ə → e, ı → i. Cyrillic (й stays й) and Armenian
/// letters are kept. fold("qarabağ") == "qarabag", fold("şəki") == "seki". Thread-safe.
std::string fold_term(std::string_view term);

}  // namespace liaison
