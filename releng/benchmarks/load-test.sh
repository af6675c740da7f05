#!/bin/sh
# Issue 9's load test: 40 municipal users entering data at once into one region's campaign on a
# PostgreSQL server of its own, for a bounded time; throughput, latency percentiles, conflicts,
# and a check that no value was lost or duplicated. Not part of ./run-tests.
#
#   releng/benchmarks/load-test.sh [--clients N] [--seconds S] [--organisations-per-municipality K]
#
# The server: initdb into releng/benchmarks/target/load-pg (deleted afterwards), pg_ctl on a free
# loopback port, trust authentication on loopback only; as the user nobody when run as root
# (PostgreSQL refuses root), like the tests' PostgresServer.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
. releng/scripts/java-home.sh

pgbin=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV) /usr/local/bin /usr/local/pgsql/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then pgbin=$d; break; fi
done
[ -n "$pgbin" ] || { echo "PostgreSQL (initdb, pg_ctl) is not installed: apt-get install postgresql" >&2; exit 1; }

bundles="model store"
for b in $bundles; do
    if ! ls bundles/org.profmonitor.$b/target/org.profmonitor.$b-*.jar >/dev/null 2>&1; then
        echo "Building the bundles the load test runs (offline, no tests)..."
        ./mvnw -o -B -q package -DskipTests -pl target-platform,bundles/org.profmonitor.store -am
        break
    fi
done
. "$here/classpath.sh"
cp=":$(bundle_jars $bundles)"
cp="$cp:$(jar org/postgresql postgresql 42.7.13)"
cp="$cp:$(jar org/eclipse/emf org.eclipse.emf.ecore 2.43.0):$(jar org/eclipse/emf org.eclipse.emf.common 2.46.0)"
cp="$cp:$(jar org/eclipse/platform org.eclipse.osgi 3.24.300):$(jar org/eclipse/platform org.eclipse.core.runtime 3.35.0)"
cp="$cp:$(jar org/eclipse/platform org.eclipse.equinox.common)"
cp=${cp#:}

classes="$here/target/load-classes"
rm -rf "$classes"
mkdir -p "$classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$classes" -cp "$cp" $(find "$here/load/src" -name '*.java')

pg="$here/target/load-pg"
rm -rf "$pg"
mkdir -p "$pg"
chmod 777 "$pg"
as=""
[ "$(id -u)" = 0 ] && as="runuser -u nobody --"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
$as "$pgbin/initdb" -D "$pg/data" -U profmonitor --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$pg/initdb.log"
# enough connections for 40 clients that each open one per save, and the administrator's
$as "$pgbin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $pg -c max_connections=200 ${PG_OPTS:-}" start >/dev/null
stop() { $as "$pgbin/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$pg"; }
trap stop EXIT INT TERM
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"

"$JAVA_HOME/bin/java" -Xmx1g ${JAVA_OPTS:-} -Duser.language=ru -cp "$classes:$cp" \
    org.profmonitor.benchmarks.load.LoadTest --server "jdbc:postgresql://127.0.0.1:$port" "$@"
