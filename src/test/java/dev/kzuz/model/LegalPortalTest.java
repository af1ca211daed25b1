package dev.kzuz.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which pages are on an official legal database: by host, with or without www, and no other. */
class LegalPortalTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "https://adilet.zan.kz/rus/docs/Z970000164_/compare, adilet.zan.kz",
            "http://adilet.zan.kz/kaz/docs/P2200000980, adilet.zan.kz",
            "http://insecure.zan.kz/kaz/docs/P2500000715, adilet.zan.kz",
            "https://lex.uz/docs/-1142630, lex.uz",
            "https://www.lex.uz/ru/docs/3320970, lex.uz",
            "https://cis-legislation.com/document.fwx?rgn=3915, none",
            "https://online.zakon.kz/Document/?doc_id=1, none",
            "https://notlex.uz/docs/1, none",
            "https://bad host/x, none",
            "none, none"})
    void namesTheDatabaseAPageIsOn(String url, String portal) {
        Source s = new Source("s", "legal", null, "A law", null, null, "ru", List.of(), null, null, null, null, null, null,
                url, null, null, null, null, null, List.of(), null);
        assertThat(s.legalPortal()).isEqualTo(portal);
    }
}
