# Sourced by the benchmark scripts: builds a plain class path from the built bundle jars and the
# third-party jars the target platform pinned into the local Maven repository.
#   jar GROUP_PATH ARTIFACT [VERSION]   one jar of ~/.m2 (VERSION empty: the newest present)
#   bundle_jars BUNDLE...               the built jars of org.profmonitor.BUNDLE, ':'-separated
m2=${MAVEN_REPO:-$HOME/.m2/repository}
jar() {
    local dir="$m2/$1/$2"
    local v=${3:-$(ls -v "$dir" | grep -E '^[0-9]' | tail -1)}
    local f="$dir/$v/$2-$v.jar"
    [ -f "$f" ] || { echo "missing $f: build once online (./mvnw verify)" >&2; exit 1; }
    printf '%s' "$f"
}
bundle_jars() {
    local b out=""
    for b in "$@"; do
        out="$out:$(ls bundles/org.profmonitor.$b/target/org.profmonitor.$b-*.jar | grep -v sources | head -1)"
    done
    printf '%s' "${out#:}"
}
