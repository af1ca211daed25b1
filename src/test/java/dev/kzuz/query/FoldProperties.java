package dev.kzuz.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kzuz.kb.KbLoader;
import dev.kzuz.kb.KbSource;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Place;
import dev.kzuz.model.RecordType;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Folding is idempotent for any text, and every name of a place finds that place's records. */
class FoldProperties {

    @Property(tries = 2000)
    void foldingIsIdempotent(@ForAll("names") String text) {
        String once = Fold.key(text);
        assertThat(Fold.key(once)).isEqualTo(once);
        assertThat(once).matches("[a-z0-9 ]*");
    }

    @Property(tries = 3000)
    void foldingByHandAgreesWithThePatternsItReplaced(@ForAll("names") String text) {
        assertThat(Fold.key(text)).isEqualTo(keyByPatterns(text));
    }

    @Example
    void everyNameInTheKnowledgeBaseFoldsAsThePatternsFoldedIt() {
        KnowledgeBase kb = KbLoader.load(List.of(KbSource.bundled())).kb();
        for (var r : kb.all()) {
            for (String t : r.title().asMap().values()) {
                assertThat(Fold.key(t)).as(r.id()).isEqualTo(keyByPatterns(t));
            }
        }
    }

    /** Fold.key as it was written with regular expressions (with the same letter tables), kept as the reference. */
    private static String keyByPatterns(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT);
        s = s.replace("ş", "sh").replace("ç", "ch").replace("ğ", "g").replace("ı", "i").replace("ñ", "n");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            String c = String.valueOf(s.charAt(i));
            String t = null;
            for (String[] pair : Fold.CYRILLIC) {
                if (pair[0].equals(c)) {
                    t = pair[1];
                    break;
                }
            }
            b.append(t != null ? t : c);
        }
        s = java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("['’‘ʻʼ`]", "").replaceAll("[^a-z0-9]+", " ").strip();
        String before;
        do {
            before = s;
            for (String[] pair : Fold.LATIN) {
                s = s.replace(pair[0], pair[1]);
            }
            s = s.replaceAll("([a-z])\\1", "$1");
            s = s.replaceAll("([aeiou])i([aeiou])", "$1$2");
        } while (!s.equals(before));
        return s;
    }

    @Provide
    Arbitrary<String> names() {
        // Cyrillic (Russian, Kazakh, Uzbek), Latin with diacritics and apostrophes, digits, punctuation.
        return Arbitraries.strings().withChars("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіўҳ")
                .withChars("abcdefghijklmnopqrstuvwxyzäöüşçğıñūʻ'’- ")
                .withChars("АБВЖЗКҚҢӨЎABCXYZ0123456789.,")
                .withChars("éèáàôâ\u0301\u0308\u20dd\u0903ʼ‘`\t!?")
                .ofMinLength(0).ofMaxLength(40);
    }

    @Property(tries = 3000)
    void boundedDistanceAgreesWithTheFullOne(@ForAll("words") String a, @ForAll("words") String b,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3) int max) {
        int full = Suggestions.distance(a, b);
        assertThat(Suggestions.distanceWithin(a, b, max)).isEqualTo(Math.min(full, max + 1));
    }

    @Provide
    Arbitrary<String> words() {
        // A small alphabet, so that near misses, transpositions and equal words are common.
        return Arbitraries.strings().withChars("abcdt").ofMinLength(0).ofMaxLength(9);
    }

    @Property(tries = 500)
    void foldingIgnoresCase(@ForAll("names") String text) {
        assertThat(Fold.key(text.toUpperCase(java.util.Locale.ROOT))).isEqualTo(Fold.key(text));
    }

    @Example
    void everyNameAndAliasOfAPlaceFindsTheSameRecordsFirst() {
        KnowledgeBase kb = KbLoader.load(List.of(KbSource.bundled())).kb();
        Search search = new Search(kb, SearchIndex.build(kb, kb.all()));
        EnumSet<RecordType> types = EnumSet.of(RecordType.TREATY, RecordType.EVENT, RecordType.INSTITUTION);
        for (Place p : kb.ofType(RecordType.PLACE, Place.class)) {
            List<String> names = new java.util.ArrayList<>(p.name().asMap().values());
            names.addAll(p.aliases());
            names.removeIf(n -> Fold.key(n).contains(" "));
            List<String> expected = null;
            for (String name : names) {
                List<String> ids = search.run(name, types, 200).stream().map(h -> h.record().id()).sorted().toList();
                if (expected == null) {
                    expected = ids;
                }
                if (!ids.equals(expected)) {
                    throw new AssertionError(p.id() + ": '" + name + "' finds " + ids + " but '" + names.get(0) + "' finds " + expected);
                }
            }
        }
    }
}
