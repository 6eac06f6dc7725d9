// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace pace {

// Untrusted text made safe to print on a terminal: the C0 control characters, DEL and the C1
// controls (U+0080..U+009F, which some terminals obey like ESC [) become visible escapes:
// `\r`, `\t`, `\n`, `\x1b`, `\x7f`, `\u009b`. Everything else, invalid UTF-8 included, is kept
// byte for byte. With `keep_layout`, tab and newline stay as they are (for whole documents and
// multi-line messages). A backslash is not doubled: the escapes are for reading, not reversing.
std::string escape_control_chars(std::string_view text, bool keep_layout = false);

} // namespace pace
