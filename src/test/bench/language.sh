#!/bin/sh
# Language benchmark: builds a Kazakh and a Russian essay from kzuz's own output, as a student
# would (treaties since 1991, three institutions, the timeline, cite for ten records, the trade
# table), and prints the share of Latin letters in each, outside what may stay Latin in any
# language: record and source ids, URLs, and source titles, authors and sites as published.
# Goal: at most 5% for both.
# Usage: src/test/bench/language.sh [OUTDIR]   (OUTDIR keeps the essays; default: a temporary folder)
set -eu
cd "$(dirname "$0")/../../.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"
kzuz=bin/kzuz
"$kzuz" --version >/dev/null   # builds the jar first if needed
records="eternal-friendship-1998 strategic-partnership-2013 cadb council-of-defence-ministers centrasbat csto caco interstate-council sco eaeu"
"$kzuz" sources --format csl-json >"$out/sources.json"
for kind in treaties events institutions trade claims; do
    "$kzuz" "$kind" --format json >"$out/$kind.json"
done
for lang in kk ru; do
    essay=$out/essay-$lang.md
    : >"$essay"
    "$kzuz" treaties --since 1991 --lang "$lang" --format md >>"$essay"
    for inst in cadb council-of-defence-ministers centrasbat; do
        "$kzuz" institution "$inst" --lang "$lang" --format md >>"$essay"
    done
    "$kzuz" timeline --lang "$lang" --format md >>"$essay"
    # shellcheck disable=SC2086 # ten ids, split on purpose
    "$kzuz" cite $records --lang "$lang" >>"$essay"
    "$kzuz" trade --lang "$lang" --format md >>"$essay"
done
python3 - "$out" <<'EOF'
import json, re, sys
out = sys.argv[1]
ids = set()
kept = set()   # texts that stay as published: source titles, authors, sites
for src in json.load(open(f"{out}/sources.json", encoding="utf-8")):
    ids.add(src["id"])
    title = src.get("title", "")
    if title and not title.startswith("["):   # a bracketed title is our description, not the published one
        kept.add(title)
    for key in ("container-title", "publisher"):
        if src.get(key):
            kept.add(src[key])
    for a in src.get("author", []):
        for part in (a.get("family"), a.get("given"), a.get("literal")):
            if part:
                kept.add(part)
for kind in ("treaties", "events", "institutions", "trade", "claims"):
    for r in json.load(open(f"{out}/{kind}.json", encoding="utf-8")):
        ids.add(r["id"])
latin = re.compile(r"[A-Za-z]")
letters = re.compile(r"[^\W\d_]")
for lang in ("kk", "ru"):
    text = open(f"{out}/essay-{lang}.md", encoding="utf-8").read()
    # An address and GOST's "URL:" before it stay Latin in any language.
    text = re.sub(r"(?:URL: )?https?://\S+", " ", text)
    for k in sorted(kept, key=len, reverse=True):
        text = text.replace(k, " ")
    text = re.sub(r"[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*", lambda m: " " if m.group(0) in ids else m.group(0), text)
    n_letters = len(letters.findall(text))
    n_latin = len(latin.findall(text))
    words = {}
    for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text):
        words[w] = words.get(w, 0) + 1
    top = ", ".join(f"{w} ({n})" for w, n in sorted(words.items(), key=lambda x: -x[1])[:12])
    print(f"{lang}: {n_latin} of {n_letters} letters Latin ({100 * n_latin / max(n_letters, 1):.1f}%; goal <= 5%)")
    print(f"    most frequent Latin words: {top}")
    en = len(re.findall(r"\[en\]", open(f"{out}/essay-{lang}.md", encoding="utf-8").read()))
    print(f"    [en] fallbacks: {en}")
EOF
echo "essays in $out"
