package org.secretomecheck.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadableTest {

    @Test
    void controlsSeparatorsAndDeceptiveCharactersAreEscaped() {
        assertThat(Readable.line("a\nb\u001B[31m\u2028\u202Eevil\u200B\uFEFF"))
                .isEqualTo("a\\nb\\u001B[31m\\u2028\\u202Eevil\\u200B\\uFEFF");
    }

    @Test
    void theJoinersOfPersianAndEmojiAndTheSoftHyphenBelongToTheText() {
        String text = "می\u200Cخواهم 👩\u200D🔬 pro\u00ADtocol";
        assertThat(Readable.line(text)).isEqualTo(text);
    }

    @Test
    void eachSingleEscapedCharacterIsFoundInPlainText() {
        for (String bad : new String[] {"\u007F", "\u0085", "\u009F", "\u2029", "\u061C", "\u2066", "\u2060", "\uD800"}) {
            assertThat(Readable.line("plain " + bad + " text")).doesNotContain(bad).contains("\\u");
        }
        assertThat(Readable.line("plain text, 37 °C; ≤ 5 %")).isEqualTo("plain text, 37 °C; ≤ 5 %");
    }

    @Test
    void longTextIsCutWithItsLength() {
        assertThat(Readable.escaped("abcdef", 3)).isEqualTo("abc…(6 characters)");
        assertThat(Readable.escaped("abc", 3)).isEqualTo("abc");
    }
}
