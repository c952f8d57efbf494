#pragma once
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace liaison::bench {

/// The command line every engine driver takes:
///   <driver> index --corpus DIR --db PATH --out FILE.json
///   <driver> query --db PATH --queries FILE --rounds N [--facets-snippets] --out FILE.json
/// bench_sphinx also has `xmlpipe --corpus DIR` (no --db) and `saturate … --threads T --seconds S`,
/// and its --db is searchd's HOST:PORT.
struct DriverArgs {
  std::string mode;
  std::filesystem::path corpus, db, queries, out;
  int rounds = 3;
  bool facets_snippets = false;  ///< what the API really does: facet counts and highlighted snippets
  int threads = 1;               ///< client threads of a saturation run
  double seconds = 0;            ///< length of a saturation run
};

inline DriverArgs parse_driver_args(int argc, char** argv) {
  DriverArgs args;
  if (argc < 2) throw std::runtime_error("usage: index|query --db PATH ... (see bench/README.md)");
  args.mode = argv[1];
  for (int i = 2; i < argc; ++i) {
    const std::string_view flag = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error("missing value after " + std::string(flag));
      return argv[++i];
    };
    if (flag == "--corpus") args.corpus = value();
    else if (flag == "--db") args.db = value();
    else if (flag == "--queries") args.queries = value();
    else if (flag == "--out") args.out = value();
    else if (flag == "--rounds") args.rounds = std::stoi(value());
    else if (flag == "--facets-snippets") args.facets_snippets = true;
    else if (flag == "--threads") args.threads = std::stoi(value());
    else if (flag == "--seconds") args.seconds = std::stod(value());
    else throw std::runtime_error("unknown option " + std::string(flag));
  }
  if (args.db.empty() && args.mode != "xmlpipe") throw std::runtime_error("--db is required");
  return args;
}

/// Writes `json` to `path` (or stdout when empty).
inline void write_json(const std::filesystem::path& path, const nlohmann::json& json) {
  if (path.empty()) {
    std::printf("%s\n", json.dump(2).c_str());
    return;
  }
  std::ofstream(path) << json.dump(2) << '\n';
}

/// One mode of a driver: what it writes to --out (null: nothing, the mode wrote its own output).
using DriverMode = std::function<nlohmann::json(const DriverArgs&)>;

/// A driver's main: parses the command line and runs the mode it names; an error, or a mode the
/// driver has not, is one line on stderr after the driver's name, and exit status 2.
inline int run_driver(std::string_view name, int argc, char** argv, const std::map<std::string, DriverMode>& modes) {
  try {
    const DriverArgs args = parse_driver_args(argc, argv);
    const auto mode = modes.find(args.mode);
    if (mode == modes.end()) throw std::runtime_error("unknown mode " + args.mode);
    const nlohmann::json result = mode->second(args);
    if (!result.is_null()) write_json(args.out, result);
    return 0;
  } catch (const std::exception& error) {
    std::cerr << name << ": " << error.what() << '\n';
    return 2;
  }
}

}  // namespace liaison::bench
