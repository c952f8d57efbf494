#pragma once
// Exceptions to HTTP answers, in one place: the routes (dispatch) and the server's exception
// handler both ask status_of, so a class of error has one status wherever it is thrown.
#include <exception>

#include "core/error.h"
#include "search-server/handlers.h"

namespace liaison::http {

/// The HTTP status of an exception thrown while answering: 400 for a QueryError (a ParamError
/// included: the request cannot be answered as asked), 503 for an IndexBusyError (the indexer
/// keeps committing: worth asking again), 500 for anything else.
int status_of(const std::exception& error) noexcept;

/// The JSON answer to it, with status_of's status: {"error": its message, "parameter": the name
/// a ParamError gives}; a 500 says only "internal server error" (its message is for the log).
Reply error_reply(const std::exception& error);

/// Runs `search` (a function of no arguments). A QueryError it throws is about the query: it
/// comes out as a ParamError naming "q"; a ParamError keeps its own parameter.
template <typename Search>
auto searching_q(Search search) -> decltype(search()) {
  try {
    return search();
  } catch (const ParamError&) {
    throw;
  } catch (const QueryError& error) {
    throw ParamError("q", error.what());
  }
}

}  // namespace liaison::http
