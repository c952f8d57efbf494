// A build in a child process: its report and progress come back, its errors and its death
// become IndexErrors, and it dies with the process that started it. A process with other
// threads builds in itself. (gtest runs the tests on one thread: run_build forks.)
#include <atomic>
#include <csignal>
#include <chrono>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <xapian.h>

#include "core/error.h"
#include "core/index/build_process.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

BuildReport sample_report() {
  BuildReport report;
  report.added = 7;
  report.updated = 2;
  report.removed = 1;
  report.unchanged = 40;
  report.failed = 2;
  report.passages_written = 91;
  report.documents_total = 49;
  report.passages_total = 600;
  report.failures = {{"hy/բանակցություններ.md", "hy/բանակցություններ.md: bad front matter"}, {"a.jsonl", "a.jsonl:3: no text"}};
  report.notes = {{"ru/заявление.html", "ru/заявление.html: invalid UTF-8 replaced"}};
  report.skipped = {{"link", "link: a link out of the corpus"}};
  report.tags = {.passages = 600, .tagged = 420, .with_areas = 400, .with_measures = 90};
  report.seconds = 1.25;
  return report;
}

void expect_same(const BuildReport& a, const BuildReport& b) {
  EXPECT_EQ(a.added, b.added);
  EXPECT_EQ(a.updated, b.updated);
  EXPECT_EQ(a.removed, b.removed);
  EXPECT_EQ(a.unchanged, b.unchanged);
  EXPECT_EQ(a.failed, b.failed);
  EXPECT_EQ(a.passages_written, b.passages_written);
  EXPECT_EQ(a.documents_total, b.documents_total);
  EXPECT_EQ(a.passages_total, b.passages_total);
  ASSERT_EQ(a.failures.size(), b.failures.size());
  for (std::size_t i = 0; i < a.failures.size(); ++i) {
    EXPECT_EQ(a.failures[i].path, b.failures[i].path);
    EXPECT_EQ(a.failures[i].reason, b.failures[i].reason);
  }
  ASSERT_EQ(a.notes.size(), b.notes.size());
  EXPECT_EQ(a.notes[0].reason, b.notes[0].reason);
  ASSERT_EQ(a.skipped.size(), b.skipped.size());
  EXPECT_EQ(a.skipped[0].reason, b.skipped[0].reason);
  EXPECT_EQ(a.tags.passages, b.tags.passages);
  EXPECT_EQ(a.tags.tagged, b.tags.tagged);
  EXPECT_EQ(a.tags.with_areas, b.tags.with_areas);
  EXPECT_EQ(a.tags.with_measures, b.tags.with_measures);
  EXPECT_EQ(a.seconds, b.seconds);
}

TEST(BuildProcess, AReportSurvivesItsBytes) {
  expect_same(decode_build_report(encode_build_report(sample_report())), sample_report());
  const std::string bytes = encode_build_report(sample_report());
  EXPECT_THROW(decode_build_report(bytes.substr(0, bytes.size() - 3)), IndexError);
  EXPECT_THROW(decode_build_report(bytes + "x"), IndexError);
}

TEST(BuildProcess, TheChildsReportAndProgressComeBackInOrder) {
  ASSERT_TRUE(single_threaded()) << "the test needs a process of one thread";
  const pid_t parent = ::getpid();
  std::vector<std::string> seen;
  const BuildReport report = run_build(
      [&](const BuildProgress& progress) {
        if (::getpid() == parent) throw std::logic_error("the build ran in the calling process");
        for (std::size_t i = 1; i <= 300; ++i) progress(i, 300, "file-" + std::to_string(i) + std::string(i * 50, 'x'));
        return sample_report();
      },
      [&](std::size_t done, std::size_t total, const std::string& path) {
        EXPECT_EQ(total, 300u);
        EXPECT_EQ(done, seen.size() + 1);
        EXPECT_EQ(path.size(), ("file-" + std::to_string(done)).size() + done * 50);
        seen.push_back(path);
      },
      "db", "");
  expect_same(report, sample_report());
  EXPECT_EQ(seen.size(), 300u) << "every progress call, tens of kilobytes of them, came back";
}

/// The IndexError `build` ends in, run in a child.
std::string error_of(const std::function<BuildReport(const BuildProgress&)>& build) {
  try {
    run_build(build, {}, "the/db", "The index is as it was.");
  } catch (const IndexError& e) {
    return e.what();
  }
  ADD_FAILURE() << "no IndexError";
  return {};
}

TEST(BuildProcess, AnErrorInTheChildIsAnIndexErrorWithItsMessage) {
  const std::string xapian = error_of([](const BuildProgress&) -> BuildReport {
    throw Xapian::DatabaseError("Error writing block 8", EFBIG);
  });
  EXPECT_EQ(xapian.rfind("the/db: cannot write the index: ", 0), 0u) << xapian;
  EXPECT_NE(xapian.find("Error writing block 8"), std::string::npos) << xapian;

  const std::string other = error_of([](const BuildProgress&) -> BuildReport { throw std::runtime_error("no room"); });
  EXPECT_NE(other.find("no room"), std::string::npos) << other;
}

// The case this module exists for: Xapian ends the process with std::terminate.
TEST(BuildProcess, AChildThatDiesIsAnIndexErrorNamingItsSignal) {
  const std::string aborted = error_of([](const BuildProgress& progress) -> BuildReport {
    progress(1, 2, "a.md");
    std::terminate();
  });
  EXPECT_EQ(aborted.rfind("the/db: cannot write the index: ", 0), 0u) << aborted;
  EXPECT_NE(aborted.find("signal " + std::to_string(SIGABRT)), std::string::npos) << aborted;
  EXPECT_NE(aborted.find("full disk"), std::string::npos) << aborted;
  EXPECT_NE(aborted.find("full disk. The index is as it was."), std::string::npos) << aborted;

  const std::string killed = error_of([](const BuildProgress&) -> BuildReport {
    ::kill(::getpid(), SIGKILL);
    std::this_thread::sleep_for(std::chrono::seconds(10));
    return {};
  });
  EXPECT_NE(killed.find("signal " + std::to_string(SIGKILL)), std::string::npos) << killed;
}

// Forking a process with other threads could leave the child waiting for ever on a lock one of
// them held: there the build runs in the calling process, its errors still IndexErrors.
TEST(BuildProcess, AProcessWithOtherThreadsBuildsInItself) {
  std::atomic<bool> done{false};
  std::thread other([&] {
    while (!done) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  });
  EXPECT_FALSE(single_threaded());
  const pid_t self = ::getpid();
  std::vector<std::string> seen;
  const BuildReport report = run_build(
      [&](const BuildProgress& progress) {
        EXPECT_EQ(::getpid(), self);
        progress(1, 1, "a.md");
        return sample_report();
      },
      [&](std::size_t, std::size_t, const std::string& path) { seen.push_back(path); }, "db", "");
  EXPECT_EQ(report.added, sample_report().added);
  EXPECT_EQ(seen, std::vector<std::string>{"a.md"});
  EXPECT_THROW(run_build([](const BuildProgress&) -> BuildReport { throw Xapian::DatabaseError("Error writing block 8"); },
                         {}, "db", ""),
               IndexError);
  done = true;
  other.join();
  EXPECT_TRUE(single_threaded());
}

/// Running: its /proc entry is there and it is not a zombie (whose reaping is up to init).
bool alive(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return false;
  const std::size_t after_name = line.rfind(')');
  return after_name != std::string::npos && line.size() > after_name + 2 && line[after_name + 2] != 'Z';
}

TEST(BuildProcess, TheChildDiesWithTheProcessThatStartedIt) {
  const testing::TempDir dir;
  const std::string pid_file = (dir.path() / "child.pid").string();
  const pid_t starter = ::fork();
  if (starter == 0) {
    try {
      run_build(
          [&](const BuildProgress&) -> BuildReport {
            std::ofstream(pid_file) << ::getpid() << '\n';
            std::this_thread::sleep_for(std::chrono::seconds(60));
            return {};
          },
          {}, "db", "");
    } catch (...) {
    }
    ::_exit(0);
  }
  pid_t child = 0;
  for (int i = 0; i < 500 && child == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::ifstream(pid_file) >> child;
  }
  ASSERT_GT(child, 0) << "the build never started";
  ::kill(starter, SIGKILL);
  ::waitpid(starter, nullptr, 0);
  bool gone = false;
  for (int i = 0; i < 500 && !gone; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    gone = !alive(child);
  }
  EXPECT_TRUE(gone) << "the build outlived the run that started it";
  if (!gone) ::kill(child, SIGKILL);
}

}  // namespace
}  // namespace liaison
