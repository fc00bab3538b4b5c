package org.secretomecheck.protocol;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measured result: a number, or a censored value such as {@code "<0.10"} (some value in
 * [0, 0.10]) or {@code ">1e3"} (some value in [1000, ∞)). See {@code protocol-format.md} 3.6 and
 * {@code criteria.md} Section 7.
 *
 * @param text the value as written
 * @param lower the lowest value it can stand for
 * @param upper the highest value it can stand for, null for +∞
 */
public record Measurement(String text, BigDecimal lower, BigDecimal upper) {

    private static final Pattern CENSORED =
            Pattern.compile("^(<|>)((?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)$");

    public Measurement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lower, "lower");
    }

    /** An exact numeric result. */
    public static Measurement exact(BigDecimal value) {
        return new Measurement(value.toPlainString(), value, value);
    }

    /**
     * Parses a censored string; null when it does not follow the grammar, its bound is not
     * greater than 0, or its exponent is beyond any number ({@link #isBeyondAnyNumber}).
     */
    public static Measurement censored(String text) {
        Matcher matcher = CENSORED.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        BigDecimal bound;
        try {
            bound = new BigDecimal(matcher.group(2));
        } catch (NumberFormatException e) { // an exponent such as e2147483648
            return null;
        }
        if (bound.signum() <= 0) {
            return null;
        }
        return matcher.group(1).equals("<")
                ? new Measurement(text, BigDecimal.ZERO, bound)
                : new Measurement(text, bound, null);
    }

    /** True when {@code text} is written as a censored value whose exponent no number can have ({@code "<1e2147483648"}). */
    public static boolean isBeyondAnyNumber(String text) {
        Matcher matcher = CENSORED.matcher(text);
        if (!matcher.matches()) {
            return false;
        }
        try {
            new BigDecimal(matcher.group(2));
            return false;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** True for {@code "<q"} and {@code ">q"}. */
    public boolean isCensored() {
        return !text.isEmpty() && (text.charAt(0) == '<' || text.charAt(0) == '>');
    }

    /** True when every value this result can stand for is at most {@code limit}. */
    public boolean meetsUpperLimit(BigDecimal limit) {
        return upper != null && upper.compareTo(limit) <= 0;
    }

    /** JavaBean accessor for rule languages. */
    public BigDecimal getLower() {
        return lower;
    }

    /** JavaBean accessor for rule languages; null for +∞. */
    public BigDecimal getUpper() {
        return upper;
    }

    @Override
    public String toString() {
        return text;
    }
}
