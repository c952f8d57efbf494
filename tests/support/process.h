#pragma once
#include <filesystem>
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

/// True when the tests run as root (CI does): file modes stop nothing then.
bool running_as_root();

/// Runs `argv` like run_process, but as user nobody when the tests run as root, so that a folder
/// or file of mode 000 really cannot be read. `workspace` (the test's folder, where the process
/// writes) is handed to nobody first; as any other user it is left as it is.
ProcessResult run_process_unprivileged(const std::vector<std::string>& argv, const std::filesystem::path& workspace);

}  // namespace liaison::testing
