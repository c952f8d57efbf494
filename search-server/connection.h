#pragma once
// How the server holds its connections. httplib 0.11 gives every open connection a thread from
// a fixed pool for as long as the client takes to send its request, and its read timeout counts
// from the last byte received: a client that sends one header line a second keeps a thread for
// ever, and a few dozen such clients took every thread, so no search was answered. Here:
//  - connections get cheap threads, started on demand up to a high cap (ConnectionThreads): a
//    thread that waits for a slow client sleeps in poll() and costs little memory, not a core;
//  - each request must arrive whole within a deadline, however its bytes are paced
//    (GuardedServer), so a slow client holds its thread for seconds, not for ever;
//  - the CPU-heavy work (searching) is bounded separately, by the searchers (searcher_pool.h).
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <httplib.h>

namespace liaison::http {

/// httplib's task queue with one thread per connection being served: a new thread starts when
/// no idle one can take the connection, up to `max_threads`; beyond that connections wait in
/// line. Threads are kept until shutdown, so the peak is bounded by the cap.
class ConnectionThreads : public httplib::TaskQueue {
 public:
  explicit ConnectionThreads(std::size_t max_threads);
  ~ConnectionThreads() override;
  ConnectionThreads(const ConnectionThreads&) = delete;
  ConnectionThreads& operator=(const ConnectionThreads&) = delete;

  void enqueue(std::function<void()> job) override;
  /// Serves the connections already queued, then joins every thread.
  void shutdown() override;

 private:
  void work();

  std::size_t max_threads_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> threads_;
  std::size_t idle_ = 0;
  bool stopping_ = false;
};

/// An httplib::Server whose connections read each request (line, headers and body) under one
/// deadline, and which hands every parsed request to `prepare` before routing: the only point
/// where httplib lets a request be changed (the server drops Range headers there, routes.h).
class GuardedServer : public httplib::Server {
 public:
  using Prepare = std::function<void(httplib::Request&)>;

  /// `request_read_seconds`: the time a client has to send one whole request.
  GuardedServer(int request_read_seconds, Prepare prepare);

 private:
  bool process_and_close_socket(socket_t sock) override;

  int request_read_seconds_;
  Prepare prepare_;
};

}  // namespace liaison::http
