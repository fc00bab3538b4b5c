package org.secretomecheck.finding;

import java.math.BigDecimal;

/** Values as text, compared so that every way of writing one number is the same value. */
public final class NumberText {

    private NumberText() {}

    /** {@code value} in one spelling for every way of writing the same number ({@code 91.0}, {@code 91}); else as it is. */
    public static String canonical(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value).stripTrailingZeros().toString();
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
