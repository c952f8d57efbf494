#pragma once
// A prefix expanded into the index's terms that start with it (prefix*, a stem's longer words).
//
// Why not always Xapian's OP_WILDCARD: over several databases (a sharded index,
// core/index/sharded_index.h) Xapian 1.4 expands a wildcard in each database on its own: the
// "most frequent" limit picks each database's most frequent terms, and an OP_SYNONYM over the
// expansion is weighed from the terms found in that database, so one document scored 2.98 in
// one index and 4.85 in two shards of it. Expanded once over the whole index, the query is the
// same for every database.
#include <string>

#include <xapian.h>

#include "core/query/query_context.h"

namespace liaison::query {

/// `pattern`* combined with `combiner` (OP_SYNONYM or OP_OR), at most `limit` terms, the most
/// frequent: the terms context.indexed names (IndexedWords::terms_starting), else OP_WILDCARD.
Xapian::Query wildcard(const QueryContext& context, const std::string& pattern, Xapian::termcount limit,
                       Xapian::Query::op combiner);

}  // namespace liaison::query
