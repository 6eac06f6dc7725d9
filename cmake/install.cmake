# SPDX-License-Identifier: MIT
# How an installed pace finds its data, the man page and bash completion generated from the
# built binary's --help, and what `cmake --install` puts where (cmake/package.cmake makes the
# same install tree into a .deb).

# The data directory is found relative to the binary (src/cli/data_dir.cpp), so an installed
# tree still works when moved. The checkout's rubrics/ is searched only by the binary in this
# build directory (pace is linked at its top; the real path, as /proc/self/exe reports it).
file(RELATIVE_PATH PACE_DATA_FROM_BIN ${CMAKE_INSTALL_FULL_BINDIR}
     ${CMAKE_INSTALL_FULL_DATADIR}/pace)
file(REAL_PATH ${CMAKE_CURRENT_BINARY_DIR} PACE_BUILD_DIR)
set_property(SOURCE src/cli/data_dir.cpp APPEND PROPERTY COMPILE_DEFINITIONS
  PACE_DATA_FROM_BIN="${PACE_DATA_FROM_BIN}" PACE_BUILD_DIR="${PACE_BUILD_DIR}"
  PACE_SOURCE_RUBRICS="${CMAKE_CURRENT_SOURCE_DIR}/rubrics")

# pace.1 and the completion come from `pace help` and `pace COMMAND --help`, so they cannot
# disagree with the binary (tests/package/check_man_page.sh checks the page).
set(PACE_MAN_PAGE ${CMAKE_CURRENT_BINARY_DIR}/pace.1)
set(PACE_BASH_COMPLETION ${CMAKE_CURRENT_BINARY_DIR}/pace.bash-completion)
add_custom_command(
  OUTPUT ${PACE_MAN_PAGE} ${PACE_BASH_COMPLETION}
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/packaging/generate-cli-docs $<TARGET_FILE:pace>
          ${PROJECT_VERSION} ${CMAKE_CURRENT_SOURCE_DIR}/packaging/pace.1.in ${PACE_MAN_PAGE}
          ${CMAKE_CURRENT_SOURCE_DIR}/packaging/pace.bash.in ${PACE_BASH_COMPLETION}
  DEPENDS pace packaging/generate-cli-docs packaging/pace.1.in packaging/pace.bash.in
  COMMENT "Generating pace.1 and the bash completion from pace --help"
  VERBATIM)
add_custom_target(pace_cli_docs ALL DEPENDS ${PACE_MAN_PAGE} ${PACE_BASH_COMPLETION})

install(TARGETS pace RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY rubrics/ DESTINATION ${CMAKE_INSTALL_DATADIR}/pace/rubrics
        FILES_MATCHING PATTERN "*.toml" PATTERN "*.md")
install(FILES ${PACE_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PACE_BASH_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME pace)
# The docs keep the checkout's layout, so their links to each other still work.
install(FILES LICENSE README.md CHANGELOG.md ARCHITECTURE.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs FILES_MATCHING PATTERN "*.md")
install(FILES rubrics/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR}/rubrics)
install(FILES assessments/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR}/assessments)
install(DIRECTORY assessments/example DESTINATION ${CMAKE_INSTALL_DOCDIR}/assessments)
