// The front matter parser on any bytes: it either throws IngestError naming the file, or gives
// a body inside the content, after the block, with trimmed lower-case keys.
#include <cstddef>
#include <cstdint>

#include "core/error.h"
#include "core/ingest/front_matter.h"
#include "core/text/strings.h"
#include "fuzz/fuzz_support.h"

using namespace liaison;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view content = fuzz::as_text(data, size);
  const std::string path = "en/fuzz.md";
  try {
    const FrontMatter fm = parse_front_matter(content, path);
    const char* begin = content.data();
    const char* end = content.data() + content.size();
    fuzz::require(fm.body.empty() || (fm.body.data() >= begin && fm.body.data() + fm.body.size() <= end),
                  "body points into the content");
    fuzz::require(fm.body.empty() || fm.body.data() + fm.body.size() == end, "body runs to the end of the content");
    fuzz::require(fm.body_line >= 1, "body line is 1-based");
    fuzz::require(fm.present || fm.fields.empty(), "no fields without a block");
    fuzz::require(fm.fields.size() == fm.lines.size(), "every field has its line");
    for (const auto& [key, value] : fm.fields) {
      fuzz::require(!key.empty() && key == lower_ascii(key) && trim(key) == key, "keys are lower-cased and trimmed");
      fuzz::require(trim(value) == value, "values are trimmed");
      const auto line = fm.lines.find(key);
      fuzz::require(line != fm.lines.end() && line->second >= 2 && line->second < fm.body_line,
                    "a field's line lies inside the block");
    }
  } catch (const IngestError& error) {
    fuzz::require(error.path() == path, "the error names the file");
    fuzz::require(error.line() >= 1, "a front matter error names its line");
  }
  return 0;
}
