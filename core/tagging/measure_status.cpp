#include "core/tagging/measure_status.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/tagging/phrase_matcher.h"

namespace liaison {
namespace {

constexpr std::array<std::pair<MeasureStatus, std::string_view>, 4> kStatusNames{{
    {MeasureStatus::Proposed, "proposed"},
    {MeasureStatus::Discussed, "discussed"},
    {MeasureStatus::Agreed, "agreed"},
    {MeasureStatus::Implemented, "implemented"},
}};

/// The words of a phrase as the analyser folds them: what cues are compared by (exact forms,
/// not stems: "signed" is a report, "sign" is not; "договорились" is not "договор").
std::vector<std::string> folds(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  out.reserve(tokens.size());
  for (const Token& token : tokens) out.push_back(token.fold);
  return out;
}

}  // namespace

std::string_view status_name(MeasureStatus status) {
  for (const auto& [value, name] : kStatusNames) {
    if (value == status) return name;
  }
  return "discussed";
}

struct StatusCues::Data {
  struct Cue {
    std::vector<std::string> words;
    MeasureStatus status;
    bool hedged;
    bool ending = false;  ///< "*malı": one word ending so (a mood suffix: aparılmalı, yaradılmalı)
  };
  std::map<Language, std::vector<Cue>> cues;                ///< per language, longest first
  std::map<Language, std::set<std::string>> void_before;  ///< folded words that void a hedged cue
};

namespace {

[[noreturn]] void fail(const std::string& location, const std::string& reason) {
  throw ConfigError(location + "statuses.json: " + reason);
}

MeasureStatus parse_status(const std::string& location, const std::string& id) {
  for (const auto& [value, name] : kStatusNames) {
    if (name == id) return value;
  }
  fail(location, "unknown status '" + id + "' (proposed, discussed, agreed, implemented)");
}

/// {"en": ["…"], …} → phrases per language, each checked to be a non-empty string.
std::map<Language, std::vector<std::string>> phrases(const nlohmann::json& by_language, const std::string& location,
                                                     const std::string& what) {
  if (!by_language.is_object()) fail(location, what + " must be an object of language codes");
  std::map<Language, std::vector<std::string>> out;
  for (const auto& [code, list] : by_language.items()) {
    const auto language = parse_language(code);
    if (!language) fail(location, what + ": unknown language '" + code + "'");
    if (!list.is_array()) fail(location, what + "." + code + " must be a list");
    for (const auto& phrase : list) {
      if (!phrase.is_string() || phrase.get<std::string>().empty()) fail(location, what + "." + code + ": empty phrase");
      out[*language].push_back(phrase.get<std::string>());
    }
  }
  return out;
}

}  // namespace

StatusCues::StatusCues(std::string_view json_text, const Analyzer& analyzer, const std::string& location)
    : analyzer_(analyzer) {
  const nlohmann::json root = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded() || !root.is_object()) fail(location, "not a JSON object");
  if (!root.contains("statuses") || !root["statuses"].is_array()) fail(location, "\"statuses\" must be a list");
  auto data = std::make_unique<Data>();
  for (const auto& entry : root["statuses"]) {
    if (!entry.is_object() || !entry.contains("id") || !entry["id"].is_string()) fail(location, "a status without an id");
    const std::string id = entry["id"];
    const MeasureStatus status = parse_status(location, id);
    const bool hedged = entry.value("hedged", false);
    for (const auto& [language, list] : phrases(entry.value("cues", nlohmann::json::object()), location, id)) {
      for (const std::string& phrase : list) {
        const bool ending = phrase.front() == '*';
        std::vector<std::string> words = folds(analyzer.analyze(ending ? phrase.substr(1) : phrase, language));
        if (words.empty()) fail(location, id + ": a cue with no words: '" + phrase + "'");
        if (ending && words.size() != 1) fail(location, id + ": an ending must be one word: '" + phrase + "'");
        data->cues[language].push_back({std::move(words), status, hedged, ending});
      }
    }
  }
  for (auto& [language, list] : data->cues) {
    std::stable_sort(list.begin(), list.end(), [](const Data::Cue& a, const Data::Cue& b) { return a.words.size() > b.words.size(); });
  }
  if (root.contains("void_before")) {
    for (const auto& [language, list] : phrases(root["void_before"], location, "void_before")) {
      for (const std::string& word : list) {
        for (std::string& fold : folds(analyzer.analyze(word, language))) data->void_before[language].insert(std::move(fold));
      }
    }
  }
  data_ = std::move(data);
}

StatusCues::~StatusCues() = default;

namespace {

/// Whether `word` ends with `ending` and has a stem of at least kMinStemBytes before it.
bool ends_with_more(std::string_view word, std::string_view ending) {
  constexpr std::size_t kMinStemBytes = 3;
  return word.size() >= ending.size() + kMinStemBytes && word.ends_with(ending);
}

/// The numbers of the sentences that hold one of `evidence` as written.
std::set<std::uint32_t> sentences_with(std::string_view text, const std::vector<Token>& tokens,
                                       const std::vector<std::uint32_t>& sentence, const std::vector<std::string>& evidence) {
  std::set<std::uint32_t> out;
  for (const std::string& item : evidence) {
    // A concept's evidence reads "label (as written)": the written part is what the text holds.
    const std::size_t open = item.rfind(" (");
    const std::string written = open != std::string::npos && item.back() == ')' ? item.substr(open + 2, item.size() - open - 3) : item;
    if (written.empty()) continue;
    for (std::size_t at = text.find(written); at != std::string_view::npos; at = text.find(written, at + 1)) {
      for (std::size_t t = 0; t < tokens.size(); ++t) {
        if (tokens[t].byte_end > at) {
          out.insert(sentence[t]);
          break;
        }
      }
    }
  }
  return out;
}

}  // namespace

StatusReading StatusCues::read(std::string_view text, Language language, const std::vector<std::string>& evidence) const {
  StatusReading best;
  const auto cues = data_->cues.find(language);
  if (cues == data_->cues.end()) return best;
  const std::vector<Token> tokens = analyzer_.analyze(text, language);
  const std::vector<std::uint32_t> sentence = sentence_numbers(text, tokens);
  const std::set<std::uint32_t> wanted = sentences_with(text, tokens, sentence, evidence);
  const auto void_words = data_->void_before.find(language);
  const auto voided = [&](std::size_t at) {
    if (void_words == data_->void_before.end()) return false;
    for (std::size_t back = 1; back <= kVoidWindow && back <= at && sentence[at - back] == sentence[at]; ++back) {
      if (void_words->second.count(tokens[at - back].fold)) return true;
    }
    return false;
  };
  bool found = false;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (!wanted.empty() && !wanted.count(sentence[t])) continue;
    for (const Data::Cue& cue : cues->second) {
      if (t + cue.words.size() > tokens.size()) continue;
      bool match = cue.ending ? ends_with_more(tokens[t].fold, cue.words.front())
                              : std::equal(cue.words.begin(), cue.words.end(), tokens.begin() + static_cast<std::ptrdiff_t>(t),
                                           [](const std::string& word, const Token& token) { return token.fold == word; });
      if (!match || (cue.hedged && voided(t))) continue;
      // Discussed is the reading of a passage without a stronger cue; a proposal outranks it.
      const auto rank = [](MeasureStatus s) { return s == MeasureStatus::Discussed ? -1 : static_cast<int>(s); };
      if (!found || rank(cue.status) > rank(best.status)) {
        const std::size_t last = t + cue.words.size() - 1;
        best = {cue.status, std::string(text.substr(tokens[t].byte_begin, tokens[last].byte_end - tokens[t].byte_begin))};
        found = true;
      }
      break;  // the longest cue at this word
    }
  }
  return best;
}

std::shared_ptr<const StatusCues> load_status_cues(const std::filesystem::path& dir, const Analyzer& analyzer) {
  std::ifstream in(dir / "statuses.json", std::ios::binary);
  if (!in) return nullptr;
  std::ostringstream text;
  text << in.rdbuf();
  return std::make_shared<const StatusCues>(text.str(), analyzer, dir.string() + "/");
}

}  // namespace liaison
