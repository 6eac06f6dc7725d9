# SPDX-License-Identifier: MIT
# `pace report` twice in every format, into different directories: the files must be identical
# byte for byte (no timestamps, no addresses, no unordered iteration).
#   cmake -DPACE=... -DROOT=... -DWORK_DIR=... -P deterministic.cmake
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE ${WORK_DIR})
foreach(run first second)
  file(MAKE_DIRECTORY ${WORK_DIR}/${run})
endforeach()
set(examples ${ROOT}/assessments/example)
foreach(format html md csv json)
  foreach(run first second)
    execute_process(
      COMMAND ${CMAKE_COMMAND} -E env --unset=PACE_RUBRICS
              ${PACE} report ${examples}/2026.toml --previous ${examples}/2025.toml
              --format ${format} -o ${WORK_DIR}/${run}/report.${format}
      RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc STREQUAL "0")
      message(FATAL_ERROR "pace report --format ${format} (${run} run) exited with ${rc}")
    endif()
  endforeach()
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK_DIR}/first/report.${format}
                          ${WORK_DIR}/second/report.${format}
                  RESULT_VARIABLE differ)
  if(NOT differ STREQUAL "0")
    message(SEND_ERROR "two runs of --format ${format} differ: "
                       "diff ${WORK_DIR}/first/report.${format} ${WORK_DIR}/second/report.${format}")
  endif()
endforeach()
