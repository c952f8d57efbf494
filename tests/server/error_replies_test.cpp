// One mapping from exceptions to HTTP statuses and JSON error bodies, for the routes and the
// server's exception handler alike.
#include "search-server/error_replies.h"

#include <stdexcept>

#include <gtest/gtest.h>

#include "core/error.h"
#include "search-server/routes.h"

namespace liaison::http {
namespace {

TEST(StatusOf, MapsEachKindOfErrorToOneStatus) {
  EXPECT_EQ(status_of(QueryError("nothing to search for")), 400);
  EXPECT_EQ(status_of(ParamError("size", "too large")), 400);
  EXPECT_EQ(status_of(IndexBusyError("the index keeps changing")), 503);
  EXPECT_EQ(status_of(IndexError("cannot open the index")), 500);
  EXPECT_EQ(status_of(ConfigError("bad option")), 500);
  EXPECT_EQ(status_of(IngestError("a.md", 3, "bad front matter")), 500);
  EXPECT_EQ(status_of(std::logic_error("a bug")), 500);
}

TEST(StatusOf, AParamErrorIsAQueryErrorThatNamesItsParameter) {
  const ParamError error("from", "not a date");
  const QueryError& as_query_error = error;
  EXPECT_STREQ(as_query_error.what(), "not a date");
  EXPECT_EQ(error.parameter(), "from");
}

TEST(ErrorReply, ShowsTheMessageOfClientErrorsOnly) {
  const Reply param = error_reply(ParamError("size", "parameter 'size' must be from 1 to 100, not 0"));
  EXPECT_EQ(param.status, 400);
  EXPECT_EQ(param.body, (nlohmann::json{{"error", "parameter 'size' must be from 1 to 100, not 0"}, {"parameter", "size"}}));

  const Reply query = error_reply(QueryError("the query has nothing to search for"));
  EXPECT_EQ(query.status, 400);
  EXPECT_EQ(query.body, (nlohmann::json{{"error", "the query has nothing to search for"}}));

  const Reply busy = error_reply(IndexBusyError("the index changed under five reads"));
  EXPECT_EQ(busy.status, 503);
  EXPECT_EQ(busy.body, (nlohmann::json{{"error", "the index changed under five reads"}}));

  const Reply fault = error_reply(IndexError("/secret/path: corrupt"));
  EXPECT_EQ(fault.status, 500);
  EXPECT_EQ(fault.body, (nlohmann::json{{"error", "internal server error"}}));
}

TEST(SearchingQ, NamesQForTheSearchersQueryErrorsAndKeepsParamErrors) {
  try {
    searching_q([]() -> int { throw QueryError("too many terms"); });
    FAIL() << "nothing thrown";
  } catch (const ParamError& error) {
    EXPECT_EQ(error.parameter(), "q");
    EXPECT_STREQ(error.what(), "too many terms");
  }
  try {
    searching_q([]() -> int { throw ParamError("lang", "unknown lang 'fr'"); });
    FAIL() << "nothing thrown";
  } catch (const ParamError& error) {
    EXPECT_EQ(error.parameter(), "lang");
  }
  EXPECT_THROW(searching_q([]() -> int { throw IndexBusyError("busy"); }), IndexBusyError);
  EXPECT_EQ(searching_q([] { return 7; }), 7);
}

ApiContext context_whose_searcher_throws(std::function<void()> raise) {
  ApiContext context;
  context.searcher = [raise]() -> SearcherLease {
    raise();
    throw std::logic_error("unreachable");
  };
  return context;
}

TEST(Dispatch, AnswersClientErrorsAndLeavesServerErrorsToTheExceptionHandler) {
  const auto busy = context_whose_searcher_throws([] { throw IndexBusyError("busy"); });
  EXPECT_THROW(dispatch(busy, "/api/search", {{"q", "peace"}}), IndexBusyError);
  EXPECT_THROW(dispatch(busy, "/api/export", {{"q", "peace"}}), IndexBusyError);
  EXPECT_THROW(dispatch(busy, "/api/stats", {}), IndexBusyError);

  const auto refused = context_whose_searcher_throws([] { throw QueryError("nothing to search for"); });
  for (const std::string path : {"/api/search", "/api/export"}) {
    SCOPED_TRACE(path);
    const Reply reply = dispatch(refused, path, {{"q", "\"\""}});
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.body, (nlohmann::json{{"error", "nothing to search for"}, {"parameter", "q"}}));
  }
  const Reply feed = dispatch(refused, "/api/feed", {{"q", "\"\""}});
  EXPECT_EQ(feed.status, 400);
  EXPECT_EQ(feed.body, (nlohmann::json{{"error", "nothing to search for"}}));
}

TEST(Dispatch, RoutesTheExportThroughTheTable) {
  const auto unused = context_whose_searcher_throws([] { throw std::logic_error("the searcher was reached"); });
  const Reply reply = dispatch(unused, "/api/export", {{"format", "xml"}});
  EXPECT_EQ(reply.status, 400);
  EXPECT_EQ(reply.body["parameter"], "format");
  EXPECT_EQ(dispatch(unused, "/api/export/x", {}).status, 404);
}

}  // namespace
}  // namespace liaison::http
