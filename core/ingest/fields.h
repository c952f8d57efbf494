#pragma once
// Validation and derivation of front matter fields, shared by the loader and its tests.
#include <string>
#include <string_view>
#include <vector>

namespace liaison {

/// True for a front matter date: one Date::parse accepts (YYYY, YYYY-MM or a real YYYY-MM-DD)
/// with 1900 <= YYYY <= 2100.
bool is_valid_date(std::string_view date);

/// True for an explicit document id: 1 to 128 characters from [A-Za-z0-9._-].
bool is_valid_document_id(std::string_view id);

/// The id of a document without an `id` field: its corpus-relative path ('/'-separated) without
/// the extension, lower-cased, with every character outside [a-z0-9._-] (a multi-byte UTF-8
/// character counts as one) replaced by '-': "en/Brussels 2021.md" → "en-brussels-2021".
std::string derive_document_id(std::string_view relative_path);

/// Splits a comma-separated front matter list, trimming items and dropping empty ones.
std::vector<std::string> split_list(std::string_view value);

}  // namespace liaison
