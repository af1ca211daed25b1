#!/usr/bin/env bash
# Scale benchmark: 'treaties --since 1994 --format json' over 10,000 and 100,000 synthetic
# treaties (a --kb overlay): wall time, peak memory and cost per record, for
#   first   the first run over the files (YAML read, overlay cache written),
#   repeat  later runs over the same files (median of RUNS; the overlay cache is used),
#   no-cache  KZUZ_CACHE=0 (YAML read every time; median of RUNS).
# The overlay cache lives in a temporary folder here, never in your own cache.
# Usage: src/test/bench/scale.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-3}
# --kb runs use the launcher's 'full' archive: make sure this JDK's is trained before timing.
bin/kzuz cite cadb >/dev/null
cache=${XDG_CACHE_HOME:-$HOME/.cache}/kzuz$(pwd -P)
# The launcher installs each build into a folder of its own there, named in "current", with its archives.
installed() { echo "$cache/$(cat "$cache/current" 2>/dev/null)"; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jdk=$(readlink -f "$(command -v "$java")"); jdk=${jdk%/bin/java}; jdk=${jdk##*/}
for _ in $(seq 120); do
    if [ -n "$(find "$(installed)" -maxdepth 1 \( -name "kzuz-$jdk-*-full.jsa" -o -name "kzuz-$jdk-*-full.aot" \) 2>/dev/null)" ]; then
        break
    fi
    sleep 1
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KZUZ_CACHE_DIR="$work/cache"

# one run: prints "SECONDS KIB"
once() {
    { /usr/bin/time -f '%e %M' bin/kzuz treaties --since 1994 --format json --kb "$1" >/dev/null; } 2>&1 | tail -n 1
}

# median of RUNS runs (by time; peak memory is the largest seen)
median() {
    for _ in $(seq "$runs"); do once "$1"; done | sort -n | awk '{ t[NR] = $1; if ($2 > m) m = $2 } END { print t[int((NR + 1) / 2)], m }'
}

report() {
    local n=$1 what=$2
    set -- $3
    awk -v n="$n" -v what="$what" -v s="$1" -v m="$2" \
        'BEGIN { printf "%6d records, %-8s %5.2f s, peak %4d MiB, %.1f us a record\n", n, what, s, m / 1024, s * 1e6 / n }'
}

declare -A seconds
for n in 10000 100000; do
    src/test/bench/synthetic-kb.sh "$work/kb-$n" "$n" >/dev/null
    for what in first repeat no-cache; do
        case $what in
            first) result=$(once "$work/kb-$n") ;;
            repeat) result=$(median "$work/kb-$n") ;;
            no-cache) result=$(KZUZ_CACHE=0 median "$work/kb-$n") ;;
        esac
        report "$n" "$what" "$result"
        seconds[$n/$what]=${result%% *}
    done
done
# Linear growth: what each record past the first 10,000 adds (the fixed start-up cost cancels out).
for what in first repeat no-cache; do
    awk -v what="$what" -v a="${seconds[10000/$what]}" -v b="${seconds[100000/$what]}" \
        'BEGIN { printf "10,000 -> 100,000, %-8s x%.1f the time for x10 the records, %.1f us a further record\n", what, b / a, (b - a) * 1e6 / 90000 }'
done
