#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `pace serve` in headless Chromium driven by puppeteer-core (ctest browser.serve): see
# serve.mjs for the two cases. puppeteer-core comes from npm (package.json and
# package-lock.json beside this script, `npm ci` into the build tree; it downloads no browser:
# Debian's chromium is used). usage: serve.sh PACE SOURCE_DIR WORK_DIR. Exit 0 pass, 1 fail,
# 77 skip (chromium, node or npm missing: `scripts/install-deps test`).
set -euo pipefail
pace=$(realpath "$1") root=$(realpath "$2") work=$3
here=$(cd "$(dirname "$0")" && pwd)

for tool in chromium node npm python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "skip: '$tool' is not installed (scripts/install-deps test)"
    exit 77
  fi
done

# node_modules live beside the work directory, kept between runs and refreshed when the lock
# file changes.
modules=$(dirname "$work")/serve-npm
mkdir -p "$modules"
if ! cmp -s "$here/package-lock.json" "$modules/package-lock.json" ||
   [ ! -d "$modules/node_modules/puppeteer-core" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$modules/"
  if ! (cd "$modules" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund \
          >npm.log 2>&1); then
    # Not a skip: the tools are there, and the test command is expected to reach the registry.
    echo "FAIL: 'npm ci' failed; see $modules/npm.log"
    tail -5 "$modules/npm.log"
    exit 1
  fi
fi

rm -rf "$work"
mkdir -p "$work"
cp "$here/serve.mjs" "$modules/serve.mjs"
node "$modules/serve.mjs" "$pace" "$root" "$work"
