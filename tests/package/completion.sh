#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# package.completion: the generated bash completion completes commands, each command's options,
# formats and other choices from the usage lines, rubric ids and .toml files. Each case is the
# words typed so far (the last one is completed) and the sorted completions expected.
#   completion.sh PACE COMPLETION_FILE WORK_DIR
set -euo pipefail
pace=$(realpath "$1") completion=$(realpath "$2") work=$3
rm -rf "$work"
mkdir -p "$work/dir"
touch "$work/2025.toml" "$work/2026.toml" "$work/notes.txt"
cd "$work"
PATH=$(dirname "$pace"):$PATH
# shellcheck source=/dev/null
source "$completion"
failed=0
expect() { # expect 'WORDS...' 'COMPLETIONS...'
  local -a words
  read -r -a words <<<"$1"
  [[ -z $1 || $1 == *" " ]] && words+=("")
  COMP_WORDS=(pace "${words[@]}")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _pace
  local got
  got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ')
  got=${got% }
  if [ "$got" != "$2" ]; then
    echo "FAIL: 'pace $1' completes to '$got', expected '$2'" >&2
    failed=1
  fi
}
expect "" "actions agreement compare gaps help init profile report rubric score serve validate"
expect "s" "score serve"
expect "--r" "--rubrics"
expect "--rubrics " "dir"
expect "score --f" "--format"
expect "score --format " "json text"
expect "score --format = j" "json"
expect "report --format " "csv html json md"
expect "compare 2025.toml 2026.toml --format " "csv json md text"
expect "gaps 2026.toml --step " "band f"
expect "gaps 2026.toml --margin " ""
expect "score " "2025.toml 2026.toml dir"
expect "score 2025.toml -o " "2025.toml 2026.toml dir notes.txt"
expect "init --rubric " "2025.toml 2026.toml dir iso27022-isms iso27022-isms-2024"
expect "rubric " "list show"
expect "rubric show iso" "iso27022-isms iso27022-isms-2024 iso33020"
expect "rubric list " ""
expect "init " ""
expect "nosuch --" ""
[ "$failed" -eq 0 ] && echo "ok: completion"
exit "$failed"
