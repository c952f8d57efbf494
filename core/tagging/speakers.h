#pragma once
// Speakers resolved through the gazetteer: a turn label or front-matter name that spells a
// person or organisation of the gazetteer becomes that entry, in every script (Пашинян,
// Pashinyan, Փաշինյան and Paşinyan are one speaker); passages without a turn get the speaker of
// reported speech ("Pashinyan said"), and a statement's remaining passages its issuer (the
// persons and organisations its `source` names).
#include <optional>

#include "core/ingest/document.h"
#include "core/tagging/phrase_matcher.h"

namespace liaison {

class Analyzer;

/// Reads the gazetteer's names through `names` (a PhraseMatcher of gazetteer names only, with
/// surnames) and `analyzer`, both of which must outlive it. Immutable; safe from several threads.
class SpeakerResolver {
 public:
  SpeakerResolver(const PhraseMatcher& names, const Analyzer& analyzer) : names_(names), analyzer_(analyzer) {}

  /// The gazetteer person or organisation that `label` names ("PASHINYAN", "Prime Minister
  /// Pashinyan"), as a Speaker named in `language`; nullopt when it names none.
  std::optional<Speaker> resolve(std::string_view label, Language language) const;

  /// Resolves the speakers mark_speakers found, then adds reported speakers and the issuer.
  void resolve_document(Document& document) const;

 private:
  Speaker speaker_of(const NameEntry& entry, Language language) const;
  std::vector<Speaker> reported(const Passage& passage) const;
  std::vector<Speaker> named_in(std::string_view text, Language language) const;

  const PhraseMatcher& names_;
  const Analyzer& analyzer_;
};

}  // namespace liaison
