// SPDX-License-Identifier: MIT
#include <cerrno>
#include <cstring>
#include <sys/random.h>

#include <pace/diag/error.hpp>
#include <pace/serve/security.hpp>

namespace pace::serve {

std::string new_token() {
  unsigned char bytes[16];
  size_t got = 0;
  while (got < sizeof bytes) {
    ssize_t n = getrandom(bytes + got, sizeof bytes - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw Error(std::string("cannot get random bytes: ") + std::strerror(errno));
    got += static_cast<size_t>(n);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string token;
  for (unsigned char b : bytes) {
    token += kHex[b >> 4];
    token += kHex[b & 0xF];
  }
  return token;
}

bool tokens_equal(std::string_view given, std::string_view expected) {
  if (given.size() != expected.size() || expected.empty()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < expected.size(); ++i)
    diff |= static_cast<unsigned char>(given[i] ^ expected[i]);
  return diff == 0;
}

bool host_allowed(std::string_view host, int port) {
  std::string p = ":" + std::to_string(port);
  return host == "127.0.0.1" + p || host == "localhost" + p;
}

bool origin_allowed(std::string_view origin, bool origin_present, int port) {
  if (!origin_present) return true;
  std::string p = ":" + std::to_string(port);
  return origin == "http://127.0.0.1" + p || origin == "http://localhost" + p;
}

std::string cookie_value(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    size_t semi = header.find(';');
    std::string_view part = header.substr(0, semi);
    while (!part.empty() && part.front() == ' ')
      part.remove_prefix(1);
    if (part.size() > name.size() && part.substr(0, name.size()) == name &&
        part[name.size()] == '=')
      return std::string(part.substr(name.size() + 1));
    if (semi == std::string_view::npos) break;
    header.remove_prefix(semi + 1);
  }
  return "";
}

std::string_view asset_type(std::string_view path) {
  if (path == "/" || path == "/index.html") return "text/html; charset=utf-8";
  if (path == "/app.js") return "text/javascript; charset=utf-8";
  if (path == "/app.css") return "text/css; charset=utf-8";
  if (path == "/favicon.svg") return "image/svg+xml";
  return "";
}

namespace {

bool is_api_get(std::string_view path) {
  return path == "/api/state";
}
bool is_api_post(std::string_view path) {
  return path == "/api/edit" || path == "/api/evidence";
}

} // namespace

Verdict check_request(const RequestHead& r, std::string_view token, int port, size_t max_body) {
  if (!host_allowed(r.host, port)) return {403, "forbidden host"};
  bool get = r.method == "GET" || r.method == "HEAD";
  bool post = r.method == "POST";
  if (!get && !post) return {405, "method not allowed"};
  // Any one of the three places may carry the token; a stale cookie from an earlier run does
  // not spoil a right token in the URL or the header.
  const std::optional<std::string> cookie = [&]() -> std::optional<std::string> {
    std::string value = cookie_value(r.cookie, kTokenCookie);
    if (value.empty()) return std::nullopt;
    return value;
  }();
  bool given = r.query_token || r.header_token || cookie;
  bool by_url = r.query_token && tokens_equal(*r.query_token, token);
  bool ok = by_url || (r.header_token && tokens_equal(*r.header_token, token)) ||
            (cookie && tokens_equal(*cookie, token));
  if (!given) return {401, "token required"};
  if (!ok) return {403, "wrong token"};
  bool has_body = r.chunked || (r.content_length && *r.content_length > 0);
  if (get && has_body) return {400, "a GET request has no body"};
  if (post) {
    if (!origin_allowed(r.origin.value_or(""), r.origin.has_value(), port)) {
      return {403, "cross-origin request refused"};
    }
    // A form or a no-cors fetch from another site cannot send application/json without a
    // preflight, which this server never answers: a second line behind the Origin check.
    std::string_view type = r.content_type;
    type = type.substr(0, type.find(';'));
    if (type != "application/json") return {415, "the request body must be application/json"};
    if (r.content_length && *r.content_length > max_body) return {413, "request body too large"};
  }
  bool known_get = !asset_type(r.path).empty() || is_api_get(r.path);
  if (!known_get && !is_api_post(r.path)) return {404, "not found"};
  if ((get && !known_get) || (post && !is_api_post(r.path))) return {405, "method not allowed"};
  Verdict pass;
  pass.set_cookie = by_url;
  pass.redirect = by_url && get && r.path == "/";
  return pass;
}

} // namespace pace::serve
