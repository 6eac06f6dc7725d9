#!/bin/bash
# SPDX-License-Identifier: MIT
# Output safety that golden cases cannot express: -o onto an input through a symlink or a hard
# link, -o onto a character device, a full standard output, and SIGTERM during a long -o write.
# Usage: output_safety.sh PACE ROOT WORK_DIR
set -u
pace=$1
root=$2
work=$3
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 2
export PACE_RUBRICS=
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
# expect RC STDERR -- command...: runs the command and compares exit code and whole stderr.
expect() {
  local want_rc=$1 want_err=$2
  shift 3
  local err rc
  err=$("$@" 2>&1 >/dev/null)
  rc=$?
  [ "$rc" = "$want_rc" ] || fail "$* exited $rc, not $want_rc"
  [ "$err" = "$want_err" ] || fail "$*: stderr was [$err], not [$want_err]"
}

cp "$root/tests/golden/score-minimal/input.toml" q.toml
mkdir rubrics
cp "$root/rubrics/iso27022-isms.toml" "$root/rubrics/iso33020.toml" rubrics/
cp rubrics/iso27022-isms.toml rubric.before

# A symlink to the rubric the run reads, and a hard link to it: both refused, rubric unchanged.
ln -s rubrics/iso27022-isms.toml rubric-link.toml
expect 2 "pace: error: refusing to write 'rubric-link.toml': it is one of the inputs" -- \
  "$pace" --rubrics rubrics score q.toml -o rubric-link.toml
ln rubrics/iso27022-isms.toml rubric-hard.toml
expect 2 "pace: error: refusing to write 'rubric-hard.toml': it is one of the inputs" -- \
  "$pace" --rubrics rubrics score q.toml -o rubric-hard.toml
expect 2 "pace: error: refusing to write './rubrics/../rubrics/iso33020.toml': it is one of the inputs" -- \
  "$pace" --rubrics rubrics profile q.toml -o ./rubrics/../rubrics/iso33020.toml
cmp -s rubrics/iso27022-isms.toml rubric.before || fail "the rubric was changed"

# A character device is not replaced by a regular file.
expect 2 "pace: error: refusing to write '/dev/null': not a regular file (use '-o -' for standard output)" -- \
  "$pace" --rubrics rubrics score q.toml -o /dev/null
[ -c /dev/null ] || fail "/dev/null is no longer a character device"

# A full standard output is an I/O error, for a small output and a large one.
if [ -w /dev/full ]; then
  expect 2 "pace: error: cannot write to standard output: No space left on device" -- \
    sh -c "'$pace' --version > /dev/full"
  expect 2 "pace: error: cannot write to standard output: No space left on device" -- \
    sh -c "'$pace' --rubrics rubrics score q.toml --format json > /dev/full"
fi

# SIGTERM while a portfolio is written to -o: the hidden temporary file is removed.
mkdir many
for i in $(seq -w 1 400); do cp "$root/assessments/example/2026.toml" "many/q$i.toml"; done
"$pace" score many -j 1 -o out.txt 2>/dev/null &
pid=$!
for _ in $(seq 1 500); do
  compgen -G ".out.txt.*" >/dev/null && break
  sleep 0.01
done
compgen -G ".out.txt.*" >/dev/null || fail "no temporary file appeared"
kill -TERM "$pid"
wait "$pid"
rc=$?
[ "$rc" = 143 ] || fail "pace exited $rc after SIGTERM, not 143 (killed by the signal)"
if compgen -G ".out.txt.*" >/dev/null; then fail "temporary file left behind: $(ls -a)"; fi
[ ! -e out.txt ] || fail "out.txt was written"

[ "$failures" = 0 ] && echo "all output safety checks passed"
[ "$failures" = 0 ]
