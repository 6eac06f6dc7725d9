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
