package dev.kzuz.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void punctuationBetweenTheControlsStaysAsWritten() {
        String title = "Kazakhstan–Uzbekistan “Treaty” — signed… ‘1998’ ‐ †";
        assertThat(Text.oneLine(" " + title + " ")).isEqualTo(title);
    }

    @Test
    void lineBreaksFoldAndInvisibleControlsGo() {
        assertThat(Text.oneLine("a\nb\tc\r\u001b[31md\u0007")).isEqualTo("a b c [31md");
        assertThat(Text.oneLine("x\u2028y\u2029z\u202Ew\u2066v\u2069u\u200Et\u200Fs\u0085r")).isEqualTo("xyzwvutsr");
    }
}
