// bench_index_dump: everything a Xapian database holds, as text, so that two indexes built by
// two versions of the indexer can be compared with diff or a checksum (a change meant to save
// CPU must not change what is written). Prints the document count and average length, every
// term with its term frequency and collection frequency, every document's data, values, terms
// with wdf and positions, the synonym table, the spelling table and the metadata; metadata keys
// named by --skip (the time of the last run, say) are left out.
#include <cstdio>
#include <iostream>
#include <set>
#include <string>

#include <xapian.h>

namespace {

/// Bytes as printable text: control bytes and backslashes escaped, so that one item is one line.
std::string escaped(const std::string& bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (const char c : bytes) {
    const auto u = static_cast<unsigned char>(c);
    if (u == '\\') {
      out += "\\\\";
    } else if (u < 0x20 || u == 0x7f) {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02x", u);
      out += hex;
    } else {
      out += c;
    }
  }
  return out;
}

void dump_terms(const Xapian::Database& db, std::ostream& out) {
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t)
    out << "term " << escaped(*t) << " tf=" << t.get_termfreq() << " cf=" << db.get_collection_freq(*t) << '\n';
}

void dump_document(const Xapian::Database& db, Xapian::docid id, std::ostream& out) {
  const Xapian::Document doc = db.get_document(id);
  out << "doc " << id << " length=" << db.get_doclength(id) << " unique=" << db.get_unique_terms(id) << '\n';
  out << " data " << escaped(doc.get_data()) << '\n';
  for (auto v = doc.values_begin(); v != doc.values_end(); ++v) out << " value " << v.get_valueno() << ' ' << escaped(*v) << '\n';
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    out << " term " << escaped(*t) << " wdf=" << t.get_wdf();
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) out << ' ' << *p;
    out << '\n';
  }
}

void dump_tables(const Xapian::Database& db, const std::set<std::string>& skipped, std::ostream& out) {
  for (auto k = db.synonym_keys_begin(); k != db.synonym_keys_end(); ++k)
    for (auto s = db.synonyms_begin(*k); s != db.synonyms_end(*k); ++s)
      out << "synonym " << escaped(*k) << " = " << escaped(*s) << '\n';
  for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w)
    out << "spelling " << escaped(*w) << " f=" << w.get_termfreq() << '\n';
  for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k)
    if (!skipped.contains(*k)) out << "metadata " << escaped(*k) << " = " << escaped(db.get_metadata(*k)) << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_index_dump DB [--skip METADATA_KEY]...\n";
    return 2;
  }
  std::set<std::string> skipped;
  for (int i = 2; i + 1 < argc; i += 2)
    if (std::string(argv[i]) == "--skip") skipped.insert(argv[i + 1]);
  try {
    const Xapian::Database db(argv[1]);
    std::ostream& out = std::cout;
    out << "documents " << db.get_doccount() << " lastdocid " << db.get_lastdocid() << " avlength "
        << db.get_avlength() << '\n';
    dump_terms(db, out);
    for (auto d = db.postlist_begin(""); d != db.postlist_end(""); ++d) dump_document(db, *d, out);
    dump_tables(db, skipped, out);
  } catch (const Xapian::Error& e) {
    std::cerr << "bench_index_dump: " << e.get_description() << '\n';
    return 1;
  }
  return 0;
}
