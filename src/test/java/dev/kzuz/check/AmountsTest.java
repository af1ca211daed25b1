package dev.kzuz.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Trade amounts as drafts write them in English, Russian and Kazakh. */
class AmountsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "5 млрд долларов                 | 5000000000 | 5 млрд",
        "$5 bn                           | 5000000000 | $5 bn",
        "5,2 миллиард АҚШ доллары        | 5200000000 | 5,2 миллиард",
        "5 billion                       | 5000000000 | 5 billion",
        "$3.5 billion                    | 3500000000 | $3.5 billion",
        "1,95 млрд                       | 1950000000 | 1,95 млрд",
        "1.95 млрд                       | 1950000000 | 1.95 млрд",
        "USD 2 bn                        | 2000000000 | USD 2 bn",
        "US$1.2 billion                  | 1200000000 | US$1.2 billion",
        "3 миллиарда долларов            | 3000000000 | 3 миллиарда",
        "около 2,7 миллиардов            | 2700000000 | 2,7 миллиардов",
        "5 BILLION                       | 5000000000 | 5 BILLION",
        "2 МЛРД                          | 2000000000 | 2 МЛРД",
        "703 млн долларов                | 703000000  | 703 млн",
        "450 million                     | 450000000  | 450 million",
        "$703 mln                        | 703000000  | $703 mln",
        "1,5 миллиона                    | 1500000    | 1,5 миллиона",
        "800 миллион АҚШ доллары         | 800000000  | 800 миллион",
    })
    void anAmountIsItsNumberTimesItsUnit(String text, String value, String written) {
        Amounts.Amount a = Amounts.first(text);
        assertThat(a).as(text).isNotNull();
        assertThat(a.value()).as(text).isEqualByComparingTo(new BigDecimal(value));
        assertThat(a.text().strip()).isEqualTo(written);
    }

    @Test
    void ofARangeTheNumberBeforeTheUnitCounts() {
        assertThat(Amounts.first("2-3 billion").value()).isEqualByComparingTo("3000000000");
        assertThat(Amounts.first("от 2 до 3,5 млрд").value()).isEqualByComparingTo("3500000000");
        assertThat(Amounts.first("between $1.5 and 2 bn").value()).isEqualByComparingTo("2000000000");
    }

    @Test
    void aThousandsSeparatorIsNotReadOnlyTheLastGroupCounts() {
        // A known limit: drafts write trade in billions with a decimal, and "1 234 млн" is rare.
        assertThat(Amounts.first("1 234 млн").value()).isEqualByComparingTo("234000000");
        assertThat(Amounts.first("1,234.5 million").value()).isEqualByComparingTo("234500000");
    }

    @Test
    void theFirstAmountCountsAndWhereItStands() {
        String text = "In 2011 trade was $1.95 bn, in 2012 $2.5 bn.";
        Amounts.Amount a = Amounts.first(text);
        assertThat(a.value()).isEqualByComparingTo("1950000000");
        assertThat(a.start()).isEqualTo(text.indexOf('$'));
        // Without a currency the space before the number is part of the match.
        String plain = "trade was 3.5 billion";
        assertThat(Amounts.first(plain).start()).isEqualTo(plain.indexOf(" 3.5"));
    }

    @Test
    void aNumberWithoutAUnitIsNoAmount() {
        assertThat(Amounts.first("In 2011 trade grew by 15 percent")).isNull();
        assertThat(Amounts.first("5 dollars")).isNull();
        assertThat(Amounts.first("billions of dollars")).isNull();
    }
}
