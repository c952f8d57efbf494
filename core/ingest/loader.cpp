#include "core/ingest/loader.h"
#include "core/text/strings.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "core/ingest/body.h"
#include "core/ingest/document_builder.h"
#include "core/ingest/front_matter.h"
#include "core/ingest/html_loader.h"
#include "core/ingest/jsonl_loader.h"
#include "core/ingest/pdf_loader.h"
#include "core/ingest/scraped_text.h"

namespace liaison {
namespace {

/// Closes a file descriptor when it goes out of scope.
struct FileCloser {
  int fd;
  ~FileCloser() { ::close(fd); }
};

/// A .md or .txt file: front matter and body; a .txt file without front matter is a scraped page.
Document parse_text_document(std::string_view bytes, const std::string& path, FileFormat format) {
  check_text(bytes, path);
  const FrontMatter fm = parse_front_matter(bytes, path);
  Document doc = document_for_path(path);
  fill_document_fields(doc, fm, path);

  if (fm.present) {
    doc.body = clean_body(fm.body);
    if (doc.title.empty()) doc.title = first_line_title(doc.body);
  } else if (format == FileFormat::Text) {
    ScrapedPage page = clean_scraped_text(fm.body);
    doc.body = std::move(page.body);
    doc.date = std::move(page.date);
    doc.title = std::move(page.title);
  } else {
    doc.body = clean_body(fm.body);
  }
  if (!fm.present && doc.title.empty()) {
    TitledBody titled = split_title_line(doc.body);
    doc.body = std::move(titled.body);
    doc.title = std::move(titled.title);
  }
  finish_document(doc);
  return doc;
}

}  // namespace

std::optional<FileFormat> file_format(const std::filesystem::path& file) {
  const std::string extension = lower_ascii(file.extension().string());
  if (extension == ".md") return FileFormat::Markdown;
  if (extension == ".txt") return FileFormat::Text;
  if (extension == ".html" || extension == ".htm") return FileFormat::Html;
  if (extension == ".pdf") return FileFormat::Pdf;
  if (extension == ".jsonl") return FileFormat::Jsonl;
  return std::nullopt;
}

bool is_loadable(const std::filesystem::path& file) { return file_format(file).has_value(); }

std::string corpus_relative_path(const std::filesystem::path& file, const std::filesystem::path& corpus_root) {
  const auto relative = file.lexically_normal().lexically_relative(corpus_root.lexically_normal());
  if (relative.empty() || *relative.begin() == "..") return file.filename().generic_string();
  return relative.generic_string();
}

std::string read_corpus_file(const std::filesystem::path& file, const std::string& relative_path,
                             const LoadOptions& options) {
  const auto fail = [&relative_path](int error) {
    return IngestError(relative_path, 0, "cannot read file: " + std::generic_category().message(error));
  };
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);  // O_NONBLOCK: a FIFO never blocks the run
  if (fd < 0) throw fail(errno);
  const FileCloser closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) throw fail(errno);
  if (!S_ISREG(info.st_mode)) throw IngestError(relative_path, 0, "cannot read file: not a regular file");
  const auto size = static_cast<std::uintmax_t>(info.st_size);
  if (size > options.max_file_bytes)
    throw IngestError(relative_path, 0, "file too large: " + std::to_string(size) + " bytes (limit " +
                                            std::to_string(options.max_file_bytes) +
                                            ", --max-file-mb; indexing takes about " + std::to_string(kMemoryPerFileByte) +
                                            "× a file's size in memory)");
  std::string bytes(size, '\0');
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw fail(errno);
    if (n == 0) throw IngestError(relative_path, 0, "cannot read file: it shrank while being read");
    done += static_cast<std::size_t>(n);
  }
  return bytes;
}

LoadedFile parse_file(std::string_view bytes, const std::string& relative_path) {
  const auto format = file_format(relative_path);
  if (!format) throw IngestError(relative_path, 0, "not a file type Liaison reads");
  LoadedFile loaded;
  switch (*format) {
    case FileFormat::Markdown:
    case FileFormat::Text: loaded.documents.push_back(parse_text_document(bytes, relative_path, *format)); break;
    case FileFormat::Html: loaded.documents.push_back(parse_html_document(bytes, relative_path, loaded.notes)); break;
    case FileFormat::Pdf: loaded.documents.push_back(parse_pdf_document(bytes, relative_path)); break;
    case FileFormat::Jsonl: loaded = parse_jsonl_file(bytes, relative_path); break;
  }
  return loaded;
}

LoadedFile load_file(const std::filesystem::path& file, const std::filesystem::path& corpus_root,
                     const LoadOptions& options) {
  const std::string relative = corpus_relative_path(file, corpus_root);
  return parse_file(read_corpus_file(file, relative, options), relative);
}

Document parse_document(std::string_view bytes, const std::string& relative_path) {
  LoadedFile loaded = parse_file(bytes, relative_path);
  if (loaded.documents.size() == 1 && loaded.failures.empty()) return std::move(loaded.documents.front());
  if (!loaded.failures.empty()) throw loaded.failures.front();
  throw IngestError(relative_path, 0, "holds " + std::to_string(loaded.documents.size()) + " documents, not one");
}

Document load_document(const std::filesystem::path& file, const std::filesystem::path& corpus_root,
                       const LoadOptions& options) {
  const std::string relative = corpus_relative_path(file, corpus_root);
  return parse_document(read_corpus_file(file, relative, options), relative);
}

}  // namespace liaison
