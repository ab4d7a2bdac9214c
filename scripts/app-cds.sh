#!/usr/bin/env bash
# Prints the JVM flag that maps the class-data archive (AppCDS) of a service's quarkus-run.jar run by its absolute
# path, making the archive first when it is missing or older than the jar:
#   java $(cat scripts/jvm-options) $(scripts/app-cds.sh "$jar") -jar "$(readlink -f "$jar")"
# Services are built with quarkus.package.jar.appcds.enabled (services/pom.xml), so their jar has Quarkus' archive
# mode (-Dquarkus.appcds.generate=true): it loads the application up to its beans and exits, with no database, and
# the JVM dumps every class loaded so far. Quarkus' own app-cds.jsa holds only for `java -jar quarkus-run.jar` in the
# jar's directory (an archive holds for no other JVM or jar path); this one, app-cds-local.jsa, for the absolute path
# that the run script and the benchmarks use. The image makes its own at build time (deploy/Dockerfile.jvm). When no
# archive can be made nothing is printed: the service starts as before, only slower.
set -euo pipefail
jar=$(readlink -f "${1:?path to the quarkus-run.jar of a service}")
archive="$(dirname "$jar")/app-cds-local.jsa"
if [ ! -s "$archive" ] || [ "$archive" -ot "$jar" ]; then
  rm -f "$archive"
  # A jar built without the archive mode would start for real: the timeout ends it, and no archive is used.
  timeout 180 java $(cat "$(dirname "$0")/jvm-options") -XX:ArchiveClassesAtExit="$archive" \
    -Dquarkus.appcds.generate=true -jar "$jar" >/dev/null 2>&1 || rm -f "$archive"
fi
[ -s "$archive" ] && echo "-XX:SharedArchiveFile=$archive" || true
