// deploy/: the systemd units of each role, checked by systemd's own `systemd-analyze verify`
// (it parses a unit file without a running systemd): unknown keys, bad values and commands that
// cannot be run are reported. The units name the installed programs (/usr/local/bin); the check
// runs on copies that name this build's.
#include <fstream>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>

#include "tests/cli/cli_support.h"

namespace liaison::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kAnalyze = "/usr/bin/systemd-analyze";

std::string read_file(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(DeployUnits, EveryUnitPassesSystemdAnalyzeVerify) {
  if (::access(kAnalyze, X_OK) != 0) GTEST_SKIP() << kAnalyze << " is missing (Debian's systemd package)";
  const TempDir dir;
  std::vector<std::string> command{kAnalyze, "verify"};
  const std::string installed = "/usr/local/bin/";
  for (const auto& entry : fs::directory_iterator(source_dir() / "deploy")) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".service" && entry.path().extension() != ".timer") continue;
    std::string unit = read_file(entry.path());
    for (std::size_t at = unit.find(installed); at != std::string::npos; at = unit.find(installed, at))
      unit.replace(at, installed.size(), (binary_dir() / "bin").string() + "/");
    command.push_back(dir.write(name, unit).string());
  }
  ASSERT_GE(command.size(), 2u + 6u) << "indexer service and timer, shard, replication, replica, search";
  const ProcessResult verified = run_process(command);
  EXPECT_EQ(verified.exit_code, 0) << verified.err;
  // Warnings (an unknown key, a value it cannot parse) do not change the exit status: none may name a unit.
  EXPECT_EQ((verified.out + verified.err).find("liaison-"), std::string::npos) << verified.out << verified.err;
}

}  // namespace
}  // namespace liaison::testing
