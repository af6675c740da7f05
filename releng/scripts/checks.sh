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
