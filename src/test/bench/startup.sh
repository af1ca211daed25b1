#!/usr/bin/env bash
# Start-up benchmark: median wall time of kzuz commands against a Java hello-world on the same
# JDK, the ratio to yq over the same records, and peak memory. Two hello-worlds: as any Java
# program runs (java -cp . Hello, the JDK's defaults), and with the JVM flags kzuz's launcher
# uses (often the faster of the two, so the stricter baseline).
# Usage: src/test/bench/startup.sh [RUNS]   (JAVA_HOME picks the JDK; default: java on PATH)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-15}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
javac=${JAVA_HOME:+$JAVA_HOME/bin/}javac
# The launcher's JVM flags for this JDK (bin/kzuz: G1 on JDK 17-24; on 25+ the serial collector and later compilation).
major=$("$java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
gc="-XX:+UseSerialGC -XX:CompileThresholdScaling=2"
[ "$major" -lt 25 ] && gc=-XX:+UseG1GC
flags="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 $gc -XX:-UsePerfData"

bin/kzuz --version >/dev/null   # builds the jar first if needed, outside the timing

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
"$javac" -d "$work" "$work/Hello.java"

# The launcher trains an archive per group of commands in the background, on first use: run
# each command timed here once, then wait until this JDK's archives of their groups are made.
cache=${XDG_CACHE_HOME:-$HOME/.cache}/kzuz$(pwd -P)
# The launcher installs each build into a folder of its own there, named in "current", with its archives.
installed() { echo "$cache/$(cat "$cache/current" 2>/dev/null)"; }
jdk=$(readlink -f "$(command -v "$java")"); jdk=${jdk%/bin/java}; jdk=${jdk##*/}
for _ in $(seq 120); do
    for cmd in "treaties --since 1994" "institution cadb" "search tashkent" "--help" "treaties --format json"; do
        # shellcheck disable=SC2086
        bin/kzuz $cmd >/dev/null
    done
    made=$(find "$(installed)" -maxdepth 1 \( -name "kzuz-$jdk-*.jsa" -o -name "kzuz-$jdk-*.aot" \) 2>/dev/null \
        | grep -cE -- '-(list|show|search|help|data)\.(jsa|aot)$' || true)
    if [ "$made" -ge 5 ]; then
        break
    fi
    sleep 2
done
sleep 2

# Wall time of one run of a command, in tenths of a millisecond.
time_once() {
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 100000 ))
}

# The commands are timed in rounds, one run of each per round, so that the load of this shared
# machine drifting over the minute weighs on hello-world and kzuz alike; each figure is the
# median of its $runs runs.
names=(hello flagged "treaties --since 1994" "institution cadb" "search tashkent" "--help" yq json tty bare)
declare -A times
for _ in $(seq "$runs"); do
    # shellcheck disable=SC2086
    times[hello]+=" $(time_once "$java" -cp "$work" Hello)"
    times[flagged]+=" $(time_once "$java" $flags -cp "$work" Hello)"
    for cmd in "treaties --since 1994" "institution cadb" "search tashkent" "--help"; do
        # shellcheck disable=SC2086
        times[$cmd]+=" $(time_once bin/kzuz $cmd)"
    done
    if command -v yq >/dev/null 2>&1; then
        # The same question over the same YAML: treaties dated 1994 or later.
        times[yq]+=" $(time_once yq -s '[.[][] | select(.date >= "1994")]' kb/treaties/*.yaml)"
        times[json]+=" $(time_once bin/kzuz treaties --since 1994 --format json)"
    fi
    # On a terminal (what a user sees; the runs above write to /dev/null): script(1) gives the
    # command a terminal of its own, 100 columns wide; script's own cost is timed alone and taken off.
    if command -v script >/dev/null 2>&1; then
        times[tty]+=" $(time_once script -qc "stty cols 100; bin/kzuz treaties --since 1994" /dev/null)"
        times[bare]+=" $(time_once script -qc "stty cols 100" /dev/null)"
    fi
done

# The median of a command's runs, in milliseconds (one decimal).
median() {
    # shellcheck disable=SC2086
    printf '%s\n' ${times[$1]} | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m / 10}'
}

hello=$(median hello)
flagged=$(median flagged)
echo "JDK: $("$java" -version 2>&1 | head -n 1)"
echo "runs: $runs, in rounds; hello-world median: ${hello} ms (JDK defaults), ${flagged} ms (kzuz's JVM flags)"
for cmd in "treaties --since 1994" "institution cadb" "search tashkent" "--help"; do
    awk -v c="$cmd" -v a="$(median "$cmd")" -v b="$hello" -v f="$flagged" 'BEGIN { printf "%-24s %6.1f ms  %5.2f x hello-world  (%.2f x with kzuz'"'"'s flags)\n", c, a, a / b, a / f }'
done
if [ -n "${times[yq]:-}" ]; then
    awk -v y="$(median yq)" -v k="$(median json)" 'BEGIN { printf "yq over kb/treaties: %.1f ms; kzuz treaties --since 1994 --format json: %.1f ms (%.2f x yq)\n", y, k, k / y }'
else
    echo "yq is not installed: no yq comparison"
fi
if [ -n "${times[tty]:-}" ]; then
    awk -v c="treaties on a terminal" -v a="$(median tty)" -v s="$(median bare)" -v b="$hello" -v f="$flagged" 'BEGIN { printf "%-24s %6.1f ms  %5.2f x hello-world  (%.2f x with kzuz'"'"'s flags)\n", c, a - s, (a - s) / b, (a - s) / f }'
fi

if [ -x /usr/bin/time ]; then
    rss=$( { /usr/bin/time -f '%M' bin/kzuz treaties --since 1994 >/dev/null; } 2>&1 | tail -n 1)
    echo "peak memory of treaties --since 1994: $((rss / 1024)) MiB"
fi
