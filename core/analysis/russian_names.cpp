#include "core/analysis/russian_names.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "core/analysis/utf32.h"

namespace liaison {
namespace {

using Word = std::u32string;
using WordView = std::u32string_view;

/// One-word names of corpus/domain/gazetteer.json (places and people, Russian spellings, each
/// word of a person's name). Left out: Газах and Барда, whose stems are forms of газ and бард,
/// and Никол, whose stem is also Никола's and Николь's.
const std::vector<std::string_view> kNames = {
    "Армения", "Азербайджан", "Грузия", "Россия", "Турция", "Иран", "Франция", "Германия", "Кавказ",
    "Закавказье", "Карабах", "Арцах", "Зангезур", "Сюник", "Тавуш", "Гехаркуник", "Нахичевань",
    "Нахчыван", "Кахетия", "Кахети", "Ереван", "Баку", "Тбилиси", "Москва", "Брюссель", "Вашингтон",
    "Прага", "Сочи", "Алматы", "Анкара", "Тегеран", "Страсбург", "Гаага", "Степанакерт", "Ханкенди",
    "Шуша", "Шуши", "Лачин", "Бердзор", "Агдам", "Физули", "Кельбаджар", "Карвачар", "Джебраил",
    "Джабраил", "Зангелан", "Зангилан", "Кубатлы", "Губадлы", "Ходжалы", "Гадрут", "Мартакерт",
    "Агдере", "Мартуни", "Ходжавенд", "Мегри", "Горис", "Капан", "Сисиан", "Джермук", "Иджеван",
    "Ноемберян", "Берд", "Ехегнадзор", "Воскепар", "Киранц", "Баганис", "Беркабер", "Айрым",
    "Ашагы", "Аскипара", "Хейримли", "Кызылгаджилы", "Товуз", "Гянджа", "Тертер", "Джульфа",
    "Сотк", "Зод", "Горадиз", "Агбенд", "Дадиванк", "Худаванк", "Гандзасар", "Казанчецоц",
    "Газанчецоц", "Ильхам", "Алиев", "Пашинян", "Арарат", "Мирзоян", "Джейхун",
    "Байрамов", "Шарль", "Мишель", "Владимир", "Путин", "Реджеп", "Тайип", "Эрдоган", "Дональд",
    "Трамп", "Эмманюэль", "Макрон", "Олаф", "Шольц", "Энтони", "Блинкен", "Сергей", "Лавров",
    "Зограб", "Мнацаканян", "Мгер", "Григорян", "Шахин", "Мустафаев", "Алексей", "Оверчук",
    "Хикмет", "Гаджиев", "Армен", "Тойво", "Клаар", "Жозеп", "Боррель", "Антониу", "Кошта",
    "Роберт", "Кочарян", "Серж", "Саргсян", "Саркисян", "Левон", "Петросян", "Гейдар", "Дмитрий",
    "Медведев", "Эмин", "Милли", "Деннис", "Саммут",
    // places of other conflicts (the gazetteer's "elsewhere" entries)
    "Сирия", "Алеппо", "Ирак", "Ливан", "Ливия", "Судан", "Дарфур", "Йемен"};

constexpr WordView kFinalVowels = U"аяоеыиуюьй";

bool is_consonant(char32_t c) {
  return c >= U'а' && c <= U'я' && kFinalVowels.find(c) == WordView::npos && c != U'ъ' && c != U'э';
}

/// A name's stem: its nominative, lower case, without a final vowel, ь or й.
Word name_stem_of(std::string_view nominative) {
  Word w = utf32::decode(nominative);
  for (char32_t& c : w) c = c >= U'А' && c <= U'Я' ? c + (U'а' - U'А') : c;
  if (w.size() > 3 && kFinalVowels.find(w.back()) != WordView::npos) w.pop_back();
  return w;
}

const std::unordered_set<Word>& known_stems() {
  static const std::unordered_set<Word> stems = [] {
    std::unordered_set<Word> set;
    for (std::string_view name : kNames) set.insert(name_stem_of(name));
    return set;
  }();
  return stems;
}

/// Endings of the singular and plural cases of nouns and surnames, longest first.
constexpr std::array<WordView, 27> kCaseEndings = {
    U"ами", U"ями", U"ыми", U"ом", U"ем", U"ой", U"ей", U"ою", U"ею", U"ью", U"ам", U"ям", U"ах", U"ях",
    U"ов",  U"ев",  U"ым",  U"ых", U"а",  U"я",  U"у",  U"ю",  U"е",  U"ы",  U"и",  U"й",  U"ь"};

/// Endings of adjectives in -ск- (after the ск).
constexpr std::array<WordView, 12> kAdjectiveEndings = {U"ими", U"ого", U"ому", U"ий", U"ая", U"ое",
                                                       U"ие",  U"ом",  U"им",  U"их", U"ую", U"ой"};

std::optional<Word> known_stem(const Word& w) {
  const auto& stems = known_stems();
  if (stems.contains(w)) return w;
  const WordView view(w);
  for (WordView ending : kCaseEndings) {
    if (!view.ends_with(ending)) continue;
    Word base(view.substr(0, view.size() - ending.size()));
    if (stems.contains(base)) return base;
  }
  for (WordView ending : kAdjectiveEndings) {
    const WordView head = view.substr(0, view.size() - std::min(view.size(), ending.size()));
    if (!view.ends_with(ending) || !head.ends_with(U"ск")) continue;
    Word base(head.substr(0, head.size() - 2));
    if (stems.contains(base)) return base;
  }
  return std::nullopt;
}

/// Endings that make a capitalised word read as an adjective (Российская, Южный, Верхней).
bool looks_like_adjective(WordView w) {
  static constexpr std::array<WordView, 17> kEndings = {U"ыми", U"ими", U"ого", U"его", U"ому", U"ему", U"ый",
                                                       U"ая",  U"яя",  U"ое",  U"ее",  U"ые",  U"ие",  U"ую",
                                                       U"юю",  U"ым",  U"им"};
  if (std::any_of(kEndings.begin(), kEndings.end(), [w](WordView e) { return w.ends_with(e); })) return true;
  // -ий after к г х ж ш ч щ н is an adjective (Российский, Нижний); else a noun (Дмитрий).
  if (w.ends_with(U"ий") && w.size() > 2 && WordView(U"кгхжшчщн").find(w[w.size() - 3]) != WordView::npos) {
    return true;
  }
  return w.ends_with(U"ой") || w.ends_with(U"их") || w.ends_with(U"ых") || (w.ends_with(U"ей") && !w.ends_with(U"ией"));
}

/// A surname in -ов -ев -ин -ын with an adjectival ending: Мамедовой, Мамедовым, Путиным.
std::optional<Word> surname_stem(WordView w) {
  static constexpr std::array<WordView, 5> kEndings = {U"ыми", U"ой", U"ым", U"ых", U"ы"};
  for (WordView ending : kEndings) {
    if (!w.ends_with(ending)) continue;
    const WordView base = w.substr(0, w.size() - ending.size());
    for (WordView suffix : {U"ов", U"ев", U"ин", U"ын"}) {
      if (base.size() >= 4 && base.ends_with(suffix)) return Word(base);
    }
  }
  return std::nullopt;
}

/// The word without its singular case ending, when what remains ends in a consonant (or in the
/// и of a noun in -ия: Италия, Италией → итали); a word with no ending ends in a consonant.
std::optional<Word> cut_case_ending(WordView w) {
  static constexpr std::array<WordView, 14> kEndings = {U"ией", U"ью", U"ом", U"ем", U"а", U"я", U"у",
                                                       U"ю",   U"е",  U"ы",  U"и",  U"й", U"ь", U"о"};
  const auto ending = std::find_if(kEndings.begin(), kEndings.end(), [w](WordView e) { return w.ends_with(e); });
  if (ending == kEndings.end()) return is_consonant(w.back()) ? std::optional<Word>(w) : std::nullopt;
  if (w.size() < ending->size() + 3) return std::nullopt;
  const WordView base = w.substr(0, w.size() - ending->size() + (*ending == U"ией" ? 1 : 0));
  if (is_consonant(base.back()) || (base.back() == U'и' && *ending != U"о")) return Word(base);
  return std::nullopt;  // Сергея: a vowel before the ending belongs to the root
}

}  // namespace

std::optional<std::string> known_russian_name_stem(std::string_view term) {
  if (const auto stem = known_stem(utf32::decode(term))) return utf32::encode(*stem);
  return std::nullopt;
}

std::optional<std::string> russian_name_stem(std::string_view term) {
  const Word w = utf32::decode(term);
  if (const auto stem = known_stem(w)) return utf32::encode(*stem);
  if (const auto stem = surname_stem(w)) return utf32::encode(*stem);
  if (looks_like_adjective(w)) return std::nullopt;
  if (const auto stem = cut_case_ending(w)) return utf32::encode(*stem);
  return std::nullopt;
}

const std::vector<std::string_view>& known_russian_names() { return kNames; }

}  // namespace liaison
