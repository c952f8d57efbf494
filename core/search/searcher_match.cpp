// The searcher's matching and counting: the match window, the first tier, the whole query,
// the rerank of the top matches, and the totals and facets (exact, estimated or sampled).
#include <algorithm>
#include <optional>
#include <string>

#include <xapian.h>

#include "core/query/ranking.h"
#include "core/search/facet_sample.h"
#include "core/search/searcher_impl.h"

namespace liaison {

void set_order(Xapian::Enquire& enquire, const SearchRequest& request, bool scored) {
  switch (request.sort) {
    case SortOrder::Relevance:
      // Nothing weighs (empty query, filters only): the newest documents first.
      if (!scored) enquire.set_sort_by_value_then_relevance(schema::Date, /*reverse=*/true);
      break;
    case SortOrder::DateAscending: enquire.set_sort_by_value_then_relevance(schema::Date, false); break;
    case SortOrder::DateDescending: enquire.set_sort_by_value_then_relevance(schema::Date, true); break;
  }
}

MatchWindow window_for(const SearchRequest& request, const BuiltSearch& search, const SearcherOptions& options) {
  MatchWindow window;
  window.offset = (request.page - 1) * request.size;
  window.check_at_least = std::max<Xapian::doccount>(
      window.offset + request.size, request.facets ? options.exact_count_up_to : options.plain_count_up_to);
  const bool by_relevance = request.sort == SortOrder::Relevance && search.scored;
  window.by_proximity = by_relevance && !search.built.proximity_bonus.empty();
  window.passages = request.mode == SearchMode::Passages;
  window.first = window.from_top() ? 0 : window.offset;
  // One more than the page: when it does not come, every match was on the page (or before it),
  // and a plain search knows its total without counting (Impl::count_totals).
  window.count = window.from_top() ? std::max<Xapian::doccount>(window.offset + request.size, search::kRerankDepth)
                                   : request.size + 1;
  return window;
}

Xapian::Enquire Searcher::Impl::enquire_for(const SearchRequest& request, const BuiltSearch& search,
                                             const Xapian::Query& query) const {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(query::bm25(search.context));
  if (collapses(request)) enquire.set_collapse_key(schema::VersionSet);
  set_order(enquire, request, search.scored);
  return enquire;
}

std::optional<Xapian::MSet> Searcher::Impl::match_first_tier(const SearchRequest& request, const BuiltSearch& search,
                                                             const MatchWindow& window) const {
  // A date order or a page of passages is not the tiers' order.
  if (!options.first_tier_pass || search.all_words_tier.empty() || request.sort != SortOrder::Relevance ||
      request.mode != SearchMode::Documents)
    return std::nullopt;
  Xapian::Enquire enquire = enquire_for(request, search, search.all_words_tier);
  Xapian::MSet mset = enquire.get_mset(window.first, window.count, window.check_at_least);
  // The first tier ranks above every other match (docs/ranking.md): when it holds the page,
  // the page is the whole query's, and a rerank of the tier's matches orders it as a rerank of
  // the whole query's top matches would.
  const Xapian::doccount page_end = window.offset + static_cast<Xapian::doccount>(request.size);
  if (window.first + mset.size() < page_end) return std::nullopt;
  return mset;
}

std::optional<Xapian::doccount> Searcher::Impl::past_exact_count(const SearchRequest& request,
                                                                 const BuiltSearch& search) const {
  if (!request.facets) return std::nullopt;
  Xapian::Enquire enquire(db);
  enquire.set_query(search.query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet estimate = enquire.get_mset(0, 0);
  if (estimate.get_matches_lower_bound() < options.exact_count_up_to) return std::nullopt;
  return estimate.get_matches_estimated();
}

Matches Searcher::Impl::match(const SearchRequest& request, const BuiltSearch& search, const MatchWindow& window,
                              search::FacetCounter& facets, search::VersionSpy& versions) const {
  // Counting the first matches one by one only to sample them next is skipped when the
  // statistics already say there are more; the page is then matched as a plain search's.
  const std::optional<Xapian::doccount> sample_of = counting(request) ? past_exact_count(request, search) : std::nullopt;
  const bool spies = counting(request) && !sample_of;
  MatchWindow page = window;
  if (sample_of) page.check_at_least = window.offset + static_cast<Xapian::doccount>(request.size);
  if (!spies) {
    if (std::optional<Xapian::MSet> tier = match_first_tier(request, search, page)) {
      if (request.group_versions && has_versions()) search::spy_on_versions(db, search.query, query::bm25(search.context), *tier, versions);
      return {.mset = std::move(*tier), .first_tier = !sample_of, .sample_of = sample_of};
    }
  }
  Xapian::Enquire enquire = enquire_for(request, search, search.query);
  // The spy reads a value of every match: only when the matches are counted.
  search::MatchKeySpy spy(facets, &versions, remote);
  if (spies) spy.spy_on(enquire);
  const Xapian::MSet mset = enquire.get_mset(page.first, page.count, page.check_at_least);
  if (spies) spy.finish();
  // Without the spy's weights, the other matching versions of the texts on the page are looked
  // up with theirs (which version speaks for a text: search::representative).
  if ((!spies || spy.portable()) && request.mode == SearchMode::Documents && request.group_versions && has_versions())
    search::spy_on_versions(db, search.query, query::bm25(search.context), mset, versions);
  return {.mset = mset, .sample_of = sample_of};
}

std::vector<search::RankedDocument> Searcher::Impl::rerank(const SearchRequest& request, const BuiltSearch& search,
                                                           const MatchWindow& window, const Xapian::MSet& mset) const {
  std::vector<search::RankedDocument> ranked = search::in_mset_order(mset);
  if (!window.from_top()) {
    if (ranked.size() > request.size) ranked.resize(request.size);  // the match past the page
    return ranked;
  }
  if (window.by_proximity) {
    const search::Parts reading = parts->any_remote() ? search::Parts::Any : search::Parts::OneLocal;
    search::add_bonus(db, reading, search.built.proximity_bonus, query::bm25(search.context), mset, ranked);
  }
  if (window.passages) return ranked;  // the page is cut from the passages (search/passage_page.h)
  ranked.erase(ranked.begin(), ranked.begin() + std::min<std::size_t>(window.offset, ranked.size()));
  if (ranked.size() > request.size) ranked.resize(request.size);
  return ranked;
}

void Searcher::Impl::count_totals(const SearchRequest& request, const Xapian::Query& query, const MatchWindow& window,
                                  const Matches& matches, const search::FacetCounter& facets,
                                  const search::VersionSpy& versions, SearchResult& result) const {
  const Xapian::MSet& mset = matches.mset;
  if (matches.sample_of) return sample_totals(query, *matches.sample_of, result);
  if (matches.first_tier) {
    // The other tiers were not walked. Xapian's estimate of the whole query from its terms'
    // statistics, never below what the first tier holds; a result that small is counted
    // (unweighted), as a search that read every match would have.
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    if (collapses(request)) enquire.set_collapse_key(schema::VersionSet);
    const Xapian::MSet estimate = enquire.get_mset(0, 0);
    if (estimate.get_matches_upper_bound() <= window.count) {
      const Xapian::MSet counted = enquire.get_mset(0, window.count);
      if (counted.size() < window.count) {
        result.exact = true;
        result.total = counted.size();
        return;
      }
    }
    result.exact = false;
    result.total = std::max(estimate.get_matches_estimated(), mset.get_matches_lower_bound());
    return;
  }
  if (!counting(request)) {  // the plain answer: the matcher's own count, as the peers give
    // Every match is on the page (or before it): counted. Else Xapian's estimate (which, with
    // the versions of a text collapsed, can be well above the number of texts).
    if (mset.size() < window.count) {
      result.exact = true;
      result.total = window.first + mset.size();
    } else {
      result.exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
      result.total = mset.get_matches_estimated();
    }
    return;
  }
  // The spy saw every match when there were fewer than check_at_least, or as many as the
  // matcher's upper bound (it went on to the end).
  if (facets.documents_seen() < window.check_at_least ||
      facets.documents_seen() >= mset.get_uncollapsed_matches_upper_bound()) {
    result.exact = true;
    result.total = result.grouped ? versions.groups_seen() : facets.documents_seen();
    if (request.facets) {
      result.facets = facets.counts();
      result.facets["speaker"] = versions.speaker_counts();
      result.speaker_names = versions.speaker_names();
    }
    return;
  }
  if (!request.facets) {  // counted up to plain_count_up_to, and there were more
    result.exact = false;
    result.total = mset.get_matches_estimated();
    return;
  }
  sample_totals(query, mset.get_uncollapsed_matches_estimated(), result);
}

void Searcher::Impl::sample_totals(const Xapian::Query& query, Xapian::doccount estimated, SearchResult& result) const {
  const unsigned buckets = search::sample_buckets_for(estimated, options.facet_sample_size);
  search::VersionSpy sampled_versions(true);
  search::SampledCounts sample = search::count_sample(db, query, buckets, true, remote, &sampled_versions);
  sample.facets["speaker"] = sampled_versions.speaker_counts();
  result.speaker_names = sampled_versions.speaker_names();
  result.exact = sample.everything();
  result.total = sample.scaled(result.grouped ? sampled_versions.groups_seen() : sample.documents);
  result.sample = static_cast<double>(sample.buckets) / schema::kSampleBuckets;
  for (const auto& [facet, values] : sample.facets) {
    auto& scaled = result.facets[facet];  // every facet named, as in an exact answer
    for (const auto& [value, count] : values) scaled[value] = sample.scaled(count);
  }
}

}  // namespace liaison
