#!/bin/sh
# The country-scale benchmarks (issue 8): every figure with its baseline from the same run on the
# same data, and the ratio. Not part of ./run-tests or of the Maven test phase.
#
#   releng/benchmarks/run.sh [--rebuild] [--profile] [--regions N] [--municipalities-per-region M]
#                            [--organisations-per-municipality K] [--campaigns C] [--seed S] [--skip-import]
#                            [--only recompute|import]
#
# Defaults: the country of issue 8 (85 x 27 x 17 organisations, 2 campaigns). The data is
# generated once into releng/benchmarks/target/ and reused while the settings stay the same.
# --only runs one section (after the data is there): recompute (with heap and edit) or import.
# --profile records a JFR file (target/benchmarks.jfr) and prints the hottest methods.
#
# The benchmarks run the built bundle jars on a plain class path (see README.md for why).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
. releng/scripts/java-home.sh

rebuild=no
profile=no
pass=""
for arg in "$@"; do
    case "$arg" in
    --rebuild) rebuild=yes ;;
    --profile) profile=yes ;;
    *) pass="$pass $arg" ;;
    esac
done

bundles="model core derby store exchange cycle generator"
missing=no
for b in $bundles; do
    ls bundles/org.profmonitor.$b/target/org.profmonitor.$b-*.jar >/dev/null 2>&1 || missing=yes
done
if [ $rebuild = yes ] || [ $missing = yes ]; then
    echo "Building the bundles the benchmarks run (offline, no tests)..."
    ./mvnw -o -B -q package -DskipTests \
        -pl target-platform,bundles/org.profmonitor.generator,bundles/org.profmonitor.cycle -am
fi

# Our jars, Derby as the derby bundle carries it, and the third-party jars the target platform
# pins, from the local Maven repository (the build put them there).
. "$here/classpath.sh"
cp=":$(bundle_jars $bundles)"
for j in bundles/org.profmonitor.derby/lib/*.jar; do cp="$cp:$j"; done
cp="$cp:$(jar org/eclipse/emf org.eclipse.emf.ecore 2.43.0):$(jar org/eclipse/emf org.eclipse.emf.ecore.xmi 2.41.0)"
cp="$cp:$(jar org/eclipse/emf org.eclipse.emf.common 2.46.0):$(jar org/eclipse/platform org.eclipse.osgi 3.24.300)"
cp="$cp:$(jar org/eclipse/platform org.eclipse.core.runtime 3.35.0):$(jar org/eclipse/platform org.eclipse.equinox.common)"
cp="$cp:$(jar org/apache/commons commons-csv 1.14.1):$(jar commons-codec commons-codec):$(jar org/apache/poi poi 5.5.0):$(jar org/apache/poi poi-ooxml 5.5.0)"
cp="$cp:$(jar commons-io commons-io):$(jar org/apache/commons commons-collections4 4.5.0)"
cp="$cp:$(jar org/apache/xmlbeans xmlbeans 5.3.0):$(jar org/apache/logging/log4j log4j-api 2.25.2)"
cp=${cp#:}

classes="$here/target/classes"
rm -rf "$classes"
mkdir -p "$classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$classes" -cp "$cp" $(find "$here/src" -name '*.java')

jfr=""
if [ $profile = yes ]; then
    jfr="-XX:StartFlightRecording=filename=$here/target/benchmarks.jfr,settings=profile"
fi
# 1 GiB: the country's target; the benchmark fails with OutOfMemoryError if it does not fit.
# Derby's own log goes beside the data, not into the working directory.
"$JAVA_HOME/bin/java" -Xmx1g ${JAVA_OPTS:-} $jfr \
    -Dderby.stream.error.file="$here/target/derby.log" \
    -cp "$classes:$cp" org.profmonitor.benchmarks.Benchmarks \
    --work "$here/target" \
    --set-file bundles/org.profmonitor.region.tver/data/indicators.xmi \
    --set-id org.profmonitor.region.tver.set2022 $pass
echo "Figures also in $here/target/benchmarks.md"
if [ $profile = yes ]; then
    "$JAVA_HOME/bin/jfr" view --width 200 hot-methods "$here/target/benchmarks.jfr" || true
fi
