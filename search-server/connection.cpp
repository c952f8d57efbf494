#include "search-server/connection.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <string>

namespace liaison::http {
namespace {

using Clock = std::chrono::steady_clock;

/// Milliseconds from now until `deadline`, at least 0 and at most `cap`.
int millis_until(Clock::time_point deadline, std::chrono::milliseconds cap) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return static_cast<int>(std::clamp(left, std::chrono::milliseconds(0), cap).count());
}

bool wait_for(int fd, short events, int millis) {
  pollfd waiting{.fd = fd, .events = events, .revents = 0};
  int ready = 0;
  do {
    ready = poll(&waiting, 1, millis);
  } while (ready < 0 && errno == EINTR);
  return ready > 0;
}

void ip_and_port(const sockaddr_storage& address, socklen_t length, std::string& ip, int& port) {
  std::array<char, NI_MAXHOST> host{};
  std::array<char, NI_MAXSERV> service{};
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&address), length, host.data(), host.size(), service.data(),
                  service.size(), NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
    ip = host.data();
    port = std::atoi(service.data());
  }
}

/// A connection's socket as an httplib::Stream. Reads are buffered (httplib reads a request line
/// byte by byte) and fail once the current request's deadline has passed, whatever the pace of
/// the bytes; a read or write also fails after `io_timeout` of silence.
class DeadlineStream : public httplib::Stream {
 public:
  DeadlineStream(int fd, std::chrono::milliseconds io_timeout) : fd_(fd), io_timeout_(io_timeout) {}

  /// Starts the clock of a new request: it must be read whole within `allowed`.
  void start_request(std::chrono::seconds allowed) { deadline_ = Clock::now() + allowed; }

  /// Waits up to `idle` for the next request's first byte.
  bool wait_for_request(std::chrono::seconds idle) const {
    return buffered() > 0 || wait_for(fd_, POLLIN, static_cast<int>(std::chrono::milliseconds(idle).count()));
  }

  bool is_readable() const override { return buffered() > 0 || wait_for(fd_, POLLIN, read_wait()); }
  bool is_writable() const override {
    return wait_for(fd_, POLLOUT, static_cast<int>(io_timeout_.count()));
  }

  ssize_t read(char* out, size_t size) override {
    if (buffered() == 0) {
      if (!wait_for(fd_, POLLIN, read_wait())) return -1;
      ssize_t got = 0;
      do {
        got = recv(fd_, buffer_.data(), buffer_.size(), 0);
      } while (got < 0 && errno == EINTR);
      if (got <= 0) return got;
      begin_ = 0;
      end_ = static_cast<std::size_t>(got);
    }
    const std::size_t n = std::min(size, buffered());
    std::copy_n(buffer_.data() + begin_, n, out);
    begin_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* data, size_t size) override {
    if (!is_writable()) return -1;
    ssize_t sent = 0;
    do {
      sent = send(fd_, data, size, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    return sent;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getpeername(fd_, reinterpret_cast<sockaddr*>(&address), &length) == 0) ip_and_port(address, length, ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) == 0) ip_and_port(address, length, ip, port);
  }
  socket_t socket() const override { return fd_; }

 private:
  std::size_t buffered() const { return end_ - begin_; }
  /// How long a read may wait: the silence allowed, cut short by the request's deadline.
  int read_wait() const { return millis_until(deadline_, io_timeout_); }

  int fd_;
  std::chrono::milliseconds io_timeout_;
  Clock::time_point deadline_ = Clock::time_point::max();
  std::array<char, 4096> buffer_{};
  std::size_t begin_ = 0, end_ = 0;
};

/// True when the request announces a body. The API takes none and the server answers such a
/// request without reading it (routes.cpp), so its connection must close: the unread bytes
/// would otherwise be parsed as the next request.
bool announces_body(const httplib::Request& request) {
  return request.has_header("Transfer-Encoding") ||
         (request.has_header("Content-Length") && request.get_header_value("Content-Length") != "0");
}

}  // namespace

ConnectionThreads::ConnectionThreads(std::size_t max_threads) : max_threads_(std::max<std::size_t>(1, max_threads)) {}

ConnectionThreads::~ConnectionThreads() {
  if (!stopping_) shutdown();
}

void ConnectionThreads::enqueue(std::function<void()> job) {
  std::lock_guard lock(mutex_);
  jobs_.push_back(std::move(job));
  if (jobs_.size() > idle_ && threads_.size() < max_threads_) {
    threads_.emplace_back([this] { work(); });
  } else {
    wake_.notify_one();
  }
}

void ConnectionThreads::shutdown() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& thread : threads_) thread.join();
}

void ConnectionThreads::work() {
  for (;;) {
    std::unique_lock lock(mutex_);
    ++idle_;
    wake_.wait(lock, [this] { return !jobs_.empty() || stopping_; });
    --idle_;
    if (jobs_.empty()) return;  // stopping, nothing left to serve
    std::function<void()> job = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    job();
  }
}

GuardedServer::GuardedServer(int request_read_seconds, Prepare prepare)
    : request_read_seconds_(request_read_seconds), prepare_(std::move(prepare)) {}

bool GuardedServer::process_and_close_socket(socket_t sock) {
  const auto io_timeout = std::chrono::seconds(read_timeout_sec_) + std::chrono::microseconds(read_timeout_usec_);
  DeadlineStream stream(sock, std::chrono::duration_cast<std::chrono::milliseconds>(io_timeout));
  bool served = false;
  for (std::size_t count = 0; count < keep_alive_max_count_ && svr_sock_ != INVALID_SOCKET; ++count) {
    if (!stream.wait_for_request(std::chrono::seconds(keep_alive_timeout_sec_))) break;
    stream.start_request(std::chrono::seconds(request_read_seconds_));
    bool client_closes = false;
    bool unread_body = false;
    served = process_request(stream, count + 1 == keep_alive_max_count_, client_closes,
                             [this, &unread_body](httplib::Request& request) {
                               unread_body = announces_body(request);
                               if (unread_body) {  // so that the answer says the connection closes
                                 request.headers.erase("Connection");
                                 request.set_header("Connection", "close");
                               }
                               if (prepare_) prepare_(request);
                             });
    if (!served || client_closes || unread_body) break;
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return served;
}

}  // namespace liaison::http
