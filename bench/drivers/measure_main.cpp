// bench_measure: runs a command and records its wall time, CPU time and peak RSS
// (wait4's rusage of the child), as JSON:  bench_measure --out FILE.json -- COMMAND ARGS...
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "bench/common/driver_args.h"

namespace {

double seconds(const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; }

}  // namespace

int main(int argc, char** argv) {
  std::string out;
  int first = 1;
  for (; first < argc && std::strcmp(argv[first], "--") != 0; ++first) {
    if (std::strcmp(argv[first], "--out") == 0 && first + 1 < argc) out = argv[++first];
  }
  if (first + 1 >= argc) {
    std::cerr << "usage: bench_measure --out FILE.json -- COMMAND ARGS...\n";
    return 2;
  }
  char** command = argv + first + 1;
  const auto started = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child < 0) return 2;
  if (child == 0) {
    execvp(command[0], command);
    std::cerr << "bench_measure: cannot run " << command[0] << ": " << std::strerror(errno) << '\n';
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(child, &status, 0, &usage) < 0) return 2;
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const int exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  liaison::bench::write_json(out, {{"command", command[0]}, {"exit", exit_code}, {"wall_s", wall},
                                   {"user_s", seconds(usage.ru_utime)}, {"sys_s", seconds(usage.ru_stime)},
                                   {"cpu_s", seconds(usage.ru_utime) + seconds(usage.ru_stime)},
                                   {"max_rss_kb", usage.ru_maxrss}});
  return exit_code;
}
