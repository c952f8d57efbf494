#pragma once
#include <string>
#include <vector>

namespace liaison::testing {

struct ProcessResult {
  int exit_code = -1;  ///< the exit status, or 128 + signal number
  std::string out;     ///< standard output
  std::string err;     ///< standard error
};

/// Runs `argv` (no shell) with `input` on its standard input and waits for it.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& input = {});

}  // namespace liaison::testing
