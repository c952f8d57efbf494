// The document record's decoder (core/index/document_record.h) on any bytes: the two parts,
// head and texts, are one input split where its first two bytes say. It either throws
// IndexError or gives a record with a first position, an anchor and a text per passage, which
// encodes and decodes again to the same.
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "core/error.h"
#include "core/index/document_record.h"
#include "fuzz/fuzz_support.h"

using namespace liaison;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::size_t split = std::min<std::size_t>(size - 2, (std::size_t{data[0]} << 8) | data[1]);
  const std::string_view parts = fuzz::as_text(data + 2, size - 2);
  try {
    const DocumentRecord record = decode_document_record(parts.substr(0, split), parts.substr(split));
    const std::size_t passages = record.document.passages.size();
    fuzz::require(record.has_texts, "a whole record has its texts");
    fuzz::require(record.firsts.size() == passages, "a first position per passage");
    fuzz::require(record.anchors.size() == passages, "an anchor per passage");
    const EncodedRecord again = encode_document_record(record);
    const DocumentRecord reread = decode_document_record(again.head, again.texts);
    fuzz::require(reread.firsts == record.firsts, "positions round-trip");
    fuzz::require(reread.document.id == record.document.id, "the id round-trips");
    for (std::size_t i = 0; i < passages; ++i)
      fuzz::require(reread.document.passages[i].text == record.document.passages[i].text, "texts round-trip");
  } catch (const IndexError&) {
  }
  return 0;
}
