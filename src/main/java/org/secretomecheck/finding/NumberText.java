package org.secretomecheck.finding;

import java.math.BigDecimal;

/** Values as text, compared so that every way of writing one number is the same value. */
public final class NumberText {

    /** A decimal number as a protocol writes one, in ASCII digits ({@code BigDecimal} also takes {@code +9} and {@code ９}). */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    private NumberText() {}

    /** True when {@code value} is a decimal number written in ASCII digits. */
    public static boolean isNumber(String value) {
        return value != null && DECIMAL.matcher(value).matches();
    }

    /** {@code value} in one spelling for every way of writing the same number ({@code 91.0}, {@code 91}); else as it is. */
    public static String canonical(String value) {
        if (!isNumber(value)) {
            return value;
        }
        try {
            return new BigDecimal(value).stripTrailingZeros().toString();
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
