package org.secretomecheck.validate;

import java.math.BigDecimal;

/**
 * Describes a number that was written with a decimal point or an exponent where an integer
 * literal is required, without contradicting the message: {@code 4.}, {@code 4e0} and
 * {@code 0.4e1} all read as the same {@link BigDecimal} (unscaled 4, scale 0), whose own text
 * {@code 4} is the integer literal the message asks for. So the text as written is shown, which a
 * document read from a file keeps ({@code ProtocolDocument.written}), with the integer to write.
 *
 * <p>Without that text (a document built from a test case), a scale of 0 or less means the text
 * had no digit after a decimal point, so it ended in a point or had an exponent; a negative scale
 * means an exponent ({@code 1e1} is {@code 1E+1}). A positive scale keeps the digits after the
 * point as written ({@code 4.0}, {@code 2.5}).
 */
final class WrittenNumber {

    /** Most digits of an integral value spelt out in "write …" ({@code 1e99} is not spelt out). */
    private static final int MAX_DIGITS = 12;

    private WrittenNumber() {
    }

    /**
     * The object of "not …" for a number read from a decimal or exponent form: "1e0 (write 1)" when
     * the text as written is known, else "4. or 4e0 or the like: write 4" for scale 0, else "the
     * number …".
     */
    static String describe(BigDecimal value, String written) {
        if (written != null) { // the text as written: 1e0, 4., 10e-1
            BigDecimal whole = value.stripTrailingZeros();
            boolean spelt = whole.scale() <= 0 && (long) whole.precision() - whole.scale() <= MAX_DIGITS;
            return Shown.value(written) + (spelt ? " (write " + whole.toBigInteger() + ")" : "");
        }
        if (value.scale() > 0) {
            return "the number " + Shown.value(value.toString());
        }
        if (value.scale() < 0) {
            boolean spelt = (long) value.precision() - value.scale() <= MAX_DIGITS; // long: 1e2147483647 has scale -2147483647
            return "the number " + Shown.value(value.toString())
                    + (spelt ? " (write " + value.toBigInteger() + ")" : "");
        }
        String integer = Shown.value(value.unscaledValue().toString());
        return integer + ". or " + integer + "e0 or the like: write " + integer;
    }
}
