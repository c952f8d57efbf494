#pragma once
// The binary record format of the index's document data: varint numbers, length-prefixed texts,
// little-endian doubles and tag lists. One Encoder and Decoder for every record kind
// (passage_data.h, document_record.h), so that they read and write numbers and texts alike.
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/ingest/document.h"

namespace liaison::record {

class Encoder {
 public:
  void number(std::uint64_t value) {
    while (value >= 0x80) {
      out_.push_back(static_cast<char>((value & 0x7F) | 0x80));
      value >>= 7;
    }
    out_.push_back(static_cast<char>(value));
  }
  void text(std::string_view value) {
    number(value.size());
    out_.append(value);
  }
  void real(double value) {
    std::uint64_t bits = std::bit_cast<std::uint64_t>(value);
    for (int i = 0; i < 8; ++i, bits >>= 8) out_.push_back(static_cast<char>(bits & 0xFF));
  }
  void tags(const std::vector<Tag>& tags) {
    number(tags.size());
    for (const Tag& tag : tags) {
      text(tag.id);
      real(tag.score);
      number(tag.manual ? 1 : 0);
      number(tag.evidence.size());
      for (const std::string& evidence : tag.evidence) text(evidence);
    }
  }
  void byte(char value) { out_.push_back(value); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Decoder {
 public:
  explicit Decoder(std::string_view data) : rest_(data) {}

  std::uint64_t number() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const auto byte = static_cast<unsigned char>(next_byte());
      value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    fail("a number is too long");
  }
  std::uint32_t number32() {
    const std::uint64_t value = number();
    if (value > UINT32_MAX) fail("a number is out of range");
    return static_cast<std::uint32_t>(value);
  }
  std::string text() {
    const std::uint64_t size = number();
    if (size > rest_.size()) fail("a text runs past the end");
    std::string value(rest_.substr(0, size));
    rest_.remove_prefix(size);
    return value;
  }
  double real() {
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(next_byte())) << (8 * i);
    return std::bit_cast<double>(bits);
  }
  std::vector<Tag> tags() {
    std::vector<Tag> out(count());
    for (Tag& tag : out) {
      tag.id = text();
      tag.score = real();
      tag.manual = number() != 0;
      tag.evidence.resize(count());
      for (std::string& evidence : tag.evidence) evidence = text();
    }
    return out;
  }
  /// A count of items of at least one byte each: never more than the bytes left.
  std::size_t count() {
    const std::uint64_t n = number();
    if (n > rest_.size()) fail("a count runs past the end");
    return static_cast<std::size_t>(n);
  }
  char next_byte() {
    if (rest_.empty()) fail("the record ends early");
    const char byte = rest_.front();
    rest_.remove_prefix(1);
    return byte;
  }
  /// What is left past what was read (the caller reads it otherwise).
  std::string_view rest() const { return rest_; }
  void expect_end() const {
    if (!rest_.empty()) fail("bytes after the record");
  }

 private:
  [[noreturn]] static void fail(const std::string& why) {
    throw IndexError("bad document data in the index: " + why + " (re-index with the indexer)");
  }

  std::string_view rest_;
};

}  // namespace liaison::record
