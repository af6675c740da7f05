#!/bin/sh
# The справка benchmark (issue 8): Tver's аналитическая справка to PDF through the built product,
# against BIRT rendering a bare one-table report (designs/bare.rptdesign) of the справка's main
# rows, the same command with --design. Both runs start the same product, open the same database
# and compute the same results; they differ only in the design BIRT renders. Runs alternate, so
# that both see the same load of a shared machine. Not part of ./run-tests.
#
#   releng/benchmarks/spravka.sh [RUNS]     (default 5; needs the built product: ./mvnw verify)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-5}
work="$here/target/spravka"
campaign=tver-2022-23
rm -rf "$work"
mkdir -p "$work"
cd "$root"

./profmonitor demo --db "$work/db" >"$work/demo.log" 2>&1 || { echo "demo data does not load:"; tail -5 "$work/demo.log"; exit 1; }

# seconds of one run of the command given, its output kept in the log
timed() {
	start=$(date +%s.%N)
	"$@" >>"$work/report.log" 2>&1 || { echo "failed: $*" >&2; tail -5 "$work/report.log" >&2; exit 1; }
	end=$(date +%s.%N)
	echo "$end - $start" | bc
}
spravka() {
	timed ./profmonitor report --campaign "$campaign" --kind spravka --format pdf --out "$work/spravka.pdf" --db "$work/db"
}
bare() {
	timed ./profmonitor report --campaign "$campaign" --kind spravka --design "$here/designs/bare.rptdesign" \
		--format pdf --out "$work/bare.pdf" --db "$work/db"
}
median() {
	sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

spravka >/dev/null # warm-up: file caches, the analysis stored on first use
bare >/dev/null
: >"$work/spravka.times"
: >"$work/bare.times"
i=0
while [ $i -lt "$runs" ]; do
	spravka >>"$work/spravka.times"
	bare >>"$work/bare.times"
	i=$((i + 1))
done
s=$(median <"$work/spravka.times")
b=$(median <"$work/bare.times")
pages() { p=$(pdfinfo "$1" 2>/dev/null | sed -n "s/^Pages: *//p"); echo "${p:-?}"; }
printf 'справка to PDF (%s pages), median of %s runs: %.2f s\n' "$(pages "$work/spravka.pdf")" "$runs" "$s"
printf 'bare one-table report of the same rows (%s pages):  %.2f s\n' "$(pages "$work/bare.pdf")" "$b"
printf 'ratio %.2f (target <= 2.0: %s); load average: %s\n' "$(echo "$s / $b" | bc -l)" \
	"$(echo "$s / $b <= 2" | bc -l | sed 's/1/met/;s/0/MISSED/')" "$(cut -d' ' -f1-3 /proc/loadavg)"
