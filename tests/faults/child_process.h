#pragma once
// A real binary run as a child process, with its output in files (so a chatty child never
// blocks on a full pipe), an optional file-size limit, and signals sent by the test.
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace liaison::testing {

struct ChildOptions {
  std::filesystem::path output_dir;         ///< where stdout.txt and stderr.txt go
  std::optional<rlim_t> max_file_bytes;     ///< RLIMIT_FSIZE; writes past it fail with EFBIG
};

class ChildProcess {
 public:
  ChildProcess(const std::vector<std::string>& argv, ChildOptions options) : options_(std::move(options)) {
    const auto out = (options_.output_dir / "stdout.txt").string();
    const auto err = (options_.output_dir / "stderr.txt").string();
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    pid_ = fork();
    if (pid_ == 0) {
      if (!freopen(out.c_str(), "w", stdout) || !freopen(err.c_str(), "w", stderr)) _exit(126);
      if (options_.max_file_bytes) {
        signal(SIGXFSZ, SIG_IGN);  // a write past the limit then fails with EFBIG, like a full disk
        const rlimit limit{*options_.max_file_bytes, *options_.max_file_bytes};
        setrlimit(RLIMIT_FSIZE, &limit);
      }
      execv(args[0], args.data());
      _exit(127);
    }
  }
  ~ChildProcess() {
    if (pid_ > 0 && !exit_code_) {
      kill(pid_, SIGKILL);
      wait_for_exit(std::chrono::seconds(10));
    }
  }
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  void signal_child(int signal_number) const { kill(pid_, signal_number); }

  /// The exit status (128 + signal when killed), or nullopt if still running after `timeout`.
  std::optional<int> wait_for_exit(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!exit_code_) {
      int status = 0;
      const pid_t done = waitpid(pid_, &status, WNOHANG);
      if (done == pid_) {
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      } else if (std::chrono::steady_clock::now() >= deadline) {
        break;
      } else {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
    }
    return exit_code_;
  }

  std::string out() const { return read_file("stdout.txt"); }
  std::string err() const { return read_file("stderr.txt"); }

  /// Waits until the child's stderr contains `text`; false after `timeout` or if it exited.
  bool wait_for_stderr(const std::string& text, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      if (err().find(text) != std::string::npos) return true;
      if (wait_for_exit(std::chrono::milliseconds(0))) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }

 private:
  std::string read_file(const char* name) const {
    std::ifstream in(options_.output_dir / name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }

  ChildOptions options_;
  pid_t pid_ = -1;
  std::optional<int> exit_code_;
};

/// The port of a search-server's "listening on http://HOST:PORT/" line; 0 if absent.
inline int listening_port(const std::string& log, std::string* host = nullptr) {
  const std::string marker = "listening on http://";
  const auto start = log.find(marker);
  if (start == std::string::npos) return 0;
  const auto colon = log.find(':', start + marker.size());
  if (colon == std::string::npos) return 0;
  if (host != nullptr) *host = log.substr(start + marker.size(), colon - start - marker.size());
  return std::atoi(log.c_str() + colon + 1);
}

}  // namespace liaison::testing
