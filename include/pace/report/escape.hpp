// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace pace {

// Text for HTML element content and double- or single-quoted attribute values: & < > " ' become
// entities, and control characters other than tab and newline become spaces. Safe for untrusted
// text (notes, titles) anywhere except inside <script>, <style> or unquoted attributes.
std::string html_escape(std::string_view text);

// Untrusted text for one Markdown paragraph or pipe-table cell, as pandoc and CommonMark read it:
// line breaks and tabs become spaces, leading spaces go, every character that could start
// markup, a link, raw HTML, an entity, a citation, math or a table cell boundary is escaped with a
// backslash, and so is a leading list, heading or blockquote marker. The result is meant for
// pandoc's Markdown (its extensions included) and CommonMark/GFM alike.
std::string markdown_escape(std::string_view text);

} // namespace pace
