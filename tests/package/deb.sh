#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# package.deb: builds the .deb with cpack, checks its Depends and contents, unpacks it with
# dpkg-deb -x into a temporary root, MOVES that root, and runs `pace rubric list` and
# `pace score` on the example from there (PACE_RUBRICS unset, another working directory) under
# strace: no path under the source or build directory may be touched, the rubrics read must be
# the installed ones, and the output must equal the build-tree binary's (with the installed
# rubric directory in place of the checkout's). Then PACE_RUBRICS and --rubrics still add
# directories. Skips (77) when cpack, dpkg-deb or strace is missing (scripts/install-deps test).
#   deb.sh CPACK BUILD_PACE SOURCE_DIR BUILD_DIR WORK_DIR
set -euo pipefail
cpack=$1 build_pace=$2 source_dir=$(realpath "$3") build_dir=$(realpath "$4") work=$5
for tool in "$cpack" dpkg-deb strace; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed" >&2; exit 77; }
done
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
(cd "$work" && "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/cpack" >cpack.log 2>&1) ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/cpack/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single .deb: ${debs[*]}"
deb=${debs[0]}

# Depends names the Debian 12 runtime packages.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libtomlplusplus3 libboost-program-options1.74.0 libcpp-httplib0.11 libc6 libstdc++6 \
  libgcc-s1; do
  [[ ", $depends," == *", $package "* || ", $depends," == *", $package,"* ]] ||
    fail "Depends does not name $package"
done

# The payload.
contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
for path in ./usr/bin/pace ./usr/share/pace/rubrics/iso33020.toml \
  ./usr/share/pace/rubrics/iso27022-isms.toml ./usr/share/pace/rubrics/targets/certification-ready.toml \
  ./usr/share/pace/rubrics/crosswalks/iso27022-isms-2024_to_iso27022-isms.toml \
  ./usr/share/man/man1/pace.1 ./usr/share/bash-completion/completions/pace \
  ./usr/share/doc/pace/LICENSE ./usr/share/doc/pace/README.md ./usr/share/doc/pace/CHANGELOG.md \
  ./usr/share/doc/pace/rubrics/README.md ./usr/share/doc/pace/assessments/README.md; do
  grep -qxF "$path" <<<"$contents" || fail "the package lacks $path"
done

# Unpack outside the source and build directories, then move the root elsewhere.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pace-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
tmp=$(realpath "$tmp")
case $tmp/ in "$source_dir"/* | "$build_dir"/*) fail "temporary directory $tmp is inside the checkout" ;; esac
dpkg-deb -x "$deb" "$tmp/unpacked"
mkdir "$tmp/moved"
mv "$tmp/unpacked" "$tmp/moved/root"
root=$tmp/moved/root
installed_rubrics=$root/usr/share/pace/rubrics
mkdir "$tmp/work" "$tmp/elsewhere"
cp "$source_dir/assessments/example/2026.toml" "$tmp/work/2026.toml"

# Runs the installed pace from another directory under strace; the trace goes to $tmp/trace.$1.
traced() {
  local name=$1
  shift
  # LeakSanitizer cannot run under ptrace: off for the traced runs of an ASan build.
  (cd "$tmp/elsewhere" && env -u PACE_RUBRICS ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
    strace -f -qq -s 4096 -e trace=%file \
    -o "$tmp/trace.$name" "$root/usr/bin/pace" "$@")
}
check_trace() {
  local name=$1 touched
  touched=$(grep -F -e "\"$source_dir" -e "\"$build_dir" "$tmp/trace.$name" || true)
  [ -z "$touched" ] || fail "'pace $name' touched the checkout:"$'\n'"$touched"
}
# What the build-tree pace prints, its rubric directory replaced by the installed one.
expected() {
  (cd "$source_dir" && env -u PACE_RUBRICS "$build_pace" "$@") | sed "s|$source_dir/rubrics|$installed_rubrics|g"
}

traced rubric-list rubric list >"$tmp/rubric-list.out" || fail "'pace rubric list' failed"
cat "$tmp/rubric-list.out"
check_trace rubric-list
diff -u <(expected rubric list) "$tmp/rubric-list.out" || fail "'pace rubric list' differs"
grep -qE "openat\(AT_FDCWD, \"$installed_rubrics/iso27022-isms.toml\", O_RDONLY[^)]*\) = [0-9]" "$tmp/trace.rubric-list" ||
  fail "'pace rubric list' did not read $installed_rubrics/iso27022-isms.toml"

traced score score "$tmp/work/2026.toml" >"$tmp/score.out" || fail "'pace score' failed"
check_trace score
diff -u <(expected score "$tmp/work/2026.toml") "$tmp/score.out" || fail "'pace score' differs"
for file in iso27022-isms.toml iso33020.toml; do
  grep -qE "openat\(AT_FDCWD, \"$installed_rubrics/$file\", O_RDONLY[^)]*\) = [0-9]" "$tmp/trace.score" ||
    fail "'pace score' did not read $installed_rubrics/$file"
done
echo "score: $(head -n 2 "$tmp/score.out" | tail -n 1)"

# PACE_RUBRICS and --rubrics still come first.
for way in env option; do
  mkdir "$tmp/$way"
  sed "s/^id = \"iso27022-isms\"$/id = \"extra-$way\"/" "$installed_rubrics/iso27022-isms.toml" >"$tmp/$way/extra.toml"
done
list=$(cd "$tmp/elsewhere" && PACE_RUBRICS=$tmp/env "$root/usr/bin/pace" --rubrics "$tmp/option" rubric list)
[ "$(awk 'NR > 1 { print $2 }' <<<"$list" | tr '\n' ' ')" = "extra-option extra-env iso27022-isms-2024 iso27022-isms iso33020 " ] ||
  fail "--rubrics and PACE_RUBRICS are not searched first:"$'\n'"$list"
echo "ok: installed tree at $root reads only itself"
