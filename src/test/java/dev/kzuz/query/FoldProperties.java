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

    @Provide
    Arbitrary<String> names() {
        // Cyrillic (Russian, Kazakh, Uzbek), Latin with diacritics and apostrophes, digits, punctuation.
        return Arbitraries.strings().withChars("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіўҳ")
                .withChars("abcdefghijklmnopqrstuvwxyzäöüşçğıñūʻ'’- ")
                .withChars("АБВЖЗКҚҢӨЎABCXYZ0123456789.,")
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
