#!/usr/bin/env bash
# IT staff's path, proven on every build: install each region feature of the built update site
# into a copy of the materialized product with the p2 director the product carries, check that the
# product still starts and lists the region's indicator set, then uninstall the feature again.
#   p2-install-test.sh PRODUCT_DIR SITE_DIR WORK_DIR FEATURE_ID...
set -uo pipefail
PRODUCT="$1" SITE="$2" WORK="$3"
shift 3
JAVA="${JAVA:-java}"
. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

copy_product "$PRODUCT" "$WORK"

director() {
	"$JAVA" -jar "$LAUNCHER" -nosplash -application org.eclipse.equinox.p2.director \
		-destination "$INSTALL" -profile DefaultProfile "$@" >>"$WORK/director.log" 2>&1
}

installed_roots() {
	"$JAVA" -jar "$LAUNCHER" -nosplash -application org.eclipse.equinox.p2.director \
		-destination "$INSTALL" -profile DefaultProfile -listInstalledRoots 2>>"$WORK/director.log"
}

is_installed_root() {
	installed_roots | grep -q "^$1.feature.group/"
}

in_bundles_info() {
	grep -q "^$1," "$BUNDLES_INFO"
}

not_in_bundles_info() {
	! in_bundles_info "$1"
}

product_starts() {
	"$JAVA" -jar "$LAUNCHER" -nosplash -application org.profmonitor.cli.application -data @none --version \
		>"$WORK/version.out" 2>>"$WORK/director.log" && grep -q '^ProfMonitor ' "$WORK/version.out"
}

list_regions() {
	"$JAVA" -jar "$LAUNCHER" -nosplash -application org.profmonitor.cli.application -data @none regions \
		>"$WORK/regions.out" 2>>"$WORK/director.log"
}

regions_lists() {
	list_regions && grep -q "^$1\." "$WORK/regions.out"
}

regions_does_not_list() {
	list_regions && ! grep -q "^$1\." "$WORK/regions.out"
}

echo "p2 install test: site $SITE into a copy of $PRODUCT"
for feature in "$@"; do
	bundle="${feature%.feature}"
	echo "$feature:"
	check "not installed before" not_in_bundles_info "$bundle"
	check "director installs $feature.feature.group from the site" \
		director -repository "file:$SITE" -installIU "$feature.feature.group"
	check "$bundle is in the product's bundles.info" in_bundles_info "$bundle"
	check "$feature is an installed root of the profile" is_installed_root "$feature"
	check "the product still starts (--version)" product_starts
	check "./profmonitor regions lists the region's indicator set" regions_lists "$bundle"
	check "director uninstalls $feature.feature.group" director -uninstallIU "$feature.feature.group"
	check "$bundle is gone from bundles.info" not_in_bundles_info "$bundle"
	check "regions no longer lists it" regions_does_not_list "$bundle"
done
echo "p2 install test: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || { echo "director log: $WORK/director.log"; tail -n 40 "$WORK/director.log"; exit 1; }
