#!/usr/bin/env bash
# The workbench's «Региональные модули» path, proven on every build against a copy of the
# materialized product and the built site: the same p2 operations the dialog runs
# (org.profmonitor.ui.update.internal.RegionModules), driven through the product's
# org.profmonitor.ui.update.modules application, inside the product's own p2 profile.
#   modules-install-test.sh PRODUCT_DIR SITE_DIR WORK_DIR FEATURE_ID
set -uo pipefail
PRODUCT="$1" SITE="$2" WORK="$3" FEATURE="$4"
JAVA="${JAVA:-java}"
. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

copy_product "$PRODUCT" "$WORK"
GROUP="$FEATURE.feature.group"
BUNDLE="${FEATURE%.feature}"
VERSION=$(ls "$SITE"/features/ | sed -n "s/^${FEATURE}_\(.*\)\.jar$/\1/p" | head -n 1)

modules() {
	"$JAVA" -Dosgi.nl=ru -jar "$LAUNCHER" -nosplash -application org.profmonitor.ui.update.modules "$@" \
		2>>"$WORK/modules.log"
}

lists_nothing() {
	modules list >"$WORK/list-before.out" && [ ! -s "$WORK/list-before.out" ]
}

site_lists_the_module() {
	modules available --site "$SITE" >"$WORK/available.out" \
		&& grep -q "^$GROUP	$VERSION	ProfMonitor: " "$WORK/available.out"
}

installs() {
	modules install --site "$SITE" "$GROUP" >"$WORK/install.out"
}

lists_the_module_with_its_version() {
	modules list >"$WORK/list-after.out" && grep -q "^$GROUP	$VERSION	ProfMonitor: " "$WORK/list-after.out"
}

in_bundles_info() {
	grep -q "^$BUNDLE," "$BUNDLES_INFO"
}

regions_lists() {
	"$JAVA" -jar "$LAUNCHER" -nosplash -application org.profmonitor.cli.application -data @none regions \
		>"$WORK/regions.out" 2>>"$WORK/modules.log" && grep -q "^$BUNDLE\." "$WORK/regions.out"
}

no_updates() {
	modules updates --site "$SITE" >"$WORK/updates.out" && [ ! -s "$WORK/updates.out" ]
}

unknown_module_is_named() {
	! modules install --site "$SITE" org.profmonitor.region.nowhere.feature.feature.group \
		&& tail -n 1 "$WORK/modules.log" | grep -q "org.profmonitor.region.nowhere.feature.feature.group"
}

echo "modules install test: $GROUP $VERSION from $SITE into a copy of $PRODUCT"
check "the site holds $FEATURE (version $VERSION)" test -n "$VERSION"
check "no region module installed before" lists_nothing
check "the site's modules include $GROUP $VERSION" site_lists_the_module
check "installs $GROUP through p2's InstallOperation" installs
check "lists $GROUP $VERSION as installed" lists_the_module_with_its_version
check "$BUNDLE is in the product's bundles.info" in_bundles_info
check "./profmonitor regions lists the region's indicator set" regions_lists
check "the same site offers no update" no_updates
check "a module not on the site is refused, named" unknown_module_is_named
echo "modules install test: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || { echo "log: $WORK/modules.log"; tail -n 40 "$WORK/modules.log"; exit 1; }
