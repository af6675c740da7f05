# Sourced by the test scripts: check DESCRIPTION COMMAND... runs the command, prints "ok" or
# "FAILED" with the description, and counts them in $passed and $failed.
passed=0
failed=0

check() {
	local description="$1"
	shift
	if "$@"; then
		echo "  ok      $description"
		passed=$((passed + 1))
	else
		echo "  FAILED  $description"
		failed=$((failed + 1))
	fi
}

# copy_product PRODUCT WORK: a fresh copy of the materialized product in WORK/profmonitor, so that
# a test never changes the build's own product; sets INSTALL, LAUNCHER and BUNDLES_INFO for it.
copy_product() {
	rm -rf "$2"
	mkdir -p "$2"
	cp -a "$1" "$2/profmonitor"
	INSTALL="$2/profmonitor"
	LAUNCHER=$(ls "$INSTALL"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
	BUNDLES_INFO="$INSTALL/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
}
