// SPDX-License-Identifier: MIT
// The files of the `pace serve` page (src/serve/assets/), compiled into the binary by
// cmake/embed_assets.cmake: nothing is read from disk or fetched from a network at run time.
#pragma once

#include <string_view>

namespace pace::serve {

// The bytes of the asset called `name` ("index.html", "app.js", "app.css",
// "favicon.svg"); empty when there is
// no such asset (names are compared whole: no paths, no directories).
std::string_view embedded_asset(std::string_view name);

} // namespace pace::serve
