#!/usr/bin/env bash
# Start-up benchmark: median wall time of `bin/kzuz treaties --since 1994` against a Java
# hello-world on the same JDK (same JVM flags), over several runs, and their ratio.
# Usage: src/test/bench/startup.sh [RUNS]    (JAVA_HOME picks the JDK; default: java on PATH)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-15}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"

bin/kzuz validate >/dev/null   # builds the jar first if needed, outside the timing

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$work" "$work/Hello.java"

# Median of $runs wall times in milliseconds of the given command.
median_ms() {
    local times=() t0 t1
    for _ in $(seq "$runs"); do
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1
        t1=$(date +%s%N)
        times+=($(( (t1 - t0) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}

# shellcheck disable=SC2086
hello=$(median_ms "$java" $flags -cp "$work" Hello)
treaties=$(median_ms bin/kzuz treaties --since 1994)
echo "JDK: $("$java" -version 2>&1 | head -n 1)"
echo "runs: $runs"
echo "hello-world median: ${hello} ms"
echo "kzuz treaties --since 1994 median: ${treaties} ms"
awk -v a="$treaties" -v b="$hello" 'BEGIN { printf "ratio: %.2f x hello-world\n", a / b }'
