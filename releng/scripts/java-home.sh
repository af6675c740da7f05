# Sourced by ./profmonitor, ./run-tests and .ci/run: finds a JDK 21 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME if it is new enough, then the JDKs under /usr/lib/jvm (newest first),
# then the java on PATH.

profmonitor_java_major() {
	# prints the major version of the java executable given, or nothing
	"$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

profmonitor_find_java_home() {
	local candidate major
	for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -r -V) \
		"$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
		candidate="${candidate%/}"
		[ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
		major=$(profmonitor_java_major "$candidate/bin/java")
		if [ -n "$major" ] && [ "$major" -ge 21 ]; then
			echo "$candidate"
			return 0
		fi
	done
	return 1
}

if ! PROFMONITOR_JAVA_HOME=$(profmonitor_find_java_home); then
	echo "ProfMonitor needs a JDK 21 or newer (java and javac). None was found in JAVA_HOME," >&2
	echo "under /usr/lib/jvm or on PATH. Install one (e.g. apt-get install openjdk-21-jdk, or Temurin 21+)" >&2
	echo "and set JAVA_HOME to it." >&2
	return 1 2>/dev/null || exit 1
fi
export JAVA_HOME="$PROFMONITOR_JAVA_HOME"
export PATH="$JAVA_HOME/bin:$PATH"
