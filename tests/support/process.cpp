#include "tests/support/process.h"

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <stdexcept>

namespace liaison::testing {
namespace {

void close_pipe(std::array<int, 2>& fds) {
  for (int& fd : fds) {
    if (fd >= 0) close(fd);
    fd = -1;
  }
}

/// Feeds `input` to `in_fd` and drains `out_fd` and `err_fd` together so no pipe fills up.
void pump(int in_fd, const std::string& input, int out_fd, int err_fd, ProcessResult& result) {
  std::size_t written = 0;
  if (input.empty()) { close(in_fd); in_fd = -1; }
  std::array<char, 65536> buffer{};
  while (out_fd >= 0 || err_fd >= 0 || in_fd >= 0) {
    std::array<pollfd, 3> fds{{{in_fd, POLLOUT, 0}, {out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}}};
    if (poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error("poll failed");
    }
    if (in_fd >= 0 && (fds[0].revents & (POLLOUT | POLLERR | POLLHUP))) {
      const ssize_t n = write(in_fd, input.data() + written, input.size() - written);
      if (n > 0) written += static_cast<std::size_t>(n);
      if (n < 0 || written == input.size()) { close(in_fd); in_fd = -1; }
    }
    for (auto [index, target] : {std::pair{1, &result.out}, std::pair{2, &result.err}}) {
      int& fd = index == 1 ? out_fd : err_fd;
      if (fd < 0 || !(fds[static_cast<std::size_t>(index)].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t n = read(fd, buffer.data(), buffer.size());
      if (n > 0) target->append(buffer.data(), static_cast<std::size_t>(n));
      else { close(fd); fd = -1; }
    }
  }
}

constexpr uid_t kNobody = 65534;  // Debian's nobody and nogroup

/// Gives `path` and everything under it to nobody.
void hand_to_nobody(const std::filesystem::path& path) {
  if (lchown(path.c_str(), kNobody, kNobody) != 0) throw std::runtime_error("cannot chown " + path.string());
  std::error_code error;
  for (std::filesystem::recursive_directory_iterator it(path, error), end; !error && it != end; it.increment(error))
    if (lchown(it->path().c_str(), kNobody, kNobody) != 0) throw std::runtime_error("cannot chown " + it->path().string());
  if (error) throw std::runtime_error("cannot list " + path.string() + ": " + error.message());
}

ProcessResult run(const std::vector<std::string>& argv, const std::string& input, bool as_nobody) {
  std::array<int, 2> in{-1, -1}, out{-1, -1}, err{-1, -1};
  if (pipe(in.data()) != 0 || pipe(out.data()) != 0 || pipe(err.data()) != 0) throw std::runtime_error("pipe failed");
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    dup2(in[0], STDIN_FILENO);
    dup2(out[1], STDOUT_FILENO);
    dup2(err[1], STDERR_FILENO);
    close_pipe(in); close_pipe(out); close_pipe(err);
    if (as_nobody && (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0)) _exit(126);
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  close(in[0]); close(out[1]); close(err[1]);
  ProcessResult result;
  const auto previous = std::signal(SIGPIPE, SIG_IGN);
  pump(in[1], input, out[0], err[0], result);
  std::signal(SIGPIPE, previous);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& input) {
  return run(argv, input, false);
}

bool running_as_root() { return geteuid() == 0; }

ProcessResult run_process_unprivileged(const std::vector<std::string>& argv, const std::filesystem::path& workspace) {
  if (!running_as_root()) return run(argv, {}, false);
  hand_to_nobody(workspace);
  return run(argv, {}, true);
}

}  // namespace liaison::testing
