#pragma once
#include <xapian.h>

#include "core/index/passage_data.h"
#include "core/search/result.h"

namespace liaison::search {

/// A hit from one matching passage's stored data: the document's fields, the passage's number
/// and page, and the tags of the passage (passages mode) or of the document (documents mode).
/// The snippet is left empty for the caller.
Hit make_hit(const PassageData& data, double score, SearchMode mode);

}  // namespace liaison::search
