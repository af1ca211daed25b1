#!/bin/sh
# Language benchmark: builds a Kazakh, a Russian and an Uzbek essay from kzuz's own output, as a
# student would (treaties since 1991, three institutions, the timeline, cite for ten records, the
# trade table), and prints the share of Latin letters in the Kazakh and the Russian one, outside
# what may stay Latin in any language: record and source ids, URLs, and source titles, authors
# and sites as published. Goal: at most 5% for both. Uzbek is written in Latin: there it counts
# the English words instead (words the same essay in English writes in lower case), outside the
# same texts. Goal: none, and no [en] fallback in any of the three.
# Usage: src/test/bench/language.sh [OUTDIR]   (OUTDIR keeps the essays; default: a temporary folder)
set -eu
cd "$(dirname "$0")/../../.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"
kzuz=${KZUZ:-bin/kzuz}   # KZUZ: another way to run kzuz, e.g. from target/classes
"$kzuz" --version >/dev/null   # builds the jar first if needed
records="eternal-friendship-1998 strategic-partnership-2013 cadb council-of-defence-ministers centrasbat csto caco interstate-council sco eaeu"
"$kzuz" sources --format csl-json >"$out/sources.json"
for kind in treaties events institutions trade claims; do
    "$kzuz" "$kind" --format json >"$out/$kind.json"
done
for lang in kk ru uz en; do
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

def stripped(lang):
    text = open(f"{out}/essay-{lang}.md", encoding="utf-8").read()
    # A record's own detail lists its titles in every language: they are no leak.
    text = re.sub(r"(?m)^- \*\*[^*]+:\*\* en: .*$", " ", text)
    text = re.sub(r"(?:URL: )?https?://\S+|<[^>]*>", " ", text)
    # Ids first: a site's name inside one ("studfiles-…") would leave the rest of it behind.
    text = re.sub(r"[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*", lambda m: " " if m.group(0) in ids else m.group(0), text)
    for k in sorted(kept, key=len, reverse=True):
        text = text.replace(k, " ")
    return text

word = re.compile(r"[A-Za-z‘’']+")
# The English essay's own words, as it writes them in lower case (names are capitalised in both).
english = {w for w in word.findall(stripped("en")) if w.islower() and len(w) > 1}
# Words Uzbek spells as English does: "bank", "format", "min" (thousand, in tables) and the like.
shared = {"bank", "forum", "format", "internet", "terminal", "memorandum", "press", "min", "mln", "mlrd", "url"}
# References (footnotes, bibliography lines) cite sources in their own language; slugs of ids and
# addresses ("jamestown-1995-08-turkic-leaders") are no words.
text = re.sub(r"(?m)^(?:\[\^[^\]]+\]:|- `|\d+\. ).*$", " ", stripped("uz"))
text = re.sub(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+){2,}", " ", text)
# A record's other names are listed as its sources write them, in any language.
text = re.sub(r"(?m)^- \*\*Boshqa nomlari:\*\* .*$", " ", text)
found = {}
for w in word.findall(text):
    if w.islower() and w in english and w not in shared:
        found[w] = found.get(w, 0) + 1
n_words = len(word.findall(text))
top = ", ".join(f"{w} ({n})" for w, n in sorted(found.items(), key=lambda x: -x[1])[:12])
print(f"uz: {sum(found.values())} of {n_words} words English (goal: 0)")
print(f"    English words: {top or '-'}")
fallbacks = len(re.findall(r"\[en\]", open(f"{out}/essay-uz.md", encoding="utf-8").read()))
print(f"    [en] fallbacks: {fallbacks}")
EOF
echo "essays in $out"
