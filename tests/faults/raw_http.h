#pragma once
// Raw HTTP over a loopback socket, for requests a well-behaved client library would refuse to
// send (oversized lines, unencoded bytes, partial requests) and for slow clients.
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <arpa/inet.h>

#include <chrono>
#include <string>
#include <string_view>

namespace liaison::testing {

/// A connected TCP socket to 127.0.0.1:port; closed on destruction.
class RawConnection {
 public:
  explicit RawConnection(int port) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
      close(fd_);
      fd_ = -1;
    }
  }
  ~RawConnection() {
    if (fd_ >= 0) close(fd_);
  }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool connected() const { return fd_ >= 0; }

  /// Sends all of `bytes`; false when the peer closed or reset the connection.
  bool send_all(std::string_view bytes) {
    while (!bytes.empty()) {
      const auto sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      if (sent <= 0) return false;
      bytes.remove_prefix(static_cast<std::size_t>(sent));
    }
    return true;
  }

  /// Reads until the peer closes the connection or `timeout` passes; `closed` says which.
  std::string read_until_closed(std::chrono::milliseconds timeout, bool* closed = nullptr) {
    std::string received;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    if (closed != nullptr) *closed = false;
    while (std::chrono::steady_clock::now() < deadline) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      pollfd waiting{.fd = fd_, .events = POLLIN, .revents = 0};
      if (poll(&waiting, 1, static_cast<int>(left.count()) + 1) <= 0) continue;
      char buffer[8192];
      const auto got = recv(fd_, buffer, sizeof buffer, 0);
      if (got <= 0) {
        if (closed != nullptr) *closed = true;
        break;
      }
      received.append(buffer, static_cast<std::size_t>(got));
    }
    return received;
  }

 private:
  int fd_ = -1;
};

/// The status code of a raw HTTP response ("HTTP/1.1 400 Bad Request" → 400); 0 if none.
inline int status_of(const std::string& response) {
  if (response.rfind("HTTP/1.", 0) != 0 || response.size() < 12) return 0;
  return std::atoi(response.substr(9, 3).c_str());
}

/// The body of a raw HTTP response (after the blank line); empty if none.
inline std::string body_of(const std::string& response) {
  const auto end = response.find("\r\n\r\n");
  return end == std::string::npos ? std::string() : response.substr(end + 4);
}

/// Sends `request` on a new connection and reads the whole answer (the server closes it).
inline std::string raw_exchange(int port, std::string_view request,
                                std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
  RawConnection connection(port);
  if (!connection.connected()) return {};
  connection.send_all(request);  // the server may answer and close before reading it all
  return connection.read_until_closed(timeout);
}

}  // namespace liaison::testing
