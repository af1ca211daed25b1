#!/usr/bin/env bash
# The writing-to-Word round trip: an essay in one language assembled with --into from ten cites, a
# treaties list, the timeline and the trade table, turned into docx and HTML by pandoc. Fails on any
# pandoc warning, on a source listed twice, on a reference that does not reach the document once, or
# on a contradiction kzuz check finds in kzuz's own text.
#   essay.sh KZUZ LANG OUT   (KZUZ: the kzuz command; OUT: a folder for the files)
set -euo pipefail
kzuz=$1 lang=$2 out=$3
mkdir -p "$out"
draft=$out/essay-$lang.md
notes=$out/notes-$lang.md
rm -f "$draft" "$notes"
case $lang in
    kk) title="Қазақстан мен Өзбекстан" ;;
    ru) title="Казахстан и Узбекистан" ;;
    *) title="Kazakhstan and Uzbekistan" ;;
esac
printf '# %s\n\n' "$title" > "$draft"
cp "$draft" "$notes"

add() { # the same command into the numbered draft and into the footnoted one
    $kzuz "$@" --lang "$lang" --into "$draft" --numbered >/dev/null
    $kzuz "$@" --lang "$lang" --into "$notes" >/dev/null
}
for id in friendship-1992 diplomatic-relations-1992 icwc-water-1992 cabcd-1994 cadb trilateral-eternal-friendship-1997 \
        eternal-friendship-1998 csto allied-treaty-2022 trade-2022-uz-stat; do
    add cite "$id"
done
add treaties --since 1997 --until 1998
add timeline --since 1994 --until 1994
add trade --since 2020 --until 2023

fail() { echo "essay.sh ($lang): $*" >&2; exit 1; }
for md in "$draft" "$notes"; do
    for to in docx html; do
        warnings=$(pandoc "$md" --standalone --metadata title=Essay -o "${md%.md}.$to" 2>&1) || fail "pandoc failed on $md: $warnings"
        [ -z "$warnings" ] || fail "pandoc warned on $md → $to: $warnings"
    done
done

# The numbered draft: each source once in its list, numbered 1..n, every number cited in the text.
ids=$(grep -o '<!-- kzuz:[^ ]* -->$' "$draft" | sed 's/<!-- kzuz:\(.*\) -->/\1/')
n=$(printf '%s\n' "$ids" | grep -c .)
[ "$n" -ge 10 ] || fail "only $n sources in the reference list"
[ -z "$(printf '%s\n' "$ids" | sort | uniq -d)" ] || fail "listed twice: $(printf '%s\n' "$ids" | sort | uniq -d | tr '\n' ' ')"
numbers=$(grep -oE '^[0-9]+\. .* <!-- kzuz:' "$draft" | cut -d. -f1 | tr '\n' ' ')
[ "$numbers" = "$(seq -s ' ' 1 "$n") " ] || fail "the list is not numbered 1..$n: $numbers"
# Every reference reaches the Word document exactly once (compared as pandoc reads both).
pandoc "${draft%.md}.docx" -t plain --wrap=none -o "$out/from-docx-$lang.txt"
pandoc "$draft" -t plain --wrap=none -o "$out/from-md-$lang.txt"
listed=0
while IFS= read -r line; do
    count=$(grep -cxF -- "$line" "$out/from-docx-$lang.txt" || true)
    [ "$count" -eq 1 ] || fail "a reference is found $count times in the docx: $line"
    listed=$((listed + 1))
done < <(sed -n '/^\(Пайдаланылған әдебиеттер\|Список литературы\|References\)$/,$p' "$out/from-md-$lang.txt" | grep -E '^[0-9]+\.')
[ "$listed" -eq "$n" ] || fail "$listed references reached the docx, the list has $n"
# kzuz check finds nothing to contradict in what kzuz wrote itself.
for md in "$draft" "$notes"; do
    report=$($kzuz check "$md" --lang "$lang" 2>&1) || fail "kzuz check raised alarms on kzuz's own Markdown: $report"
done
# The footnoted draft: each footnote defined once.
[ -z "$(grep -oE '^\[\^[^]]+\]:' "$notes" | sort | uniq -d)" ] || fail "a footnote defined twice in $notes"
echo "essay.sh ($lang): $n sources, each once; docx and HTML without warnings"
