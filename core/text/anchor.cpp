#include "core/text/anchor.h"

#include <cstdint>

namespace liaison {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::string passage_anchor(std::string_view text) {
  constexpr std::uint32_t kOffsetBasis = 2166136261u;
  constexpr std::uint32_t kPrime = 16777619u;
  std::uint32_t hash = kOffsetBasis;
  const auto add = [&hash](char c) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kPrime;
  };
  bool pending_space = false, started = false;
  for (const char c : text) {
    if (is_space(c)) {
      pending_space = started;
      continue;
    }
    if (pending_space) add(' ');
    pending_space = false;
    started = true;
    add(c);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string anchor = "t";
  for (int shift = 28; shift >= 0; shift -= 4) anchor += kHex[(hash >> shift) & 0xF];
  return anchor;
}

}  // namespace liaison
