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
}
