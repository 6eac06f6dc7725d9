#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The manual lists every command and every option: for each command of `pace help` (and the
# subcommand `actions import`) docs/commands.md must have a `### pace COMMAND` section naming
# each long option that `pace COMMAND --help` prints, and `### Global options` each global one.
#   manual.sh PACE MANUAL [DROP]   (DROP: an option to delete from the manual first, to prove
#                                   that the check fails when one is missing)
set -euo pipefail
pace=$1 manual=$2 drop=${3:-}
text=$(cat "$manual")
[ -z "$drop" ] || text=${text//"$drop"/}
section() { # the text of one "### TITLE" section
  awk -v want="### $1" '$0 == want { on = 1; next } /^### / { on = 0 } on' <<<"$text"
}
long_options() { # the --long names a help text lists as options
  sed -n '/^options:/,$p; /^global options:/,$p' | grep -oE '^  (-[a-zA-Z] \[ )?--[a-z][a-z-]*' |
    grep -oE -- '--[a-z][a-z-]*' | sort -u
}
missing=0
check() { # check TITLE HELP-TEXT
  local body option
  body=$(section "$1")
  if [ -z "$body" ]; then
    echo "missing from $manual: section '### $1'" >&2
    missing=$((missing + 1))
    return
  fi
  while IFS= read -r option; do
    [ -n "$option" ] || continue
    if ! grep -qF -- "$option" <<<"$body"; then
      echo "missing from $manual: '$option' in '### $1'" >&2
      missing=$((missing + 1))
    fi
  done < <(long_options <<<"$2")
}
help=$("$pace" help)
check "Global options" "$(sed -n '/^global options:/,$p' <<<"$help")"
commands=$(sed -n '/^commands:/,/^$/p' <<<"$help" | awk 'NR > 1 && $1 != "help" { print $1 }')
[ -n "$commands" ] || { echo "no commands in 'pace help'" >&2; exit 1; }
for command in $commands; do
  check "pace $command" "$("$pace" "$command" --help)"
done
check "pace actions import" "$("$pace" actions import --help)"
if [ "$missing" -gt 0 ]; then
  echo "$missing missing" >&2
  exit 1
fi
echo "manual complete: $(wc -w <<<"$commands") commands"
