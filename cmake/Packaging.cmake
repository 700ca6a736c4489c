# A Debian package of the installed files (scripts/package.sh): `cpack -G DEB` in a release build.
# Library dependencies are computed by dpkg-shlibdeps; what is loaded at run time as a plugin, which
# it cannot see, is named by hand.
set(CPACK_PACKAGE_NAME pardesk)
set(CPACK_PACKAGE_VENDOR "ParDesk")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Plans, targets and agency reports of administrative reform")
set(CPACK_PACKAGE_CONTACT "ParDesk developers <pardesk@localhost>")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SQLite driver, the X11 (xcb) platform and the SVG icon engine are Qt plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# The PostgreSQL driver, for the offices that keep the store on a server (docs/server.md).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Plans, targets and agency reports of administrative reform
 ParDesk keeps the provinces' administrative-reform plans, their numeric targets
 and tasks, and the agencies' periodic statistics reports in a local SQLite file,
 checks the figures, prints the official appendix tables and draws charts for
 meetings. It works offline and ships the plans of Tuyen Quang, Bac Giang and
 Tra Vinh.")
include(CPack)
