#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# package.man-page: the man page renders with `man -l` without a warning, and every command
# `pace help` lists and every option `pace COMMAND --help` lists appears in that command's part
# of the rendered page (global options in GLOBAL OPTIONS). Reads the help independently of
# packaging/generate-cli-docs, so a generator that drops something fails here.
#   man_page.sh PACE MAN_PAGE [DROP]
# With DROP, the lines of the page containing DROP are removed first (the self-test
# package.man-page-incomplete shows that a missing option fails the check).
set -euo pipefail
pace=$1 page=$2
if [ $# -ge 3 ]; then
  grep -vF -- "$3" "$page" >"$page.incomplete" || true
  page=$page.incomplete
fi
command -v man >/dev/null || { echo "skipped: man is not installed" >&2; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }

rendered=$(MANWIDTH=100 man --warnings -E UTF-8 -l "$page" 2>"$page.warnings" | col -b)
[ ! -s "$page.warnings" ] || { cat "$page.warnings" >&2; fail "man reports warnings"; }
[ -n "$rendered" ] || fail "man rendered nothing"

# The rendered lines from the heading $1 to the next heading of the same or a higher level.
part() {
  awk -v heading="$1" '
    found && ($0 ~ /^[A-Z]/ || ($0 ~ /^   [^ ]/ && heading ~ /^   /)) { exit }
    $0 == heading { found = 1 }
    found { print }' <<<"$rendered"
}
# The option names on the option lines of a help text.
options_of() { grep -E '^  -' | grep -oE '(^| )--?[a-z][a-z-]*' | tr -d ' ' | sort -u; }
# Whether option $1 heads an option entry (a line '       -o [ --output ] FILE') in $2, as a
# word: '-o' must not pass because '--output' is there, nor because a usage line names it.
has_option() { grep -E '^ {7}-' <<<"$2" | grep -qE -- "(^|[^-a-z])$1([^-a-z]|\$)"; }

missing=0
global=$("$pace" help)
commands=$(sed -n '/^commands:/,/^$/p' <<<"$global" | awk 'NR > 1 && NF { print $1 }' | grep -vx help)
[ -n "$commands" ] || fail "'pace help' lists no command"
section=$(part "GLOBAL OPTIONS")
for option in $(options_of <<<"$global"); do
  has_option "$option" "$section" || { echo "missing: global option $option" >&2; missing=1; }
done
for command in $commands; do
  section=$(part "   pace $command")
  if [ -z "$section" ]; then
    echo "missing: command $command" >&2
    missing=1
    continue
  fi
  for option in $(options_of < <("$pace" "$command" --help)); do
    has_option "$option" "$section" || { echo "missing: $command $option" >&2; missing=1; }
  done
done
[ "$missing" -eq 0 ] || fail "the man page lacks what --help lists"
echo "ok: $(wc -w <<<"$commands") commands and their options are in the man page"
