#pragma once
#include "core/ingest/document.h"

namespace liaison {

/// Applies the front matter's `areas:` and `measures:` to the document as manual tags (score 1,
/// evidence "front matter"). Manual tags win: they replace whatever a tagger found.
void apply_manual_tags(Document& document);

}  // namespace liaison
