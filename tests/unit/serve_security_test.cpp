// SPDX-License-Identifier: MIT
#include <catch2/catch.hpp>

#include <pace/serve/security.hpp>

using namespace pace::serve;

TEST_CASE("tokens are 128 random bits in hex, new each time", "[serve]") {
  std::string a = new_token();
  std::string b = new_token();
  CHECK(a.size() == 32);
  CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(a != b);
}

TEST_CASE("token comparison", "[serve]") {
  CHECK(tokens_equal("abcd", "abcd"));
  CHECK_FALSE(tokens_equal("abce", "abcd"));
  CHECK_FALSE(tokens_equal("abc", "abcd"));
  CHECK_FALSE(tokens_equal("", ""));
}

TEST_CASE("only the loopback host names with the server's port pass", "[serve]") {
  CHECK(host_allowed("127.0.0.1:8080", 8080));
  CHECK(host_allowed("localhost:8080", 8080));
  CHECK_FALSE(host_allowed("127.0.0.1:8081", 8080));
  CHECK_FALSE(host_allowed("127.0.0.1", 8080));
  CHECK_FALSE(host_allowed("evil.example:8080", 8080));
  CHECK_FALSE(host_allowed("localhost.evil.example:8080", 8080));
  CHECK_FALSE(host_allowed("", 8080));
}

TEST_CASE("a cross-origin request is refused, a same-origin or origin-less one passes", "[serve]") {
  CHECK(origin_allowed("", false, 8080));
  CHECK(origin_allowed("http://127.0.0.1:8080", true, 8080));
  CHECK(origin_allowed("http://localhost:8080", true, 8080));
  CHECK_FALSE(origin_allowed("null", true, 8080));
  CHECK_FALSE(origin_allowed("", true, 8080));
  CHECK_FALSE(origin_allowed("http://evil.example", true, 8080));
  CHECK_FALSE(origin_allowed("https://127.0.0.1:8080", true, 8080));
  CHECK_FALSE(origin_allowed("http://127.0.0.1:8081", true, 8080));
}

TEST_CASE("cookie values", "[serve]") {
  CHECK(cookie_value("a=1; pace_token=abc; b=2", "pace_token") == "abc");
  CHECK(cookie_value("pace_token=abc", "pace_token") == "abc");
  CHECK(cookie_value("xpace_token=abc", "pace_token") == "");
  CHECK(cookie_value("", "pace_token") == "");
}

namespace {

const std::string kToken = "0123456789abcdef0123456789abcdef";
constexpr size_t kMax = size_t{1} << 20;

RequestHead get(std::string path) {
  RequestHead r;
  r.method = "GET";
  r.path = std::move(path);
  r.host = "127.0.0.1:8080";
  r.header_token = kToken;
  return r;
}

RequestHead post(std::string path) {
  RequestHead r = get(std::move(path));
  r.method = "POST";
  r.content_type = "application/json";
  r.content_length = 10;
  return r;
}

int status(const RequestHead& r) {
  return check_request(r, kToken, 8080, kMax).status;
}

} // namespace

TEST_CASE("check_request: the token, from the URL, the header or the cookie", "[serve]") {
  CHECK(status(get("/api/state")) == 0);
  RequestHead none = get("/api/state");
  none.header_token.reset();
  CHECK(status(none) == 401);
  RequestHead wrong = get("/api/state");
  wrong.header_token = "0123456789abcdef0123456789abcdee";
  CHECK(status(wrong) == 403);
  RequestHead cookie = none;
  cookie.cookie = "theme=dark; pace_token=" + kToken;
  CHECK(status(cookie) == 0);
  CHECK_FALSE(check_request(cookie, kToken, 8080, kMax).set_cookie);
  RequestHead url = none;
  url.path = "/";
  url.query_token = kToken;
  url.cookie = "pace_token=stale-from-an-earlier-run";
  Verdict v = check_request(url, kToken, 8080, kMax);
  CHECK(v.status == 0);
  CHECK(v.set_cookie);
  CHECK(v.redirect);
  url.path = "/api/state";
  v = check_request(url, kToken, 8080, kMax);
  CHECK(v.set_cookie);
  CHECK_FALSE(v.redirect);
  // No token, unknown path: 401, not 404 (nothing is learnt without the token).
  RequestHead probe = none;
  probe.path = "/etc/passwd";
  CHECK(status(probe) == 401);
}

TEST_CASE("check_request: Host, method, Origin, content type, size, path", "[serve]") {
  RequestHead host = get("/api/state");
  host.host = "evil.example:8080";
  CHECK(check_request(host, kToken, 8080, kMax).reason == "forbidden host");
  host.host = "localhost:8080";
  CHECK(status(host) == 0);
  RequestHead put = post("/api/edit");
  put.method = "PUT";
  CHECK(status(put) == 405);
  RequestHead cross = post("/api/edit");
  cross.origin = "http://evil.example";
  CHECK(status(cross) == 403);
  cross.origin = "http://127.0.0.1:8080";
  CHECK(status(cross) == 0);
  RequestHead form = post("/api/edit");
  form.content_type = "application/x-www-form-urlencoded";
  CHECK(status(form) == 415);
  form.content_type = "application/json; charset=utf-8";
  CHECK(status(form) == 0);
  RequestHead big = post("/api/evidence");
  big.content_length = kMax + 1;
  CHECK(status(big) == 413);
  big.content_length = kMax;
  CHECK(status(big) == 0);
  RequestHead chunked_get = get("/api/state");
  chunked_get.chunked = true;
  CHECK(status(chunked_get) == 400);
  CHECK(status(get("/../etc/passwd")) == 404);
  CHECK(status(get("/app.js")) == 0);
  CHECK(status(get("/api/edit")) == 405);
  CHECK(status(post("/api/state")) == 405);
  CHECK(status(post("/api/nothing")) == 404);
}

TEST_CASE("asset types", "[serve]") {
  CHECK(asset_type("/") == "text/html; charset=utf-8");
  CHECK(asset_type("/app.js") == "text/javascript; charset=utf-8");
  CHECK(asset_type("/app.css") == "text/css; charset=utf-8");
  CHECK(asset_type("/q.toml").empty());
}
