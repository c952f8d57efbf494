#pragma once
// The CBM tag sets the API lists (/api/areas, /api/measures): read once at start-up from
// corpus/domain/areas.json and measures.json and passed through to clients as written, each
// measure with the date and names of its origin (origins.json: where and when it was proposed).
#include <filesystem>

#include <nlohmann/json.hpp>

#include "search-server/params.h"

namespace liaison::http {

/// The tag sets: JSON arrays of objects, each with at least an "id".
struct Domain {
  nlohmann::json areas = nlohmann::json::array();
  nlohmann::json measures = nlohmann::json::array();

  /// The ids, for validating the area= and measure= parameters.
  KnownTags known_tags() const;
  /// When `measure_id` was proposed (its origin's "date": YYYY[-MM[-DD]]), "" when unknown.
  std::string proposed(const std::string& measure_id) const;
};

/// Reads `dir`/areas.json, measures.json and origins.json. A missing file gives an empty list;
/// a file that is not a JSON array of objects with string ids throws ConfigError naming the
/// file. Each measure whose "origin" is in origins.json gets "proposed" (the origin's date) and
/// "origin_names" (its names per language).
Domain load_domain(const std::filesystem::path& dir);

}  // namespace liaison::http
