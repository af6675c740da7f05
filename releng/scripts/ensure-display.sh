# Sourced by ./run-tests: makes sure the UI tests have what they need, a GTK 3 library and an X
# display. On a machine without them (a fresh CI machine) it installs Xvfb and GTK 3 through
# apt-get when it runs as root, and starts Xvfb on a free display number.

profmonitor_missing_packages() {
	local missing=()
	command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
	ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
	echo "${missing[@]:-}"
}

missing=$(profmonitor_missing_packages)
if [ -n "$missing" ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "Installing what the UI tests need: $missing" >&2
		apt-get update -qq >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >&2
	else
		echo "The UI tests need these packages: $missing. Install them (sudo apt-get install $missing) and run again." >&2
		return 1 2>/dev/null || exit 1
	fi
fi
# WebKitGTK for the report preview's browser: installed where we may, not required (without it the
# view shows its message and ReportPreviewTest checks the export only)
if ! ldconfig -p 2>/dev/null | grep -q 'libwebkit2gtk-4.1.so.0' && [ "$(id -u)" = 0 ] \
		&& command -v apt-get >/dev/null 2>&1; then
	echo "Installing WebKitGTK for the report preview" >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libwebkit2gtk-4.1-0 >&2 || true
fi

if [ -z "${DISPLAY:-}" ]; then
	for n in $(seq 90 120); do
		[ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
		Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
		PROFMONITOR_XVFB_PID=$!
		export DISPLAY=":$n"
		trap 'kill $PROFMONITOR_XVFB_PID 2>/dev/null' EXIT
		sleep 1
		break
	done
fi
