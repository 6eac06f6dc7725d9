#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every relative link in README.md, ARCHITECTURE.md, CHANGELOG.md and docs/*.md names a file
# that exists (anchors are not checked), so the split manual does not point into the void.
#   links.sh SOURCE_DIR
set -euo pipefail
cd "$1"
broken=0
for doc in README.md ARCHITECTURE.md CHANGELOG.md docs/*.md assessments/README.md rubrics/README.md; do
  dir=$(dirname "$doc")
  while IFS= read -r target; do
    target=${target%%#*}
    [ -n "$target" ] || continue
    case $target in http://* | https://* | mailto:*) continue ;; esac
    if [ ! -e "$dir/$target" ]; then
      echo "$doc: broken link '$target'" >&2
      broken=$((broken + 1))
    fi
  done < <(grep -oE '\]\([^) ]+\)' "$doc" | sed -E 's/^\]\((.*)\)$/\1/')
done
[ "$broken" -eq 0 ] || { echo "$broken broken links" >&2; exit 1; }
echo "links ok"
