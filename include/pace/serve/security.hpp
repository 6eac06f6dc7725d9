// SPDX-License-Identifier: MIT
// The request checks of `pace serve` as pure functions: token, Host (DNS rebinding), Origin
// (CSRF). The server calls them on every request; the tests call them directly.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pace::serve {

// 128 random bits from getrandom(2) as 32 lower-case hex digits; throws pace::Error when the
// OS gives none.
std::string new_token();

// Compares in time that depends only on the lengths, never on where the first difference is.
bool tokens_equal(std::string_view given, std::string_view expected);

// Host must be exactly 127.0.0.1:PORT or localhost:PORT.
bool host_allowed(std::string_view host, int port);

// A state-changing request is allowed without an Origin header, or with the server's own:
// http://127.0.0.1:PORT or http://localhost:PORT.
bool origin_allowed(std::string_view origin, bool origin_present, int port);

// The value of `name` in a Cookie header ("a=1; pace_token=..."), or "" when absent.
std::string cookie_value(std::string_view cookie_header, std::string_view name);

// What the server knows of a request before it reads the body.
struct RequestHead {
  std::string method;
  std::string path; // without the query
  std::string host;
  std::optional<std::string> origin;
  std::optional<std::string> query_token;  // ?token=...
  std::optional<std::string> header_token; // X-Pace-Token
  std::string cookie;                      // the Cookie header
  std::string content_type;
  std::optional<size_t> content_length;
  bool chunked = false; // Transfer-Encoding present: a body of unknown length
};

// The answer to a request, decided before anything is read or done: refuse (status and a one-line
// reason), or go on; `set_cookie` when the token came in the URL (it then lives in an HttpOnly
// SameSite=Strict cookie), `redirect` to "/" so the token leaves the address bar.
struct Verdict {
  int status = 0; // 0: go on
  std::string reason;
  bool set_cookie = false;
  bool redirect = false;
};

inline constexpr std::string_view kTokenCookie = "pace_token";

// Every rule of docs/workspace.md, "Security", in order: Host (403), method (405), token (401
// when none is given, 403 when wrong), a body on GET (400), Origin on POST (403), JSON content
// type on POST (415), Content-Length over `max_body` (413), then the path (404 when unknown,
// 405 for the wrong method).
Verdict check_request(const RequestHead& request, std::string_view token, int port,
                      size_t max_body);

// The Content-Type the page's assets are served with, or "" when `path` is not one of them.
std::string_view asset_type(std::string_view path);

} // namespace pace::serve
