package dev.kzuz.check;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money amounts as drafts write them: a number with a decimal point or comma, in billions or
 * millions, with a currency before it or not ("$3.5 billion", "1,95 млрд", "USD 2 bn",
 * "5,2 миллиард"). The units and currencies are the word lists' ({@link WordLists}).
 */
final class Amounts {
    /** An amount in a text: its value, where it starts and how it is written. */
    record Amount(BigDecimal value, int start, String text) {
    }

    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
    /** A unit (lower case) that means billions; anything else the amount pattern finds means millions. */
    private static final Pattern BILLIONS = Pattern.compile(WordLists.alternatives(WordLists.all(WordLists.AMOUNT_BILLIONS), ".*"));
    private static final Pattern AMOUNT = Pattern.compile("(?iu)(?:" + WordLists.alternatives(WordLists.all(WordLists.AMOUNT_CURRENCY), "")
            + ")?\\s*(\\d+(?:[.,]\\d+)?)\\s*(" + WordLists.alternatives(WordLists.all(WordLists.AMOUNT_BILLIONS), "\\p{L}*") + "|"
            + WordLists.alternatives(WordLists.all(WordLists.AMOUNT_MILLIONS), "\\p{L}*") + ")");

    private Amounts() {
    }

    /**
     * The first amount in a text, or null. Of a range ("2-3 billion") that is the number the unit
     * follows; a thousands separator is not read ("1 234 млн" is 234 million).
     */
    static Amount first(String text) {
        Matcher a = AMOUNT.matcher(text);
        if (!a.find()) {
            return null;
        }
        BigDecimal number = new BigDecimal(a.group(1).replace(',', '.'));
        boolean billions = BILLIONS.matcher(a.group(2).toLowerCase(Locale.ROOT)).matches();
        BigDecimal value = number.multiply(billions ? BILLION : MILLION);
        // "1 млрд 950 млн": billions and then millions are one amount.
        Matcher more = AMOUNT.matcher(text).region(a.end(), text.length());
        if (billions && more.lookingAt() && !BILLIONS.matcher(more.group(2).toLowerCase(Locale.ROOT)).matches()
                && more.group().indexOf('$') < 0) {
            value = value.add(new BigDecimal(more.group(1).replace(',', '.')).multiply(MILLION));
            return new Amount(value, a.start(), text.substring(a.start(), more.end()));
        }
        return new Amount(value, a.start(), a.group());
    }
}
