# SPDX-License-Identifier: MIT
# `pace actions import` on real files: the example register and a plan CSV that `pace gaps
# assessments/example/2026.toml --format csv` wrote and a spreadsheet user then filled in
# (plan-2026-filled.csv: two rows update registered actions, two add new ones, one with a
# formula-like owner). Imports twice; the register must equal expected-register.toml after the
# first run and be unchanged by the second, and every line of the original register must still
# be there, byte for byte, except the values that were updated.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(register ${WORK_DIR}/actions.toml)
file(COPY_FILE ${ROOT}/assessments/example/actions.toml ${register})
set(here ${ROOT}/tests/actions)

foreach(run first second)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=PACE_RUBRICS ${PACE} actions import
                          ${here}/plan-2026-filled.csv --into ${register}
                  WORKING_DIRECTORY ${WORK_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)
  string(REPLACE "${WORK_DIR}/" "" out "${out}")
  if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "${run} import failed (${rc}):\n${out}${err}")
  endif()
  set(expected_out ${here}/expected-${run}.stdout)
  if("$ENV{GOLDEN_UPDATE}" STREQUAL "1")
    file(WRITE ${expected_out} "${out}")
  else()
    file(READ ${expected_out} want)
    if(NOT out STREQUAL want)
      message(FATAL_ERROR "${run} import printed:\n${out}\nexpected:\n${want}")
    endif()
  endif()
  if(run STREQUAL "first")
    if("$ENV{GOLDEN_UPDATE}" STREQUAL "1")
      file(COPY_FILE ${register} ${here}/expected-register.toml)
    endif()
    file(READ ${register} after_first)
    file(READ ${here}/expected-register.toml want)
    if(NOT after_first STREQUAL want)
      message(FATAL_ERROR "register after the first import differs: diff -u "
                          "${here}/expected-register.toml ${register}")
    endif()
  endif()
endforeach()
file(READ ${register} after_second)
if(NOT after_second STREQUAL after_first)
  message(FATAL_ERROR "the second import changed the register")
endif()

# Every original line is still there in order, apart from the updated values.
# (CMake lists split on ';', so semicolons are masked first.)
function(read_lines path var)
  file(READ ${path} text)
  string(REPLACE ";" "<semicolon>" text "${text}")
  string(REPLACE "\n" ";" text "${text}")
  set(${var} "${text}" PARENT_SCOPE)
endfunction()
read_lines(${ROOT}/assessments/example/actions.toml original)
read_lines(${register} result)
list(LENGTH original count)
list(SUBLIST result 0 ${count} head)
set(changed 0)
foreach(a b IN ZIP_LISTS original head)
  if(NOT a STREQUAL b)
    math(EXPR changed "${changed} + 1")
    if(NOT a MATCHES "^(due|status|owner) = ")
      message(FATAL_ERROR "an untouched line changed:\n  ${a}\n  ${b}")
    endif()
  endif()
endforeach()
if(NOT changed EQUAL 2)
  message(FATAL_ERROR "expected 2 updated value lines, found ${changed}")
endif()

execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=PACE_RUBRICS ${PACE} validate ${register}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the imported register does not validate:\n${out}${err}")
endif()
