#include "core/index/build_process.h"

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>

#include <xapian.h>

#include "core/error.h"
#include "core/index/record_codec.h"

namespace liaison {
namespace {

/// What the child sends, one frame each: a kind byte, the payload's size (4 bytes, little
/// endian), the payload.
enum class Frame : char { kProgress = 'P', kReport = 'R', kError = 'E' };
constexpr std::size_t kFrameHead = 5;

/// Writes all of `bytes`; false when the pipe is gone (this process is then dying anyway).
bool write_all(int fd, std::string_view bytes) noexcept {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool send_frame(int fd, Frame kind, std::string_view payload) noexcept {
  std::string frame(kFrameHead, '\0');
  frame[0] = static_cast<char>(kind);
  for (std::size_t i = 0; i < 4; ++i) frame[1 + i] = static_cast<char>((payload.size() >> (8 * i)) & 0xFF);
  return write_all(fd, frame) && write_all(fd, payload);
}

/// The child: never returns, never runs the destructors of what it shares with the parent.
[[noreturn]] void child_main(int out, pid_t parent, const std::function<BuildReport(const BuildProgress&)>& build) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(1);  // the parent died before the line above
  const BuildProgress progress = [out](std::size_t done, std::size_t total, const std::string& path) {
    record::Encoder message;
    message.number(done);
    message.number(total);
    message.text(path);
    send_frame(out, Frame::kProgress, message.take());
  };
  std::string error;
  try {
    const bool sent = send_frame(out, Frame::kReport, encode_build_report(build(progress)));
    ::_exit(sent ? 0 : 1);
  } catch (const Xapian::Error& e) {
    error = e.get_description();
  } catch (const std::exception& e) {
    error = e.what();
  } catch (...) {
    error = "an unknown error";
  }
  send_frame(out, Frame::kError, error);
  ::_exit(1);
}

/// Kills and reaps the child unless it was reaped: on any way out of the parent's side.
class ChildGuard {
 public:
  explicit ChildGuard(pid_t pid) : pid_(pid) {}
  ChildGuard(const ChildGuard&) = delete;
  ChildGuard& operator=(const ChildGuard&) = delete;
  ~ChildGuard() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    wait();
  }
  /// The child's wait status, once it has ended.
  int wait() {
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = 0;
    return status;
  }

 private:
  pid_t pid_;
};

/// The parent's side of the pipe: frames as they come, until the child closes it.
class FrameReader {
 public:
  explicit FrameReader(int fd) : fd_(fd) {}
  ~FrameReader() { ::close(fd_); }
  FrameReader(const FrameReader&) = delete;
  FrameReader& operator=(const FrameReader&) = delete;

  /// The next frame (kind, payload), or nullopt at the end of the pipe.
  std::optional<std::pair<Frame, std::string>> next() {
    if (!fill(kFrameHead)) return std::nullopt;
    std::size_t size = 0;
    for (std::size_t i = 0; i < 4; ++i) size |= static_cast<std::size_t>(static_cast<unsigned char>(buffer_[1 + i])) << (8 * i);
    if (!fill(kFrameHead + size)) return std::nullopt;
    std::pair<Frame, std::string> frame{static_cast<Frame>(buffer_[0]), buffer_.substr(kFrameHead, size)};
    buffer_.erase(0, kFrameHead + size);
    return frame;
  }

 private:
  /// Reads until `bytes` are buffered; false when the pipe ends first.
  bool fill(std::size_t bytes) {
    char chunk[65536];
    while (buffer_.size() < bytes) {
      const ssize_t n = ::read(fd_, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
    return true;
  }

  int fd_;
  std::string buffer_;
};

void encode_failures(record::Encoder& out, const std::vector<BuildReport::Failure>& failures) {
  out.number(failures.size());
  for (const BuildReport::Failure& failure : failures) {
    out.text(failure.path);
    out.text(failure.reason);
  }
}

std::vector<BuildReport::Failure> decode_failures(record::Decoder& in) {
  std::vector<BuildReport::Failure> failures(in.count());
  for (BuildReport::Failure& failure : failures) {
    failure.path = in.text();
    failure.reason = in.text();
  }
  return failures;
}

/// Why the child ended without a report, for the user.
std::string death_of(int status) {
  if (WIFSIGNALED(status)) {
    const int signal = WTERMSIG(status);
    std::string text = "the build process ended on signal " + std::to_string(signal) + " (" + ::strsignal(signal) + ")";
    if (signal == SIGABRT)
      text += "; Xapian ends the process so when a write fails while it merges value streams, as on a full disk";
    return text;
  }
  return "the build process ended (exit status " + std::to_string(WEXITSTATUS(status)) + ") without a report";
}

}  // namespace

std::string encode_build_report(const BuildReport& report) {
  record::Encoder out;
  for (const std::size_t count : {report.added, report.updated, report.removed, report.unchanged, report.failed,
                                  report.passages_written, report.documents_total, report.passages_total})
    out.number(count);
  encode_failures(out, report.failures);
  encode_failures(out, report.notes);
  encode_failures(out, report.skipped);
  for (const std::size_t count : {report.tags.passages, report.tags.tagged, report.tags.with_areas, report.tags.with_measures})
    out.number(count);
  out.real(report.seconds);
  return out.take();
}

BuildReport decode_build_report(const std::string& bytes) {
  record::Decoder in(bytes);
  BuildReport report;
  for (std::size_t* count : {&report.added, &report.updated, &report.removed, &report.unchanged, &report.failed,
                             &report.passages_written, &report.documents_total, &report.passages_total})
    *count = static_cast<std::size_t>(in.number());
  report.failures = decode_failures(in);
  report.notes = decode_failures(in);
  report.skipped = decode_failures(in);
  for (std::size_t* count : {&report.tags.passages, &report.tags.tagged, &report.tags.with_areas, &report.tags.with_measures})
    *count = static_cast<std::size_t>(in.number());
  report.seconds = in.real();
  in.expect_end();
  return report;
}

namespace {

BuildReport run_in_child(const std::function<BuildReport(const BuildProgress&)>& build, const BuildProgress& on_progress,
                         const std::string& what, const std::string& after_death) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    throw IndexError(what + ": cannot start the build process: " + std::strerror(errno));
  std::fflush(nullptr);  // or the child's copies of unwritten output could be written twice
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    const int error = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    throw IndexError(what + ": cannot start the build process: " + std::strerror(error));
  }
  if (pid == 0) {
    ::close(fds[0]);
    child_main(fds[1], parent, build);
  }
  ::close(fds[1]);
  ChildGuard child(pid);
  FrameReader frames(fds[0]);
  std::optional<BuildReport> report;
  std::optional<std::string> error;
  while (auto frame = frames.next()) {
    if (frame->first == Frame::kProgress) {
      record::Decoder message(frame->second);
      const auto done = static_cast<std::size_t>(message.number());
      const auto total = static_cast<std::size_t>(message.number());
      const std::string path = message.text();
      if (on_progress) on_progress(done, total, path);
    } else if (frame->first == Frame::kReport) {
      report = decode_build_report(frame->second);
    } else {
      error = std::move(frame->second);
    }
  }
  const int status = child.wait();
  if (error) throw IndexError(what + ": cannot write the index: " + *error);
  if (!report || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw IndexError(what + ": cannot write the index: " + death_of(status) + ". " + after_death);
  return *report;
}

}  // namespace

bool single_threaded() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("Threads:", 0) == 0) return std::stoi(line.substr(8)) == 1;
  return false;
}

BuildReport run_build(const std::function<BuildReport(const BuildProgress&)>& build, const BuildProgress& on_progress,
                      const std::string& what, const std::string& after_death) {
  if (single_threaded()) return run_in_child(build, on_progress, what, after_death);
  try {
    return build(on_progress ? on_progress : BuildProgress([](std::size_t, std::size_t, const std::string&) {}));
  } catch (const Xapian::Error& e) {
    throw IndexError(what + ": cannot write the index: " + e.get_description());
  } catch (const IndexError&) {
    throw;
  } catch (const std::exception& e) {
    throw IndexError(what + ": cannot write the index: " + e.what());
  }
}

}  // namespace liaison
