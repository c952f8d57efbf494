#pragma once
// One exception hierarchy for the exceptional; user input (queries, tokens) is not exceptional.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace liaison {

/// Base of every error Liaison throws on purpose.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A document that cannot be ingested; names the file and, when known, the 1-based line.
class IngestError : public Error {
 public:
  IngestError(std::string path, std::size_t line, std::string reason)
      : Error(message(path, line, reason)), path_(std::move(path)), line_(line), reason_(std::move(reason)) {}
  const std::string& path() const noexcept { return path_; }
  std::size_t line() const noexcept { return line_; }  ///< 0 when the error is not tied to a line
  const std::string& reason() const noexcept { return reason_; }

 private:
  /// "path:line: reason" (no line when 0). Built by appending: GCC 12 at -O2 misreads chains of
  /// `std::string + "literal" + …` here as overlapping copies (-Wrestrict).
  static std::string message(const std::string& path, std::size_t line, const std::string& reason) {
    std::string text = path;
    if (line != 0) {
      text += ':';
      text += std::to_string(line);
    }
    text += ": ";
    text += reason;
    return text;
  }

  std::string path_;
  std::size_t line_;
  std::string reason_;
};

/// The index cannot be opened, read or written.
class IndexError : public Error {
 public:
  using Error::Error;
};

/// The index kept changing under a read (the indexer committing again and again): transient;
/// the server answers 503 with Retry-After.
class IndexBusyError : public IndexError {
 public:
  using IndexError::IndexError;
};

/// A search request that cannot be answered as asked (bad parameter, unparsable query).
/// The message is shown to the user as is.
class QueryError : public Error {
 public:
  using Error::Error;
};

/// A request parameter that is refused (a malformed date, an unknown sort, a page past the
/// limit): a QueryError that names the parameter ("from", "size", "q", …). The message is shown
/// to the user as is.
class ParamError : public QueryError {
 public:
  ParamError(std::string parameter, const std::string& message)
      : QueryError(message), parameter_(std::move(parameter)) {}
  const std::string& parameter() const noexcept { return parameter_; }

 private:
  std::string parameter_;
};

/// Bad configuration or command-line usage.
class ConfigError : public Error {
 public:
  using Error::Error;
};

}  // namespace liaison
