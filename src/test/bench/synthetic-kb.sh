#!/usr/bin/env bash
# Writes N synthetic treaties (default 100000) as a --kb folder, 1,000 to a file, for the
# scale benchmark. The records are made up and say so in their titles; never bundle them.
# Usage: src/test/bench/synthetic-kb.sh DIR [N]
set -euo pipefail
dir=${1:?usage: synthetic-kb.sh DIR [N]}
n=${2:-100000}
mkdir -p "$dir/treaties" "$dir/sources"
cat >"$dir/sources/synthetic.yaml" <<'YAML'
- id: synthetic-benchmark-source
  kind: report
  title: Synthetic records for the kzuz scale benchmark (not a real source)
YAML
awk -v n="$n" -v dir="$dir" 'BEGIN {
    srand(42)
    for (i = 1; i <= n; i++) {
        file = sprintf("%s/treaties/synthetic-%03d.yaml", dir, int((i - 1) / 1000))
        y = 1991 + int(rand() * 35); m = 1 + int(rand() * 12); d = 1 + int(rand() * 28)
        printf "- id: synthetic-treaty-%d\n  title: {en: Synthetic benchmark treaty %d}\n  kind: agreement\n", i, i > file
        printf "  date: \"%04d-%02d-%02d\"\n  parties: [KZ, UZ]\n  summary: {en: A made-up record for measuring kzuz at scale.}\n", y, m, d > file
        printf "  verdict: unconfirmed\n  sources: [synthetic-benchmark-source]\n" > file
    }
}'
echo "wrote $n synthetic treaties to $dir"
