package org.secretomecheck.protocol;

import java.math.BigDecimal;

/**
 * The numbers a protocol or a profile can hold: 0, or within 1e-100 … 1e100 in magnitude with at
 * most 100 significant digits. Far beyond any quantity in either, and small enough that no
 * arithmetic or formatting on them can be made slow ({@code 1e-999999999} written out would take
 * a gigabyte).
 */
public final class NumberRange {

    /** How messages state the range. */
    public static final String DESCRIBED = "magnitude 1e-100 to 1e100, at most 100 significant digits";

    private NumberRange() {}

    /** True when {@code value} is in the range. */
    public static boolean holds(BigDecimal value) {
        int exponent = value.precision() - value.scale() - 1; // of the leading digit: 9.9e100 has 100
        return value.signum() == 0 || exponent <= 100 && exponent >= -100 && value.precision() <= 100;
    }
}
