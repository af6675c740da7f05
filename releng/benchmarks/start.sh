#!/usr/bin/env bash
# The workbench start benchmark (issue 8): ProfMonitor's workbench from process start to its
# window mapped on the display, against a bare e4 application (bare/: an Application.e4xmi with
# one trimmed window titled "bare", run by E4Application, no code) on the same OSGi framework and
# the same platform bundles: the built product's plugins/ and bundles.info without ProfMonitor's
# own bundles. Each run gets a fresh configuration area (cold: no OSGi cache) and then starts once
# more with that area (warm). Runs alternate between the two, so that both see the same load of a
# shared machine. Not part of ./run-tests.
#
#   releng/benchmarks/start.sh [RUNS]         (default 5; medians; table in target/start.md)
#   START_PROFILE=1 releng/benchmarks/start.sh 1   also a JFR recording of one warm start
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-5}
work="$here/target/start"
timeout_s=240
. "$root/releng/scripts/java-home.sh"

product="$root/releng/org.profmonitor.product/target/products/org.profmonitor.product/linux/gtk/x86_64/profmonitor"
# ./profmonitor installs the update site's region modules into the product on its first use, so
# the site is built with the product: that is the workbench a developer starts.
if ! ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar >/dev/null 2>&1 \
		|| [ ! -f "$root/releng/org.profmonitor.site/target/repository/content.jar" ]; then
	echo "Building the product and the update site..." >&2
	(cd "$root" && ./mvnw -o -B -q -DskipTests -pl releng/org.profmonitor.product,releng/org.profmonitor.site -am verify) >&2
fi
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)

for tool in xdotool bc; do
	if ! command -v $tool >/dev/null 2>&1; then
		if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tool >&2
		else
			echo "The start benchmark needs $tool: sudo apt-get install $tool" >&2
			exit 1
		fi
	fi
done
# A display of our own, checked alive: two scripts picking a free number at once get the same one,
# and the other one's Xvfb ends with it.
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null 2>&1; then
	for n in $(seq 140 199); do
		[ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
		Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
		xvfb=$!
		sleep 1
		if kill -0 $xvfb 2>/dev/null; then
			export DISPLAY=":$n"
			trap 'kill $xvfb 2>/dev/null' EXIT
			break
		fi
	done
fi
. "$root/releng/scripts/ensure-display.sh" # GTK 3 and Xvfb if missing, a display if ours did not start

rm -rf "$work"
mkdir -p "$work"
data="$work/data"
# The first start of ./profmonitor loads the demo campaigns (and installs the region modules);
# done here once, so that what is timed is the normal start with the data in place.
PROFMONITOR_DATA="$data" "$root/profmonitor" demo --db "$data/db" >"$work/demo.log" 2>&1 \
	|| { echo "the demo data does not load:" >&2; tail -5 "$work/demo.log" >&2; exit 1; }

# The configuration templates: the product's own, and the same without ProfMonitor's bundles,
# with the bare bundle (a folder) and E4Application instead of the product.
sc=org.eclipse.equinox.simpleconfigurator
mkdir -p "$work/template-pm/$sc" "$work/template-bare/$sc"
# Relative to the configuration area in the product, so made absolute: the profile stays the
# product's (the region modules dialog reads it).
sed "s|^eclipse\.p2\.data\.area=@config.dir/\.\./p2|eclipse.p2.data.area=file:$product/p2|" \
	"$product/configuration/config.ini" >"$work/template-pm/config.ini"
cp "$product/configuration/$sc/bundles.info" "$work/template-pm/$sc/"
# Not cascaded: otherwise the framework reads the product's own configuration area (its
# config.ini and OSGi cache) beneath ours, and no start would be cold.
echo 'osgi.configuration.cascaded=false' >>"$work/template-pm/config.ini"
grep -v '^eclipse\.product=\|^eclipse\.application=' "$work/template-pm/config.ini" >"$work/template-bare/config.ini"
echo 'eclipse.application=org.eclipse.e4.ui.workbench.swt.E4Application' >>"$work/template-bare/config.ini"
{
	grep -v '^org\.profmonitor\.' "$product/configuration/$sc/bundles.info"
	echo "org.profmonitor.benchmarks.bare,1.0.0,file:$here/bare/,4,false"
} >"$work/template-bare/$sc/bundles.info"

# The launcher's VM arguments (./profmonitor), and the profile options of this run, if any.
vmargs=(-Dfile.encoding=UTF-8 -Dosgi.requiredJavaVersion=21 -Xms128m -Xmx1g)
extra=()
cmd=()
command_of() { # app config-area -> the command line in cmd
	case "$1" in
	pm) cmd=(java "${vmargs[@]}" "${extra[@]}" -Dprofmonitor.data="$data" -jar "$launcher"
		-configuration "$2" -data "$data/workspace") ;;
	bare) cmd=(java "${vmargs[@]}" "${extra[@]}" -jar "$launcher" -configuration "$2"
		-data "$work/bare-workspace" -applicationXMI org.profmonitor.benchmarks.bare/Application.e4xmi) ;;
	esac
}
title_of() { case "$1" in pm) echo '^ProfMonitor' ;; bare) echo '^bare' ;; esac; }

# Seconds from the process start to its window being viewable; the process is then ended.
timed_start() { # app config-area
	local app=$1 cfg=$2 log="$work/$1.log" t0 now pid
	t0=$(date +%s%N)
	command_of "$app" "$cfg"
	"${cmd[@]}" >>"$log" 2>&1 &
	pid=$!
	until xdotool search --onlyvisible --name "$(title_of "$app")" >/dev/null 2>&1; do
		now=$(date +%s%N)
		if ! kill -0 $pid 2>/dev/null || [ $(((now - t0) / 1000000000)) -ge $timeout_s ]; then
			echo "$app: no window within ${timeout_s} s (or the process ended); the end of $log:" >&2
			kill $pid 2>/dev/null || true
			tail -20 "$log" >&2
			exit 1
		fi
		sleep 0.05
	done
	now=$(date +%s%N)
	kill $pid
	wait $pid 2>/dev/null || true
	echo "scale=3; ($now - $t0) / 1000000000" | bc
}
fresh_config() { # app run -> a new configuration area from the template
	local cfg="$work/config-$1-$2"
	rm -rf "$cfg"
	cp -r "$work/template-$1" "$cfg"
	echo "$cfg"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# A warm-up of each (file caches, the workspace's first metadata), not counted.
for app in pm bare; do timed_start $app "$(fresh_config $app warmup)" >/dev/null; done
for f in pm-cold pm-warm bare-cold bare-warm; do : >"$work/$f.times"; done
loads=()
i=1
while [ $i -le "$runs" ]; do
	loads+=("$(cut -d' ' -f1 /proc/loadavg)")
	pm_cfg=$(fresh_config pm $i)
	bare_cfg=$(fresh_config bare $i)
	timed_start pm "$pm_cfg" >>"$work/pm-cold.times"
	timed_start bare "$bare_cfg" >>"$work/bare-cold.times"
	timed_start pm "$pm_cfg" >>"$work/pm-warm.times"
	timed_start bare "$bare_cfg" >>"$work/bare-warm.times"
	echo "run $i: ProfMonitor $(tail -1 "$work/pm-cold.times") / $(tail -1 "$work/pm-warm.times") s," \
		"bare $(tail -1 "$work/bare-cold.times") / $(tail -1 "$work/bare-warm.times") s (cold / warm)" >&2
	i=$((i + 1))
done

# Classes loaded up to the window, by where they come from: one warm start of each, with the
# time of its window (JVM uptime, as the log's) to place the log's milestones.
class_counts() { # app
	local cfg log="$work/classes-$1.log"
	cfg=$(fresh_config "$1" classes)
	timed_start "$1" "$cfg" >/dev/null
	extra=("-Xlog:class+load=info:file=$log:uptime")
	timed_start "$1" "$cfg" >"$work/classes-$1.window"
	extra=()
	sed -n 's/.* source: //p' "$log" | sed 's|^[^:/ ]*$|lambdas-and-hidden-classes|; s|^jrt:/.*|JDK|; s|^shared objects file.*|JDK|; s|.*/plugins/||; s|^file:.*/org\.eclipse\.osgi/[0-9]*/[0-9]*/\.cp/|jar-in-bundle:|; s|^file:.*/bare/$|bare|; s|_[0-9][^/]*\.jar$||; s|_[0-9][^/]*/$||' \
		| LC_ALL=C sort | uniq -c | awk '{ print $2, $1 }' | LC_ALL=C sort >"$work/classes-$1.txt"
	wc -l <"$log"
}
pm_classes=$(class_counts pm)
bare_classes=$(class_counts bare)
# the uptime of the first class loaded matching a pattern, in the log of one app
first_load() { grep -m1 "$2" "$work/classes-$1.log" | sed 's/^\[\([0-9.]*\)s\].*/\1 s/'; }

row() { # label, app, kind
	local f b
	f=$(median <"$work/$2-$3.times")
	b=$(median <"$work/bare-$3.times")
	printf '| %s | %.2f s | %.2f s | %.2f |\n' "$1" "$f" "$b" "$(echo "$f / $b" | bc -l)"
}
{
	echo "Workbench start to a visible window, median of $runs alternating runs, $(date -u '+%Y-%m-%d %H:%M UTC');"
	echo "load average at each run: ${loads[*]}; JDK $(java -version 2>&1 | sed -n '1s/.*"\(.*\)".*/\1/p')"
	echo
	echo '| measurement | ProfMonitor | bare e4 application (same run) | ratio |'
	echo '|---|---|---|---|'
	row 'start, fresh configuration area (cold OSGi cache)' pm cold
	row 'start, second with the same configuration area (warm)' pm warm
	printf '| classes loaded up to the window (one warm start, -Xlog:class+load) | %s | %s | %.2f |\n' \
		"$pm_classes" "$bare_classes" "$(echo "$pm_classes / $bare_classes" | bc -l)"
	echo
	echo "Classes ProfMonitor loads more than the bare application, by origin (warm starts with"
	echo "-Xlog:class+load; the logs run on a few tens of ms past the window, to the kill):"
	echo
	LC_ALL=C join -a1 -a2 -e0 -o 0,1.2,2.2 "$work/classes-pm.txt" "$work/classes-bare.txt" \
		| awk '{ printf "%d %d %d %s\n", $2 - $3, $2, $3, $1 }' | sort -rn | head -12 \
		| awk 'BEGIN { print "| origin | ProfMonitor | bare | more |"; print "|---|---|---|---|" }
			{ printf "| %s | %d | %d | %d |\n", $4, $2, $3, $1 }'
	echo
	echo "ProfMonitor's milestones in that start (JVM uptime): the application class $(first_load pm ProfMonitorApplication)," \
		"the first view (navigator) $(first_load pm NavigatorView), the first Derby class $(first_load pm org.apache.derby)," \
		"the store's migrations $(first_load pm 'store.internal.Migrator '), the window seen at $(cat "$work/classes-pm.window") s;" \
		"the bare window at $(cat "$work/classes-bare.window") s."
} | tee "$here/target/start.md"

if [ -n "${START_PROFILE:-}" ]; then
	cfg=$(fresh_config pm jfr)
	timed_start pm "$cfg" >/dev/null
	extra=("-XX:StartFlightRecording=filename=$work/start.jfr,settings=profile,dumponexit=true")
	timed_start pm "$cfg" >/dev/null
	extra=()
	echo
	echo "JFR recording of one warm ProfMonitor start: $work/start.jfr"
	jfr view --width 160 hot-methods "$work/start.jfr" | head -30
fi
