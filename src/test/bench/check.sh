#!/usr/bin/env bash
# Check benchmark: 'kzuz check' over generated drafts of 250 KB (a 100-page paper), 1 and 10 MB
# (10^6 bytes; the limit is 10 MiB) in Kazakh, Russian and English: the test drafts' sentences and
# dated sentences with varying dates, places, parties, memberships and amounts, mixed at random (a
# fixed seed, so every run checks the same text). Prints the median wall time of RUNS runs
# (start-up included), MB/s, and what each further MB adds; then times a 50 MB file, which check
# refuses with one line and exit 2 before reading it.
# Usage: src/test/bench/check.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-3}
# check uses the launcher's 'full' archive: build the jar if needed, and let this JDK's archive
# be trained, before timing.
bin/kzuz check src/test/resources/check/draft-en.md >/dev/null || true
cache=${XDG_CACHE_HOME:-$HOME/.cache}/kzuz$(pwd -P)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jdk=$(readlink -f "$(command -v "$java")"); jdk=${jdk%/bin/java}; jdk=${jdk##*/}
for _ in $(seq 120); do
    if [ -n "$(find "$cache" -maxdepth 1 \( -name "kzuz-$jdk-*-full.jsa" -o -name "kzuz-$jdk-*-full.aot" \) -newer target/kzuz.jar 2>/dev/null)" ]; then
        break
    fi
    sleep 1
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The pool: every sentence line of the test drafts and the essay, and templates (@Y year,
# @D day, @M month, @A amount) filled in anew for each use.
{
    grep -hv '^#' src/test/resources/check/draft-en.md src/test/resources/check/draft-ru.md src/test/resources/check/essay-kk.txt \
        src/test/resources/check/claims-*.md
    cat <<'POOL'
Қазақстан мен Өзбекстан 1998 жылы 31 қазанда Мәңгілік достық туралы шартқа қол қойды.
In 2022 trade reached $4.6 billion.
Орталық Азия ынтымақтастық және даму банкі 1995 жылы құрылды.
Uzbekistan left the CSTO in 2012.
Қазақстан мен Өзбекстан @Y жылы @D қазанда Мәңгілік достық туралы шартқа қол қойды.
The Treaty of Eternal Friendship between Kazakhstan and Uzbekistan was signed in Tashkent on @D October @Y.
Договор о стратегическом партнерстве подписан в Ташкенте @D июня @Y г.
In @Y trade between Kazakhstan and Uzbekistan reached $@A billion.
В @Y году товарооборот двух стран составил @A млрд долларов.
@Y жылы екі ел арасындағы тауар айналымы @A млрд долларға жетті.
The Central Asian Bank for Cooperation and Development was established on @D July @Y.
Diplomatic relations between Kazakhstan and Uzbekistan were established on @D @M @Y.
The presidents met in Astana in @M @Y to discuss water, energy and transit.
POOL
} | grep -v '^[[:space:]]*$' >"$work/pool.txt"

# draft KB FILE: about KB kilobytes of sentences from the pool, a paragraph every few lines.
draft() {
    awk -v bytes=$(($1 * 1000)) -v seed=16 '
        { pool[NR] = $0 }
        END {
            srand(seed)
            split("January February March April May June July August September October November December", month, " ")
            while (size < bytes) {
                s = pool[1 + int(rand() * NR)]
                gsub(/@Y/, 1991 + int(rand() * 35), s)
                gsub(/@D/, 1 + int(rand() * 28), s)
                gsub(/@M/, month[1 + int(rand() * 12)], s)
                gsub(/@A/, sprintf("%.1f", 0.5 + rand() * 5), s)
                s = s (rand() < 0.2 ? "\n\n" : "\n")
                printf "%s", s
                size += length(s)
            }
        }' "$work/pool.txt" >"$2"
}

# one run: prints SECONDS (exit 5, contradictions found, is the expected answer)
once() {
    local start end rc=0
    start=$(date +%s.%N)
    bin/kzuz check "$1" >/dev/null || rc=$?
    end=$(date +%s.%N)
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 5 ]; then
        echo "kzuz check $1 failed with exit $rc" >&2
        exit 1
    fi
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
}

median() {
    for _ in $(seq "$runs"); do once "$1"; done | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}

declare -A seconds
for kb in 250 1000 10000; do
    LC_ALL=C draft "$kb" "$work/draft-$kb.md"
    bytes=$(wc -c <"$work/draft-$kb.md")
    seconds[$kb]=$(median "$work/draft-$kb.md")
    awk -v kb="$kb" -v b="$bytes" -v s="${seconds[$kb]}" \
        'BEGIN { printf "%5d KB draft: %6.2f s, %5.2f MB/s\n", kb, s, b / 1e6 / s }' </dev/null
done
awk -v a="${seconds[1000]}" -v b="${seconds[10000]}" \
    'BEGIN { printf "1 -> 10 MB: x%.1f the time for x10 the text, %.2f s a further MB (%.2f MB/s past start-up)\n", b / a, (b - a) / 9, 9 / (b - a) }'

# 50 MB: five of the 10 MB drafts one after another. check answers at once, with one line.
for _ in 1 2 3 4 5; do cat "$work/draft-10000.md"; done >"$work/draft-50mb.md"
start=$(date +%s.%N)
rc=0
bin/kzuz check "$work/draft-50mb.md" >/dev/null 2>"$work/err" || rc=$?
end=$(date +%s.%N)
awk -v a="$start" -v b="$end" -v rc="$rc" -v m="$(sed "s#$work/##" "$work/err")" \
    'BEGIN { printf "50 MB file: exit %d in %.2f s: %s\n", rc, b - a, m }'
[ "$rc" -eq 2 ] || { echo "a 50 MB draft should be refused with exit 2" >&2; exit 1; }
