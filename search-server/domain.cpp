#include "search-server/domain.h"

#include <fstream>
#include <sstream>

#include "core/error.h"

namespace liaison::http {
namespace {

nlohmann::json read_tag_list(const std::filesystem::path& file) {
  if (!std::filesystem::exists(file)) return nlohmann::json::array();
  std::ifstream in(file, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  if (!in) throw ConfigError(file.string() + ": cannot be read");
  nlohmann::json list = nlohmann::json::parse(content.str(), nullptr, /*allow_exceptions=*/false);
  if (list.is_discarded()) throw ConfigError(file.string() + ": not valid JSON");
  if (!list.is_array()) throw ConfigError(file.string() + ": expected a JSON array");
  for (const auto& entry : list) {
    if (!entry.is_object() || !entry.contains("id") || !entry["id"].is_string()) {
      throw ConfigError(file.string() + ": every entry needs a string \"id\"");
    }
  }
  return list;
}

std::set<std::string> ids_of(const nlohmann::json& list) {
  std::set<std::string> ids;
  for (const auto& entry : list) ids.insert(entry["id"].get<std::string>());
  return ids;
}

/// Adds "proposed" and "origin_names" to each measure from the origin it names.
void add_origins(nlohmann::json& measures, const nlohmann::json& origins) {
  for (auto& measure : measures) {
    if (!measure.contains("origin") || !measure["origin"].is_string()) continue;
    for (const auto& origin : origins) {
      if (origin["id"] != measure["origin"]) continue;
      if (origin.contains("date") && origin["date"].is_string()) measure["proposed"] = origin["date"];
      if (origin.contains("names")) measure["origin_names"] = origin["names"];
    }
  }
}

}  // namespace

std::string Domain::proposed(const std::string& measure_id) const {
  for (const auto& measure : measures) {
    if (measure["id"] == measure_id) return measure.value("proposed", std::string());
  }
  return {};
}

KnownTags Domain::known_tags() const { return {.areas = ids_of(areas), .measures = ids_of(measures)}; }

Domain load_domain(const std::filesystem::path& dir) {
  Domain domain{.areas = read_tag_list(dir / "areas.json"), .measures = read_tag_list(dir / "measures.json")};
  add_origins(domain.measures, read_tag_list(dir / "origins.json"));
  return domain;
}

}  // namespace liaison::http
