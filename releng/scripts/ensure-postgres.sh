# Sourced by ./run-tests: the store's tests run against a real PostgreSQL server that they start
# themselves (initdb + pg_ctl on a free loopback port, store.testing.PostgresServer). This makes sure
# the server's programs are on the machine: on a fresh CI machine it installs Debian's package when
# it runs as root. The tests look in the same places as this check.

profmonitor_has_postgres() {
	local folder
	for folder in /usr/lib/postgresql/*/bin ${PATH//:/ } /usr/local/pgsql/bin; do
		[ -x "$folder/initdb" ] && [ -x "$folder/pg_ctl" ] && return 0
	done
	return 1
}

if ! profmonitor_has_postgres; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "Installing PostgreSQL for the shared-database tests" >&2
		apt-get update -qq >&2
		# the package's own cluster is not used (and may not start in a container): do not fail on it
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || true
	fi
	if ! profmonitor_has_postgres; then
		echo "The shared-database tests need PostgreSQL's server programs (initdb, pg_ctl). Install them (sudo apt-get install postgresql) and run again." >&2
		return 1 2>/dev/null || exit 1
	fi
fi
