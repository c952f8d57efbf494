#include "core/search/rescore.h"

#include <algorithm>
#include <unordered_map>

#include "core/index/schema.h"

namespace liaison::search {
namespace {

/// Matches exactly the given documents, without weight: the right side of an OP_FILTER that
/// restricts a query to a few passages (Xapian 1.4 has no query for a set of document ids).
class DocumentListSource final : public Xapian::PostingSource {
 public:
  explicit DocumentListSource(std::vector<Xapian::docid> ids) : ids_(std::move(ids)) {
    std::sort(ids_.begin(), ids_.end());
    ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
  }

  Xapian::doccount get_termfreq_min() const override { return static_cast<Xapian::doccount>(ids_.size()); }
  Xapian::doccount get_termfreq_est() const override { return get_termfreq_min(); }
  Xapian::doccount get_termfreq_max() const override { return get_termfreq_min(); }

  void init(const Xapian::Database& /*db*/) override { started_ = false, position_ = 0; }

  void next(double /*min_wt*/) override {
    if (started_) ++position_;
    started_ = true;
  }

  void skip_to(Xapian::docid id, double /*min_wt*/) override {
    started_ = true;
    position_ = static_cast<std::size_t>(
        std::lower_bound(ids_.begin() + static_cast<std::ptrdiff_t>(std::min(position_, ids_.size())), ids_.end(), id) -
        ids_.begin());
  }

  bool at_end() const override { return started_ && position_ >= ids_.size(); }
  Xapian::docid get_docid() const override { return ids_[position_]; }
  PostingSource* clone() const override { return new DocumentListSource(ids_); }

 private:
  std::vector<Xapian::docid> ids_;
  std::size_t position_ = 0;
  bool started_ = false;
};

/// The filter that restricts a query to the first `depth` of `ranked`. Over one local database,
/// their docids; over several (a sharded index) or a remote one, their XD terms: a posting source
/// sees each database's own docids, not the multi-database's the MSet gives, and ours cannot be
/// sent to a xapian-tcpsrv.
Xapian::Query only_these(const Xapian::Database& db, Parts parts, const Xapian::MSet& mset,
                         const std::vector<RankedDocument>& ranked, std::size_t depth) {
  if (db.size() == 1 && parts == Parts::OneLocal) {
    std::vector<Xapian::docid> documents;
    for (std::size_t i = 0; i < depth; ++i) documents.push_back(*mset[ranked[i].rank]);
    return Xapian::Query((new DocumentListSource(std::move(documents)))->release());
  }
  // Grouped matches carry their version set as collapse key: its XV term names them without
  // reading a document (an exchange each over a remote shard); it also names the set's other
  // versions, whose scores add_bonus leaves aside.
  std::vector<std::string> terms;
  for (std::size_t i = 0; i < depth; ++i) {
    const std::string set = mset[ranked[i].rank].get_collapse_key();
    if (set.empty()) break;
    terms.push_back(schema::term(schema::kVersionSetPrefix, set));
  }
  if (terms.size() == depth) return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  terms.clear();
  for (std::size_t i = 0; i < depth; ++i)
    terms.push_back(schema::term(schema::kDocPrefix, mset[ranked[i].rank].get_document().get_value(schema::DocId)));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

std::vector<RankedDocument> in_mset_order(const Xapian::MSet& mset) {
  std::vector<RankedDocument> ranked;
  ranked.reserve(mset.size());
  for (Xapian::doccount rank = 0; rank < mset.size(); ++rank) ranked.push_back({rank, mset[rank].get_weight()});
  return ranked;
}

void sort_prefix(std::vector<RankedDocument>& ranked, std::size_t depth) {
  const auto end = ranked.begin() + static_cast<std::ptrdiff_t>(std::min(depth, ranked.size()));
  std::stable_sort(ranked.begin(), end, [](const RankedDocument& a, const RankedDocument& b) { return a.weight > b.weight; });
}

void add_bonus(const Xapian::Database& db, Parts parts, const Xapian::Query& bonus, const Xapian::Weight& weight,
               const Xapian::MSet& mset, std::vector<RankedDocument>& ranked, std::size_t depth) {
  depth = std::min(depth, ranked.size());
  if (bonus.empty() || depth == 0) return;
  Xapian::Enquire enquire(db);
  // A filter by version set lets other versions match too: room for all, the depth's are kept.
  const bool by_docids = db.size() == 1 && parts == Parts::OneLocal;  // only_these's posting source
  const auto count = by_docids ? static_cast<Xapian::doccount>(depth) : db.get_doccount();
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, bonus, only_these(db, parts, mset, ranked, depth)));
  enquire.set_weighting_scheme(weight);
  const Xapian::MSet scored = enquire.get_mset(0, count);
  std::unordered_map<Xapian::docid, double> bonus_of;
  for (auto item = scored.begin(); item != scored.end(); ++item) bonus_of[*item] = item.get_weight();
  if (bonus_of.empty()) return;
  for (std::size_t i = 0; i < depth; ++i) {
    if (const auto found = bonus_of.find(*mset[ranked[i].rank]); found != bonus_of.end()) {
      ranked[i].weight += found->second;
    }
  }
  sort_prefix(ranked, depth);
}

}  // namespace liaison::search
