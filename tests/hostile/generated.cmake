# SPDX-License-Identifier: MIT
# Hostile inputs too big to commit, written into the build tree at test time and run through
# `pace score -o`: each must end with exit 1, exactly the diagnostics in tests/hostile/CASE.expected
# (GOLDEN_UPDATE=1 rewrites them; for many-errors only the first one and the summary line are
# compared), no output file and no crash.
#   cmake -DPACE=... -DWORK_DIR=... -DCASE=huge-note|huge-label|many-errors|long-ids -P generated.cmake
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(input ${WORK_DIR}/input.toml)
set(header "schema = 1\n\n[assessment]\nid = \"hostile\"\norganisation = \"Hostile Input Ltd\"\ndate = 2026-03-14\nrubric = \"iso27022-isms\"\nmax_level = 1\n\n[[process]]\nid = \"COR.9\"\n\n")

# 10 MiB of text: 'x' doubled 20 times, then 10 times more by repetition of a 1 MiB block.
function(ten_mib var)
  set(block "x")
  foreach(i RANGE 1 20)
    string(APPEND block "${block}")
  endforeach()
  string(REPEAT "${block}" 10 text)
  set(${var} "${text}" PARENT_SCOPE)
endfunction()

if(CASE STREQUAL "huge-note")
  # A 10 MiB note is legal; the rating beside it is not. The diagnostic points at the rating.
  ten_mib(note)
  file(WRITE ${input} "${header}[process.ratings]\nBP1 = \"F\"\n\n[process.ratings.BP2]\nrating = \"Q\"\nnote = \"${note}\"\n")
  file(READ ${CMAKE_CURRENT_LIST_DIR}/huge-note.expected expected_stderr)
elseif(CASE STREQUAL "huge-label")
  # A 10 MiB rating label: the message, the source line and the underline are cut short.
  ten_mib(label)
  file(WRITE ${input} "${header}[process.ratings]\nBP1 = \"${label}\"\n")
  file(READ ${CMAKE_CURRENT_LIST_DIR}/huge-label.expected expected_stderr)
elseif(CASE STREQUAL "long-ids")
  # A 1 MiB assessment id and a 1 MiB unquoted dotted indicator id: checked without std::regex,
  # whose recursion per character overflowed the stack (found by fuzz_questionnaire).
  ten_mib(ten)
  string(SUBSTRING "${ten}" 0 1048576 long_id)
  string(REPLACE "x" "1" long_digits "${long_id}")
  string(REPLACE "id = \"hostile\"" "id = \"${long_id}\"" long_header "${header}")
  file(WRITE ${input} "${long_header}[process.ratings]\nGP${long_digits}.1 = \"F\"\n")
  file(READ ${CMAKE_CURRENT_LIST_DIR}/long-ids.expected expected_stderr)
elseif(CASE STREQUAL "many-errors")
  # 20,000 unknown indicators, one per line: rendering them must stay linear in the file size.
  set(body "${header}[process.ratings]\n")
  foreach(i RANGE 1 20000)
    string(APPEND body "X${i} = \"F\"\n")
  endforeach()
  file(WRITE ${input} "${body}")
  set(expected_head "$INPUT:10:1: warning: 5 of 5 indicators of process 'COR.9' not rated: BP1, BP2, BP3, BP4, BP5\n")
  set(expected_tail "\n20000 errors, 1 warning\n")
else()
  message(FATAL_ERROR "unknown CASE '${CASE}'")
endif()

execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=PACE_RUBRICS
                        ${PACE} --verbose score ${input} -o ${WORK_DIR}/out.txt
                RESULT_VARIABLE rc OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr
                TIMEOUT 120)
string(REPLACE "${input}" "$INPUT" stderr "${stderr}")
if(DEFINED expected_head)
  # Only the first diagnostic and the summary: the rest are 19,999 more of the same kind.
  string(FIND "${stderr}" "${expected_head}" head_at)
  string(FIND "${stderr}" "${expected_tail}" tail_at REVERSE)
  string(LENGTH "${stderr}" total)
  string(LENGTH "${expected_tail}" tail_length)
  math(EXPR tail_expected_at "${total} - ${tail_length}")
  if(head_at EQUAL 0 AND tail_at EQUAL tail_expected_at)
    set(stderr "${expected_head}...${expected_tail}")
  endif()
  set(expected_stderr "${expected_head}...${expected_tail}")
endif()
if(NOT rc STREQUAL "1")
  message(SEND_ERROR "exit code ${rc}, expected 1")
endif()
if(NOT stdout STREQUAL "")
  message(SEND_ERROR "unexpected standard output:\n${stdout}")
endif()
if(EXISTS ${WORK_DIR}/out.txt)
  message(SEND_ERROR "an output file was written")
endif()
file(GLOB leftovers ${WORK_DIR}/.out.txt.*)
if(leftovers)
  message(SEND_ERROR "temporary files left behind: ${leftovers}")
endif()
string(LENGTH "${stderr}" stderr_length)
if("$ENV{GOLDEN_UPDATE}" STREQUAL "1" AND NOT DEFINED expected_head)
  file(WRITE ${CMAKE_CURRENT_LIST_DIR}/${CASE}.expected "${stderr}")
elseif(NOT stderr STREQUAL expected_stderr)
  if(stderr_length GREATER 20000)
    string(SUBSTRING "${stderr}" 0 20000 stderr)
    string(APPEND stderr "\n[... ${stderr_length} bytes in all]")
  endif()
  message(SEND_ERROR "standard error differs\n--- expected ---\n${expected_stderr}\n--- actual ---\n${stderr}")
endif()
