#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The review pack in a real browser and in pandoc (ctest label `browser`):
#   1. the HTML report of the 2026 example (with 2025 as --previous) names no remote resource;
#   2. headless Chromium builds its DOM with every section and chart;
#   3. loading it makes no network request (net log; a control page proves the check works);
#   4. it prints to an A4 PDF whose every page, rendered to PNG, is not blank;
#   5. the hostile questionnaire's report (hostile findings, summary and action register too) has
#      no script, image or frame in its DOM;
#   6. pandoc turns the Markdown edition into a DOCX holding every section heading, and the
#      hostile Markdown into HTML without a link, image or script;
#   7. every <text> of every chart lies inside its SVG's viewBox (getBBox in Chromium);
#   8. the pack (with the action register) prints to at most 15 A4 pages, its executive summary
#      alone (--detail summary) to at most 2.
# usage: check_report.sh PACE SOURCE_DIR WORK_DIR. Exit 0 pass, 1 fail, 77 skip (a tool is
# missing; `scripts/install-deps test` installs them all).
set -euo pipefail
pace=$1 root=$2 work=$3

for tool in chromium pdftoppm pdfinfo pandoc python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "skip: '$tool' is not installed (scripts/install-deps test)"
    exit 77
  fi
done

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

rm -rf "$work"
mkdir -p "$work"
examples=$root/assessments/example
hostile=$root/tests/golden/report-hostile-actions-html/hostile.toml
hostile_actions=$root/tests/golden/report-hostile-actions-html/actions.toml
pack=("$examples/2026.toml" --previous "$examples/2025.toml" --actions "$examples/actions.toml")
"$pace" report "${pack[@]}" --format html -o "$work/report.html" 2>"$work/pace.log"
"$pace" report "${pack[@]}" --format md -o "$work/report.md" 2>>"$work/pace.log"
"$pace" report "${pack[@]}" --detail summary --format html -o "$work/summary.html" \
  2>>"$work/pace.log"
"$pace" report "$hostile" --actions "$hostile_actions" --format html -o "$work/hostile.html" \
  2>>"$work/pace.log"
"$pace" report "$hostile" --actions "$hostile_actions" --format md -o "$work/hostile.md" \
  2>>"$work/pace.log"

sections=(summary heat-map trend profile categories changes process-detail gaps actions register
          previous-actions fragile why-not-next evidence method)
titles=("Executive summary" "Process attribute ratings" "Trend" "Capability profile"
        "Category profile" "Changes since the previous assessment" "Findings and notes by process"
        "Gap list" "Level-up plan" "Action register" "Actions from the previous assessment"
        "Fragile results" "Why not the next level" "Appendix A: Evidence register"
        "Appendix B: Method and provenance")

# Chromium with its own profile and no background traffic of its own; DNS resolves nothing, so
# even a request that slipped through could not leave the machine.
browser() {
  timeout 180 chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="$work/profile" --disable-background-networking --disable-component-update \
    --disable-sync --disable-extensions --host-resolver-rules="MAP * ~NOTFOUND" "$@" \
    2>>"$work/chromium.log"
}

# 1. Remote references in the markup: a quoted src/href/poster/data attribute (escaped text
# never holds a raw '"'), CSS url() and @import. In-page links (href="#...") are fine.
if grep -Eo '(src|href|xlink:href|poster|data|action|srcset)="[^#"][^"]*"|url\(|@import' \
    "$work/report.html" >"$work/remote.txt"; then
  fail "the HTML references external resources: $(head -3 "$work/remote.txt" | tr '\n' ' ')"
else
  pass "no external resource referenced in the HTML"
fi

# 2. The DOM as Chromium built it.
browser --dump-dom "file://$work/report.html" >"$work/dom.html" || true
for id in "${sections[@]}"; do
  grep -q "<section id=\"$id\"" "$work/dom.html" || fail "section '$id' missing from the DOM"
done
charts=$(grep -o '<svg id="chart-' "$work/dom.html" | wc -l)
[ "$charts" -eq 4 ] || fail "expected 4 charts in the DOM, found $charts"
grep -q '<script' "$work/dom.html" && fail "the DOM holds a script element"
[ "$failures" -eq 0 ] && pass "DOM has all ${#sections[@]} sections and $charts charts"

# 3. Network requests made by the page, from Chromium's net log. Requests the page causes carry
# its file:// isolation key; Chromium's own (update checks, accounts) do not and are ignored.
page_requests() { # net log -> page-initiated URLs, one a line
  python3 - "$1" <<'EOF'
import json, sys
log = json.load(open(sys.argv[1]))
names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
for e in log["events"]:
    p = e.get("params", {})
    if names.get(e["type"]) == "URL_REQUEST_START_JOB" and "file://" in p.get("network_isolation_key", ""):
        print(p.get("url", "?"))
EOF
}
printf '<!DOCTYPE html><title>control</title><img src="http://example.invalid/x.png">\n' \
  >"$work/control.html"
browser --log-net-log="$work/control-net.json" --dump-dom "file://$work/control.html" >/dev/null || true
if [ "$(page_requests "$work/control-net.json" | grep -c example.invalid)" -ge 1 ]; then
  browser --log-net-log="$work/net.json" --dump-dom "file://$work/report.html" >/dev/null || true
  page_requests "$work/net.json" >"$work/requests.txt"
  if [ -s "$work/requests.txt" ]; then
    fail "the page made requests: $(head -3 "$work/requests.txt" | tr '\n' ' ')"
  else
    pass "no network request from the page (the control page's request was seen)"
  fi
else
  fail "the net log check saw no request from the control page, so it proves nothing"
fi

# 4. Print to PDF (A4 from the page's @page rule), every page to PNG, none blank.
browser --no-pdf-header-footer --print-to-pdf="$work/report.pdf" "file://$work/report.html" || true
if [ ! -s "$work/report.pdf" ]; then
  fail "no PDF printed"
else
  pages=$(pdfinfo "$work/report.pdf" | awk '/^Pages:/ {print $2}')
  # A4 is 595.28 x 841.89 pt; Chromium rounds to whole device pixels.
  pdfinfo "$work/report.pdf" | awk '/^Page size:/ { exit !($3 > 594 && $3 < 596.5 && $5 > 840.5 && $5 < 843) }' ||
    fail "page size is not A4: $(pdfinfo "$work/report.pdf" | grep '^Page size:')"
  pdftoppm -png -gray -r 50 "$work/report.pdf" "$work/page"
  if python3 - "$work"/page-*.png <<'EOF'; then pass "$pages A4 pages printed, none blank"; else fail "blank pages"; fi
import struct, sys, zlib

def ink(path):
    """Share of pixels darker than near-white, from a non-interlaced 8-bit PNG."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0, (path, depth, interlace)
            channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * channels
    previous, dark, i = bytearray(stride), 0, 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):  # undo the row filter
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1: line[x] = (line[x] + a) & 255
            elif kind == 2: line[x] = (line[x] + b) & 255
            elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        dark += sum(1 for x in range(0, stride, channels) if line[x] < 200)
        previous = line
    return dark / (width * height)

shares = [(p, ink(p)) for p in sys.argv[1:]]
blank = [(p, share) for p, share in shares if share < 0.002]
for p, share in blank:
    print(f"blank page: {p} ({share:.4%} ink)")
sys.exit(1 if blank or not sys.argv[1:] else 0)
EOF
  text=$(pdftotext "$work/report.pdf" - 2>/dev/null || true)
  for title in "${titles[@]}"; do
    grep -qF "$title" <<<"$text" || fail "'$title' not in the PDF's text"
  done
fi

# 5. Hostile text stays text in the browser too.
browser --dump-dom "file://$work/hostile.html" >"$work/hostile-dom.html" || true
if grep -Eq '<(script|img|iframe|b)[ >]' "$work/hostile-dom.html"; then
  fail "hostile text became elements: $(grep -Eo '<(script|img|iframe|b)[ >][^>]*' "$work/hostile-dom.html" | head -3)"
elif ! grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$work/hostile-dom.html"; then
  fail "the hostile title is missing from the DOM"
elif ! grep -q "&lt;img src=x onerror=alert('finding')&gt;" "$work/hostile-dom.html" ||
  ! grep -q "&lt;script&gt;alert('owner')&lt;/script&gt;" "$work/hostile-dom.html"; then
  fail "the hostile finding or action owner is missing from the DOM"
else
  pass "hostile questionnaire renders as inert text"
fi

# 6. pandoc: DOCX with every heading; hostile Markdown without active links.
if pandoc "$work/report.md" -o "$work/report.docx" 2>"$work/pandoc.log"; then
  pandoc "$work/report.docx" -t plain >"$work/docx.txt"
  for title in "${titles[@]}"; do
    grep -qxF "$title" "$work/docx.txt" || fail "'$title' is not a heading in the DOCX"
  done
  tables=$(pandoc "$work/report.docx" -t html | grep -c '<table' || true)
  [ "$tables" -ge 10 ] || fail "the DOCX holds $tables tables, expected at least 10"
  pass "pandoc made a DOCX with every section heading and $tables tables"
else
  fail "pandoc could not convert the Markdown: $(head -3 "$work/pandoc.log")"
fi
pandoc "$work/hostile.md" -t html >"$work/hostile-md.html"
if grep -Eq '<(a|img|script|iframe|b)[ >]' "$work/hostile-md.html"; then
  fail "pandoc made active markup of the hostile Markdown"
else
  pass "hostile Markdown stays text in pandoc"
fi

# 7. No chart label outside its box. The page's CSP forbids scripts, so a copy without the CSP
# and with a checking script at the end of the body measures every <text> with getBBox (in the
# SVG's user units, the viewBox's) and writes the verdict into the DOM that --dump-dom prints.
with_bbox_check() { # page.html -> copy.html
python3 - "$1" "$2" <<'EOF'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
check = """<script>
const bad = []; let texts = 0;
for (const svg of document.querySelectorAll("svg")) {
  const vb = svg.viewBox.baseVal;
  for (const t of svg.querySelectorAll("text")) {
    texts++;
    const b = t.getBBox();
    if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 ||
        b.y + b.height > vb.y + vb.height + 0.5)
      bad.push(svg.id + ": '" + t.textContent + "' at " +
               [b.x, b.y, b.width, b.height].map(Math.round) + " outside 0,0," + vb.width + "," +
               vb.height);
  }
}
const out = document.createElement("pre");
out.id = "bbox-result";
out.textContent = (bad.length ? "CLIPPED " + bad.join(" | ") : "INSIDE") + " texts=" + texts;
document.body.appendChild(out);
</script>"""
open(sys.argv[2], "w", encoding="utf-8").write(page.replace("</body>", check + "</body>"))
EOF
}
bbox_verdict() { # page.html -> the check's verdict
  with_bbox_check "$1" "$1.bbox.html"
  browser --dump-dom "file://$1.bbox.html" >"$1.bbox-dom.html" || true
  grep -o '<pre id="bbox-result">[^<]*' "$1.bbox-dom.html" | sed 's/.*">//' || true
}
# A control whose label overflows its box proves the check can fail.
printf '<!DOCTYPE html><title>control</title><body><svg id="c" viewBox="0 0 50 20" width="50" height="20"><text x="2" y="15">a label far too long for its box</text></svg></body>\n' \
  >"$work/bbox-control.html"
control=$(bbox_verdict "$work/bbox-control.html")
case "$control" in
  CLIPPED*) ;;
  *) fail "the getBBox check passed an overflowing control label ('$control'), so it proves nothing" ;;
esac
verdict=$(bbox_verdict "$work/report.html")
case "$verdict" in
  "INSIDE texts="[1-9]*) pass "every chart label inside its viewBox (${verdict#INSIDE })" ;;
  "") fail "the getBBox check wrote no result" ;;
  *) fail "chart labels outside their viewBox: $(head -c 600 <<<"$verdict")" ;;
esac

# 8. Page counts of the printed pack: full detail, and the executive summary alone.
count_pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
browser --no-pdf-header-footer --print-to-pdf="$work/summary.pdf" "file://$work/summary.html" || true
full_pages=$(count_pages "$work/report.pdf")
summary_pages=$(count_pages "$work/summary.pdf")
if [ -z "$full_pages" ] || [ "$full_pages" -gt 15 ]; then
  fail "the full pack prints to ${full_pages:-no} pages, at most 15 wanted"
else
  pass "the full pack prints to $full_pages A4 pages (at most 15)"
fi
if [ -z "$summary_pages" ] || [ "$summary_pages" -gt 2 ]; then
  fail "the executive summary prints to ${summary_pages:-no} pages, at most 2 wanted"
else
  pass "the executive summary prints to $summary_pages A4 pages (at most 2)"
fi

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed; files in $work"; exit 1; }
echo "all browser and pandoc checks passed"
