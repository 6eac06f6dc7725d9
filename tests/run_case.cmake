# SPDX-License-Identifier: MIT
# Runs one golden case: tests/golden/<case>/args holds one argument per line ($ROOT = the source
# tree, $OUT = a fresh scratch directory, $CASE = the case directory; lines starting with '#' are
# comments). The binary runs in the case directory. Compared byte for byte:
#   expected.stdout, expected.stderr, expected.rc     what pace printed and returned
#   expected.<ext> (any other)                        the file $OUT/out.<ext> that pace wrote
# Paths of $ROOT, $OUT and $CASE in the output are replaced by those names first. With the
# environment variable GOLDEN_UPDATE=1 the expected files are rewritten instead: review the diff.
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(STRINGS ${CASE_DIR}/args lines ENCODING UTF-8)
set(arguments)
foreach(line IN LISTS lines)
  if(line MATCHES "^#")
    continue()
  endif()
  string(REPLACE "$ROOT" "${ROOT}" line "${line}")
  string(REPLACE "$OUT" "${WORK_DIR}" line "${line}")
  string(REPLACE "$CASE" "${CASE_DIR}" line "${line}")
  list(APPEND arguments "${line}")
endforeach()

execute_process(
  COMMAND ${CMAKE_COMMAND} -E env --unset=PACE_RUBRICS ${PACE} ${arguments}
  WORKING_DIRECTORY ${CASE_DIR}
  RESULT_VARIABLE rc OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)

function(normalise var)
  set(text "${${var}}")
  string(REPLACE "${WORK_DIR}" "$OUT" text "${text}")
  string(REPLACE "${CASE_DIR}" "$CASE" text "${text}")
  string(REPLACE "${ROOT}" "$ROOT" text "${text}")
  set(${var} "${text}" PARENT_SCOPE)
endfunction()
normalise(stdout)
normalise(stderr)

set(failed FALSE)
function(check name actual)
  set(expected_file ${CASE_DIR}/expected.${name})
  if("$ENV{GOLDEN_UPDATE}" STREQUAL "1")
    if(NOT "${actual}" STREQUAL "" OR EXISTS ${expected_file} OR name MATCHES "^(stdout|stderr|rc)$")
      file(WRITE ${expected_file} "${actual}")
    endif()
    return()
  endif()
  if(EXISTS ${expected_file})
    file(READ ${expected_file} expected)
  else()
    set(expected "")
  endif()
  if(NOT "${actual}" STREQUAL "${expected}")
    file(WRITE ${WORK_DIR}/actual.${name} "${actual}")
    message(SEND_ERROR "golden mismatch in expected.${name}:\n"
            "  diff -u ${expected_file} ${WORK_DIR}/actual.${name}\n"
            "--- expected ---\n${expected}\n--- actual ---\n${actual}")
  endif()
endfunction()

check(stdout "${stdout}")
check(stderr "${stderr}")
check(rc "${rc}\n")

# Output files: every expected.<ext> beyond the three above, plus every out.* pace wrote.
file(GLOB expected_outputs RELATIVE ${CASE_DIR} ${CASE_DIR}/expected.*)
file(GLOB written_outputs RELATIVE ${WORK_DIR} ${WORK_DIR}/out.*)
set(extensions)
foreach(f IN LISTS expected_outputs)
  string(REGEX REPLACE "^expected\\." "" ext "${f}")
  if(NOT ext MATCHES "^(stdout|stderr|rc)$")
    list(APPEND extensions ${ext})
  endif()
endforeach()
foreach(f IN LISTS written_outputs)
  string(REGEX REPLACE "^out\\." "" ext "${f}")
  list(APPEND extensions ${ext})
endforeach()
list(REMOVE_DUPLICATES extensions)
foreach(ext IN LISTS extensions)
  set(content "")
  if(EXISTS ${WORK_DIR}/out.${ext})
    file(READ ${WORK_DIR}/out.${ext} content)
    normalise(content)
  endif()
  check(${ext} "${content}")
endforeach()
