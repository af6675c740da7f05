#!/bin/sh
# Regenerates bundles/org.profmonitor.model/src-gen from model/profmonitor.genmodel
# with the standalone EMF generator (no Eclipse IDE needed).
# Usage: releng/org.profmonitor.model.codegen/regenerate.sh   (from anywhere)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

# A JDK >= 21: JAVA_HOME if set, else the Temurin 25 installed on the build machines.
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export JAVA_HOME

# The repository's Maven wrapper if there is one, else mvn on PATH.
if [ -x "$root/mvnw" ]; then mvn="$root/mvnw"; else mvn=mvn; fi

# -f keeps this project out of the Tycho reactor; it is never a module of the root pom.
exec "$mvn" -q -B -f "$here/pom.xml" compile exec:java \
    -Dprofmonitor.model.bundle="$root/bundles/org.profmonitor.model"
