#include "search-server/error_replies.h"

#include "core/error.h"
#include "search-server/json_encode.h"

namespace liaison::http {

int status_of(const std::exception& error) noexcept {
  if (dynamic_cast<const QueryError*>(&error) != nullptr) return 400;
  if (dynamic_cast<const IndexBusyError*>(&error) != nullptr) return 503;
  return 500;
}

Reply error_reply(const std::exception& error) {
  const int status = status_of(error);
  if (status == 500) return {.status = status, .body = error_json("internal server error")};
  const auto* param_error = dynamic_cast<const ParamError*>(&error);
  return {.status = status, .body = error_json(error.what(), param_error != nullptr ? param_error->parameter() : "")};
}

}  // namespace liaison::http
