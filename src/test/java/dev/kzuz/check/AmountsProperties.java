package dev.kzuz.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Any number in any unit of the word lists, however written, is read as that many units. */
class AmountsProperties {

    @Property(tries = 2000)
    void anyNumberInAnyUnitOfTheWordLists(@ForAll @BigRange(min = "0", max = "9999") @Scale(2) BigDecimal number,
            @ForAll("units") String unit, @ForAll boolean comma, @ForAll("currencies") String currency,
            @ForAll("before") String before, @ForAll("after") String after) {
        String written = number.toPlainString().replace('.', comma ? ',' : '.');
        String text = before + currency + written + " " + unit + after;
        Amounts.Amount a = Amounts.first(text);
        assertThat(a).as(text).isNotNull();
        BigDecimal times = WordListsOf.isBillions(unit) ? BigDecimal.valueOf(1_000_000_000L) : BigDecimal.valueOf(1_000_000L);
        assertThat(a.value()).as(text).isEqualByComparingTo(number.multiply(times));
        assertThat(a.text().strip()).as(text).isEqualTo((currency + written + " " + unit).strip());
    }

    /** Every unit of every language, stems with an ending or two, in any case. */
    @Provide
    Arbitrary<String> units() {
        List<String> units = new ArrayList<>();
        for (String u : WordListsOf.units()) {
            if (WordLists.anyEnding(u)) {
                String stem = WordLists.stem(u);
                units.add(stem);
                units.add(stem + "а");
                units.add(stem + "ов");
                units.add(stem + "ы");
            } else {
                units.add(u);
                units.add(u.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return Arbitraries.of(units);
    }

    @Provide
    Arbitrary<String> currencies() {
        List<String> out = new ArrayList<>(List.of(""));
        for (String c : WordLists.all(WordLists.AMOUNT_CURRENCY)) {
            out.add(c);
            out.add(c.toUpperCase(java.util.Locale.ROOT) + " ");
        }
        return Arbitraries.of(out);
    }

    @Provide
    Arbitrary<String> before() {
        return Arbitraries.of("", "In 2011 trade was ", "товарооборот составил ", "2011 жылы тауар айналымы ", "(");
    }

    @Provide
    Arbitrary<String> after() {
        return Arbitraries.of("", " долларов", " АҚШ доллары", ".", ") in 2012, and 4 bn in 2013");
    }

    /** The units as the word lists give them. */
    private static final class WordListsOf {
        static List<String> units() {
            List<String> out = new ArrayList<>(WordLists.all(WordLists.AMOUNT_BILLIONS));
            out.addAll(WordLists.all(WordLists.AMOUNT_MILLIONS));
            return out;
        }

        static boolean isBillions(String unit) {
            String u = unit.toLowerCase(java.util.Locale.ROOT);
            for (String b : WordLists.all(WordLists.AMOUNT_BILLIONS)) {
                if (WordLists.anyEnding(b) ? u.startsWith(WordLists.stem(b)) : u.equals(b)) {
                    return true;
                }
            }
            return false;
        }
    }
}
