#!/usr/bin/env bash
# Scale benchmark: 'treaties --since 1994 --format json' over 10,000 and 100,000 synthetic
# treaties (a --kb overlay), wall time and peak memory, and the cost per record.
# Usage: src/test/bench/scale.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
bin/kzuz --version >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 10000 100000; do
    src/test/bench/synthetic-kb.sh "$work/kb-$n" "$n" >/dev/null
    out=$( { /usr/bin/time -f '%e %M' bin/kzuz treaties --since 1994 --format json --kb "$work/kb-$n" >/dev/null; } 2>&1 | tail -n 1)
    set -- $out
    awk -v n="$n" -v s="$1" -v m="$2" 'BEGIN { printf "%6d records: %5.2f s, peak %4d MiB, %.1f us a record\n", n, s, m / 1024, s * 1e6 / n }'
done
