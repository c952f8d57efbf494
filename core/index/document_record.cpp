#include "core/index/document_record.h"

#include <algorithm>
#include <stdexcept>

#include <zstd.h>

#include "core/error.h"
#include "core/index/record_codec.h"
#include "core/index/schema.h"
#include "core/text/anchor.h"

namespace liaison {
namespace {

constexpr char kFormat = '\x04';  ///< first byte of the texts; 3 was one record in the data (schema 9), 2 a passage's
constexpr char kHeadFormat = '\x05';  ///< first byte of a head; 4 was a zlib head (schema 11 to 13)
/// A head's raw size is at most this many times its compressed size (and a kilobyte): a
/// corrupt size stops here instead of asking for gigabytes.
constexpr std::uint64_t kMaxExpansion = 256;
constexpr const char* kOtherVersion = "bad document data in the index: written by another version (re-index with the indexer)";

Language language_from_code(const std::string& code) { return parse_language(code).value_or(Language::Unknown); }

/// A Zstandard context per thread, kept: setting one up costs more than a head of a kilobyte or
/// two, and a search expands ten to a hundred of them, an indexer compresses one per document.
template <typename Context, Context* (*Create)(), std::size_t (*Free)(Context*)>
class ThreadContext {
 public:
  ThreadContext() : context_(Create()) {
    if (context_ == nullptr) throw std::runtime_error("cannot set up Zstandard");
  }
  ~ThreadContext() { Free(context_); }
  ThreadContext(const ThreadContext&) = delete;
  ThreadContext& operator=(const ThreadContext&) = delete;
  Context* get() { return context_; }

 private:
  Context* context_;
};

/// A head is compressed (Zstandard, which expands several times faster than zlib): it repeats
/// tag ids and evidence words, and Xapian stores values as they come. Laid out as the format
/// byte, the raw size, then the compressed bytes.
std::string compress_head(const std::string& raw) {
  constexpr int kLevel = 3;  // Zstandard's default: as small as zlib's default here, and fast
  thread_local ThreadContext<ZSTD_CCtx, ZSTD_createCCtx, ZSTD_freeCCtx> context;
  std::string packed(ZSTD_compressBound(raw.size()), '\0');
  const std::size_t size = ZSTD_compressCCtx(context.get(), packed.data(), packed.size(), raw.data(), raw.size(), kLevel);
  if (ZSTD_isError(size)) throw std::runtime_error(std::string("cannot compress a document record: ") + ZSTD_getErrorName(size));
  packed.resize(size);
  record::Encoder out;
  out.byte(kHeadFormat);
  out.number(raw.size());
  return out.take() + packed;
}

std::string expand_head(std::string_view head) {
  record::Decoder in(head);
  if (in.next_byte() != kHeadFormat) throw IndexError(kOtherVersion);
  const std::uint64_t raw_size = in.number();
  const std::string_view packed = in.rest();
  if (raw_size > kMaxExpansion * (packed.size() + 4)) throw IndexError("bad document data in the index: a record head too large");
  std::string raw(raw_size, '\0');
  thread_local ThreadContext<ZSTD_DCtx, ZSTD_createDCtx, ZSTD_freeDCtx> context;
  const std::size_t size = ZSTD_decompressDCtx(context.get(), raw.data(), raw.size(), packed.data(), packed.size());
  if (ZSTD_isError(size) || size != raw_size)
    throw IndexError("bad document data in the index: a record head that does not expand");
  return raw;
}

void encode_fields(record::Encoder& out, const Document& doc) {
  for (const std::string* field : {&doc.id, &doc.title, &doc.date, &doc.kind, &doc.source, &doc.url, &doc.origin,
                                   &doc.path, &doc.version_set, &doc.translation_of})
    out.text(*field);
  out.text(to_code(doc.declared_language));
  out.tags(doc.areas);
  out.tags(doc.measures);
}

void decode_fields(record::Decoder& in, Document& doc) {
  for (std::string* field : {&doc.id, &doc.title, &doc.date, &doc.kind, &doc.source, &doc.url, &doc.origin,
                             &doc.path, &doc.version_set, &doc.translation_of})
    *field = in.text();
  doc.declared_language = language_from_code(in.text());
  doc.areas = in.tags();
  doc.measures = in.tags();
}

/// A passage's speakers with every spelling of their names (what speaker: matches).
void encode_passage_speakers(record::Encoder& out, const std::vector<Speaker>& speakers) {
  out.number(speakers.size());
  for (const Speaker& speaker : speakers) {
    out.text(speaker.id);
    out.text(speaker.name);
    out.number(speaker.names.size());
    for (const std::string& name : speaker.names) out.text(name);
  }
}

std::vector<Speaker> decode_passage_speakers(record::Decoder& in) {
  std::vector<Speaker> speakers(in.count());
  for (Speaker& speaker : speakers) {
    speaker.id = in.text();
    speaker.name = in.text();
    speaker.names.resize(in.count());
    for (std::string& name : speaker.names) name = in.text();
  }
  return speakers;
}

}  // namespace

EncodedRecord encode_document_record(const DocumentRecord& record) {
  const Document& doc = record.document;
  if (record.firsts.size() != doc.passages.size()) {
    throw std::invalid_argument("encode_document_record: one first position per passage");
  }
  record::Encoder head, texts;
  texts.byte(kFormat);
  encode_fields(head, doc);
  head.number(doc.passages.size());
  texts.number(doc.passages.size());
  for (std::size_t i = 0; i < doc.passages.size(); ++i) {
    const Passage& passage = doc.passages[i];
    head.number(passage.n);
    head.number(passage.page);
    head.number(record.firsts[i]);
    head.text(to_code(passage.language));
    head.text(passage_anchor(passage.text));
    head.tags(passage.areas);
    head.tags(passage.measures);
    encode_passage_speakers(head, passage.speakers);
    texts.text(passage.text);
  }
  return {.head = compress_head(head.take()), .texts = texts.take()};
}

DocumentRecord decode_record_head(std::string_view head) {
  const std::string raw = expand_head(head);
  record::Decoder in(raw);
  DocumentRecord record;
  record.has_texts = false;
  decode_fields(in, record.document);
  const std::size_t passages = in.count();
  for (std::size_t i = 0; i < passages; ++i) {
    Passage passage;
    passage.n = in.number32();
    passage.page = in.number32();
    record.firsts.push_back(in.number32());
    passage.language = language_from_code(in.text());
    record.anchors.push_back(in.text());
    passage.areas = in.tags();
    passage.measures = in.tags();
    passage.speakers = decode_passage_speakers(in);
    record.document.passages.push_back(std::move(passage));
  }
  in.expect_end();
  return record;
}

void decode_record_texts(std::string_view texts, DocumentRecord& record) {
  record::Decoder in(texts);
  if (in.next_byte() != kFormat) throw IndexError(kOtherVersion);
  std::vector<Passage>& passages = record.document.passages;
  if (in.count() != passages.size()) throw IndexError("bad document data in the index: its texts are not its passages'");
  for (Passage& passage : passages) passage.text = in.text();
  in.expect_end();
  record.has_texts = true;
}

DocumentRecord decode_document_record(std::string_view head, std::string_view texts) {
  DocumentRecord record = decode_record_head(head);
  decode_record_texts(texts, record);
  return record;
}

DocumentRecord read_record(const Xapian::Document& xdoc) {
  return decode_document_record(xdoc.get_value(schema::RecordHead), xdoc.get_data());
}

DocumentRecord read_record_head(const Xapian::Document& xdoc) { return decode_record_head(xdoc.get_value(schema::RecordHead)); }

void read_record_texts(const Xapian::Document& xdoc, DocumentRecord& record) {
  if (!record.has_texts) decode_record_texts(xdoc.get_data(), record);
}

std::size_t passage_at(const std::vector<Xapian::termpos>& firsts, Xapian::termpos position) {
  const auto after = std::upper_bound(firsts.begin(), firsts.end(), position);
  return after == firsts.begin() ? 0 : static_cast<std::size_t>(after - firsts.begin()) - 1;
}

}  // namespace liaison
