// SPDX-License-Identifier: MIT
// The request checks of `pace serve` as pure functions: token, Host (DNS rebinding), Origin
// (CSRF). The server calls them on every request; the tests call them directly.
#pragma once

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

} // namespace pace::serve
