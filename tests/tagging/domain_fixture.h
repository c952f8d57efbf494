#pragma once
// A small domain in the format of corpus/domain/*.json, written for the tests (the bundled data
// is only read by the quality test).
#include <string>

#include "core/tagging/domain.h"

namespace liaison::testing {

inline const char* const kAreasJson = R"([
  {"id": "diplomacy", "color": "#0072B2", "names": {"en": "Diplomacy", "ru": "Дипломатия"}},
  {"id": "communities", "names": {"en": "Communities"}},
  {"id": "economy", "names": {"en": "Economy"}},
  {"id": "education", "names": {"en": "Education"}},
  {"id": "public-space", "names": {"en": "Public space"}}
])";

inline const char* const kMeasuresJson = R"([
  {"id": "M03", "area": "diplomacy", "origin": "liaison-group-2022",
   "names": {"en": "Joint Monitoring Group"},
   "aliases": {"en": ["Joint Monitoring Group"], "ru": ["Совместная группа мониторинга"],
               "hy": ["Համատեղ մոնիտորինգային խումբ"], "az": ["Birgə Monitorinq Qrupu"]}},
  {"id": "M07", "area": "communities", "origin": "liaison-group-2022",
   "names": {"en": "Know the Neighbors"},
   "aliases": {"en": ["Know the Neighbors programme"], "ru": ["Знай своих соседей"]}},
  {"id": "M12", "area": "economy", "origin": "liaison-group-2022",
   "names": {"en": "South Caucasus Development Fund"},
   "aliases": {"en": ["SCDF", "development fund"]}},
  {"id": "B05", "area": "communities", "origin": "brussels-2021-12-14",
   "names": {"en": "Demining"}, "aliases": {"en": ["demining"], "ru": ["разминирование"]}}
])";

inline const char* const kThesaurusJson = R"([
  {"id": "demining", "areas": ["communities"],
   "terms": {"en": ["demining", "mine clearance", "landmine"], "ru": ["разминирование"],
             "hy": ["ականազերծում"], "az": ["minatəmizləmə"]}},
  {"id": "ceasefire", "areas": ["diplomacy"],
   "terms": {"en": ["ceasefire"], "ru": ["прекращение огня"], "hy": ["հրադադար"], "az": ["atəşkəs"]}},
  {"id": "border-delimitation", "areas": ["diplomacy", "communities"],
   "terms": {"en": ["border delimitation", "delimitation"], "ru": ["делимитация"], "hy": ["սահմանազատում"],
             "az": ["delimitasiya"]}},
  {"id": "cemetery", "areas": ["public-space"],
   "terms": {"en": ["cemetery", "graveyard"], "ru": ["кладбище"], "hy": ["գերեզմանատուն"], "az": ["qəbiristanlıq"]}},
  {"id": "trade", "areas": ["economy"],
   "terms": {"en": ["trade"], "ru": ["торговля"], "hy": ["առևտուր"], "az": ["ticarət"]}},
  {"id": "scholarship", "areas": ["education"],
   "terms": {"en": ["scholarship"], "ru": ["стипендия"], "hy": ["կրթաթոշակ"], "az": ["təqaüd"]}},
  {"id": "mine", "areas": ["communities"], "terms": {"en": ["mine"], "ru": ["мина"], "hy": ["ական"], "az": ["mina"]}},
  {"id": "peace-treaty", "areas": ["diplomacy"],
   "terms": {"en": ["peace treaty"], "ru": ["мирный договор"], "hy": ["խաղաղության պայմանագիր"],
             "az": ["sülh müqaviləsi"]}}
])";

inline const char* const kGazetteerJson = R"([
  {"id": "nikol-pashinyan", "type": "person",
   "names": {"en": ["Nikol Pashinyan"], "ru": ["Никол Пашинян"], "hy": ["Նիկոլ Փաշինյան"], "az": ["Nikol Paşinyan"]}},
  {"id": "karabakh", "type": "place",
   "names": {"en": ["Karabakh", "Nagorno-Karabakh"], "ru": ["Карабах"], "hy": ["Ղարաբաղ"], "az": ["Qarabağ"]}}
])";

inline DomainTexts test_domain_texts() {
  return DomainTexts{.areas = kAreasJson, .measures = kMeasuresJson, .thesaurus = kThesaurusJson,
                     .gazetteer = kGazetteerJson, .location = ""};
}

inline Domain test_domain() { return parse_domain(test_domain_texts()); }

}  // namespace liaison::testing
