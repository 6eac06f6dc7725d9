# SPDX-License-Identifier: MIT
# `cpack` in the build directory makes a Debian package of the install (cmake/install.cmake):
# pace_<version>_<arch>.deb, installing under /usr. Depends comes from dpkg-shlibdeps (package
# dpkg-dev) when present, else the Debian 12 runtime packages are named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pace)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "the pace authors")
set(CPACK_PACKAGE_CONTACT "the pace authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "process assessment & capability evaluation (ISO/IEC 33020 style)")
set(CPACK_PACKAGE_DESCRIPTION
    "pace scores an information-security assessor's evidence questionnaire: every process of an
ISMS process reference model (by default the ISMS processes of ISO/IEC TS 27022) on an
ISO/IEC 33020-style measurement framework, explains every capability level and lists what
stands between each process and its target. Questionnaires and rubrics are TOML files; results
are deterministic text, JSON, CSV, Markdown and HTML.")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "the pace authors")
find_program(PACE_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(PACE_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libboost-program-options1.74.0, libc6 (>= 2.34), libcpp-httplib0.11 (>= 0.11.4), libgcc-s1 (>= 3.0), libstdc++6 (>= 12), libtomlplusplus3 (>= 3.3.0)")
endif()
include(CPack)
