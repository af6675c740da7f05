#!/usr/bin/env bash
# An import is all or nothing even when the process dies: against a copy of the built product with
# the Tver module installed, load the demo data, then import the 2021/22 figures over the 2022/23
# campaign (every value valid, most of them different) and kill the import with SIGKILL while it
# writes. The database must then hold exactly what it held before. A completed import is checked
# too, so that "unchanged" cannot come from an import that would have written nothing.
#   import-kill-test.sh PRODUCT_DIR SITE_DIR WORK_DIR VALUES_CSV
set -uo pipefail
PRODUCT="$1" SITE="$2" WORK="$3" VALUES="$4"
JAVA="${JAVA:-java}"
CAMPAIGN=tver-2022-23
. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

copy_product "$PRODUCT" "$WORK"
"$JAVA" -jar "$LAUNCHER" -nosplash -application org.eclipse.equinox.p2.director -destination "$INSTALL" \
	-profile DefaultProfile -repository "file:$SITE" -installIU org.profmonitor.region.tver.feature.feature.group \
	>"$WORK/director.log" 2>&1 || { echo "import kill test: the Tver module does not install"; tail -n 20 "$WORK/director.log"; exit 1; }

cli() {
	"$JAVA" -Dfile.encoding=UTF-8 -Djava.awt.headless=true -jar "$LAUNCHER" -nosplash \
		-application org.profmonitor.cli.application -data @none "$@"
}

# A command whose output only the log needs.
cli_logged() {
	cli "$@" >>"$WORK/cli.log" 2>&1
}

# What the database holds, as a user sees it: every indicator of every unit, with last year's.
snapshot() {
	cli results --campaign "$CAMPAIGN" --db "$1" >"$2" 2>>"$WORK/cli.log"
}

echo "import kill test: $VALUES over $CAMPAIGN"
check "demo data loads" cli_logged demo --db "$WORK/pristine"
snapshot "$WORK/pristine" "$WORK/before.csv"
check "the import would change values (dry run)" \
	bash -c "'$JAVA' -Dfile.encoding=UTF-8 -jar '$LAUNCHER' -nosplash -application org.profmonitor.cli.application -data @none \
		import --campaign $CAMPAIGN --dry-run '$VALUES' --db '$WORK/pristine' | tee -a '$WORK/cli.log' | grep -Eq '(изменённых [1-9])|([1-9][0-9]* changed)'"

cp -a "$WORK/pristine" "$WORK/completed"
check "a completed import writes" cli_logged import --campaign "$CAMPAIGN" "$VALUES" --db "$WORK/completed"
snapshot "$WORK/completed" "$WORK/after.csv"
check "the completed import changed the results" bash -c "! cmp -s '$WORK/before.csv' '$WORK/after.csv'"

# Kill the import with SIGKILL at the moment its thread dump shows it inside the store's value
# writer, i.e. in the middle of the one transaction, before its commit. The JVM is watched with
# jcmd; a run it does not catch in the act must still end up entirely before or entirely after.
JCMD="$(dirname "$JAVA")/jcmd"
kill_while_writing() {
	local db="$WORK/killed-$1"
	cp -a "$WORK/pristine" "$db"
	(exec "$JAVA" -Dfile.encoding=UTF-8 -Djava.awt.headless=true -jar "$LAUNCHER" -nosplash \
		-application org.profmonitor.cli.application -data @none \
		import --campaign "$CAMPAIGN" "$VALUES" --db "$db" >>"$WORK/cli.log" 2>&1) &
	local pid=$! caught=0
	for _ in $(seq 1 600); do
		if "$JCMD" "$pid" Thread.print 2>/dev/null | grep -q 'org.profmonitor.store.internal.ValueWriter'; then
			kill -9 "$pid" 2>/dev/null
			caught=1
			break
		fi
		kill -0 "$pid" 2>/dev/null || break
	done
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	echo "$caught" >"$db.caught"
	snapshot "$db" "$db.csv"
}

before_or_after() {
	cmp -s "$WORK/before.csv" "$1" || cmp -s "$WORK/after.csv" "$1"
}

caught_any=1
for attempt in 1 2 3; do
	kill_while_writing "$attempt"
	if grep -qx 1 "$WORK/killed-$attempt.caught"; then
		caught_any=0
		check "attempt $attempt, killed inside the value writer: the database holds exactly what it held before" \
			cmp -s "$WORK/before.csv" "$WORK/killed-$attempt.csv"
	else
		check "attempt $attempt, not caught writing: the database holds all of the import or none of it" \
			before_or_after "$WORK/killed-$attempt.csv"
	fi
	check "attempt $attempt: the database opens again and the same import then completes" \
		cli_logged import --campaign "$CAMPAIGN" "$VALUES" --db "$WORK/killed-$attempt"
done
check "at least one import was killed while it wrote" test "$caught_any" -eq 0
echo "import kill test: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || { echo "log: $WORK/cli.log"; tail -n 30 "$WORK/cli.log"; exit 1; }
