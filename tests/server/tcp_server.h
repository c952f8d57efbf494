#pragma once
// A real xapian-tcpsrv (Debian's xapian-tools) on a loopback port, for the remote shard tests:
// started in a process group of its own, so that it can be stopped (SIGSTOP), resumed and
// killed with its connection processes, as a shard server that hangs or dies.
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <thread>

namespace liaison::http::testing_support {

inline constexpr const char* kTcpServer = "/usr/bin/xapian-tcpsrv";

/// A port nothing listens on now (the kernel's choice of a free one).
inline int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), size);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  ::close(fd);
  return ntohs(address.sin_port);
}

inline bool accepts(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  const bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  ::close(fd);
  return connected;
}

/// xapian-tcpsrv serving `database` on 127.0.0.1:port() until killed or destroyed.
class TcpServer {
 public:
  explicit TcpServer(const std::filesystem::path& database, int port = 0) : port_(port == 0 ? free_port() : port) {
    pid_ = ::fork();
    if (pid_ == 0) {
      // A process group of its own: on SIGTERM xapian-tcpsrv signals its whole group (its
      // connection processes), which would otherwise be this test's.
      ::setpgid(0, 0);
      const std::string port_text = std::to_string(port_);
      ::execl(kTcpServer, kTcpServer, "--quiet", "--interface", "127.0.0.1", "--port", port_text.c_str(),
              database.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    if (pid_ > 0) ::setpgid(pid_, pid_);  // also here: the group exists before any signal to it
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!accepts(port_) && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ~TcpServer() { kill(); }
  TcpServer(const TcpServer&) = delete;
  TcpServer& operator=(const TcpServer&) = delete;

  int port() const { return port_; }
  std::string address() const { return "tcp://127.0.0.1:" + std::to_string(port_); }

  /// Stops the server and its connections (SIGSTOP): they hold their sockets and answer nothing.
  void stop() { signal_group(SIGSTOP); }
  void resume() { signal_group(SIGCONT); }
  /// Kills the server and its connections (SIGKILL), and waits for it.
  void kill() {
    if (pid_ <= 0) return;  // not started, or gone: kill(-1 or 0) would reach other processes
    signal_group(SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
  }

 private:
  void signal_group(int number) const {
    if (pid_ > 0) ::kill(-pid_, number);
  }

  int port_;
  pid_t pid_ = -1;
};

}  // namespace liaison::http::testing_support
