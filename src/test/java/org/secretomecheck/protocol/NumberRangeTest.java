package org.secretomecheck.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The range of numbers a protocol or profile can hold is exactly the one messages state. */
class NumberRangeTest {

    @ParameterizedTest
    @CsvSource({
        "0, true", "0e-999, true", "1e100, true", "9.99e100, true", "-9.99e100, true", "1e101, false",
        "1e-100, true", "9e-101, false", "1e-101, false", "0.5e-100, false", "-1e-101, false", "1.5, true"})
    void boundaries(String number, boolean holds) {
        assertThat(NumberRange.holds(new BigDecimal(number))).as(number).isEqualTo(holds);
    }

    @ParameterizedTest
    @CsvSource({"100, true", "101, false"})
    void significantDigits(int digits, boolean holds) {
        assertThat(NumberRange.holds(new BigDecimal("1".repeat(digits)))).isEqualTo(holds);
    }
}
