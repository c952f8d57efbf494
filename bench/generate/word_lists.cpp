#include "bench/generate/word_lists.h"

#include <stdexcept>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "core/text/strings.h"

namespace liaison::bench {

const std::vector<LanguageData>& languages() {
  static const std::vector<LanguageData> kLanguages = {
      {"en", "en",
       {"the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "by", "was", "at", "from",
        "it", "be", "are", "this", "which", "has", "have", "not", "an", "or", "its", "were", "will", "their"},
       {"Karabakh", "Armenia", "Azerbaijan", "Georgia", "Baku", "Yerevan", "Lachin", "Nakhchivan", "Ilham Aliyev",
        "Nikol Pashinyan", "European Union", "OSCE", "demining", "ceasefire", "peace treaty", "Brussels",
        "South Caucasus", "Minsk Group", "confidence-building measures", "border delimitation"},
       {"European Council", "Office of the Prime Minister of Armenia", "President of Azerbaijan",
        "OSCE Minsk Group", "Joint Liaison Group", "UN Security Council"},
       {{"\u201C", "\u201D"}, {"'", "'"}, {"\"", "\""}}},
      {"hy", "hy",
       {"և", "է", "որ", "ու", "ի", "այդ", "նա",
        "մի", "էր", "են", "իր", "այն",
        "համար", "հետ", "բայց",
        "կամ", "նաև", "ինչպես",
        "արդեն", "պետք"},
       {"Ղարաբաղ", "Հայաստան", "Ադրբեջան", "Վրաստան", "Բաքու", "Երևան", "Երեւան", "Լաչին", "Նախիջևան",
        "Իլհամ Ալիև", "Նիկոլ Փաշինյան", "Եվրոպական միություն", "ԵԱՀԿ", "ականազերծում", "հրադադար",
        "խաղաղության պայմանագիր", "Բրյուսել", "Հարավային Կովկաս"},
       {"ՀՀ վարչապետի աշխատակազմ", "ՀՀ ԱԳՆ", "Ազգային ժողով", "ԵԱՀԿ Մինսկի խումբ"},
       {{"«", "»"}}},
      {"az", "az",
       {"və", "bu", "bir", "ki", "da", "də", "ilə", "üçün", "olan", "isə", "çox", "daha", "sonra", "artıq",
        "həm", "amma", "kimi", "olaraq", "bütün", "edir"},
       {"Qarabağ", "Ermənistan", "Azərbaycan", "Gürcüstan", "Bakı", "İrəvan", "Laçın", "Naxçıvan",
        "İlham Əliyev", "Nikol Paşinyan", "Avropa İttifaqı", "ATƏT", "minatəmizləmə", "atəşkəs",
        "sülh müqaviləsi", "Brüssel", "Cənubi Qafqaz"},
       {"Azərbaycan Prezidentinin Administrasiyası", "XİN", "Milli Məclis", "ATƏT", "APA", "Trend"},
       {{"\u201C", "\u201D"}, {"«", "»"}, {"\"", "\""}}},
      {"ru", "ru",
       {"и", "в", "не", "на", "что", "с", "по", "к", "как", "из", "о", "за", "от", "для", "это", "а", "но",
        "то", "его", "же", "бы", "при", "до", "также", "был", "между"},
       {"Карабах", "Армения", "Азербайджан", "Грузия", "Баку", "Ереван", "Лачин", "Нахичевань",
        "Ильхам Алиев", "Никол Пашинян", "Европейский союз", "ОБСЕ", "разминирование", "прекращение огня",
        "мирный договор", "Брюссель", "Южный Кавказ", "Минская группа"},
       {"МИД России", "Кремль", "ОБСЕ", "Совет Европы", "МИД Армении", "МИД Азербайджана"},
       {{"«", "»"}, {"„", "“"}}},
  };
  return kLanguages;
}

const LanguageData& language(const std::string& code) {
  for (const auto& data : languages()) {
    if (data.code == code) return data;
  }
  throw std::runtime_error("unknown language " + code);
}

std::string to_lower(const std::string& text, const LanguageData& language) {
  return liaison::lower(text, language.icu_locale);
}

std::string capitalize(const std::string& word, const LanguageData& language) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  if (text.isEmpty()) return word;
  const int32_t first_end = text.moveIndex32(0, 1);
  icu::UnicodeString head(text, 0, first_end);
  head.toUpper(icu::Locale(language.icu_locale.c_str()));
  std::string out;
  head.append(text, first_end, text.length() - first_end).toUTF8String(out);
  return out;
}

}  // namespace liaison::bench
