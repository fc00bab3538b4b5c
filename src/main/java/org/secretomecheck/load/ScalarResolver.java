package org.secretomecheck.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secretomecheck.protocol.YamlTimestamp;

/**
 * Reads the text of a scalar as {@code protocol-format.md} Section 2.3 says: the YAML 1.2 core
 * schema plus the YAML timestamp forms. Nothing else (no YAML 1.1 booleans, no hexadecimal, octal,
 * digit separators or base 60, no merge keys).
 *
 * <p>Integers become int, long or BigInteger nodes; other numbers become exact {@link DecimalNode}s
 * (never expanded, so {@code 1e999999999} is cheap); {@code .inf} and {@code .nan} become
 * {@link DoubleNode}s; timestamps become POJO nodes holding a {@link YamlTimestamp}.
 */
final class ScalarResolver {

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUES = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSES = Set.of("false", "False", "FALSE");
    private static final Set<String> INFINITIES = Set.of(".inf", ".Inf", ".INF");
    private static final Set<String> NANS = Set.of(".nan", ".NaN", ".NAN");

    private static final Pattern FLOAT =
            Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern DATE_TIME = Pattern.compile(
            "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \\t]+)"
                    + "([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]*)?"
                    + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?");

    private ScalarResolver() {
    }

    /**
     * The value of a plain (unquoted, untagged) scalar.
     *
     * @throws NumberFormatException when the text is a number whose exponent is out of range
     *                               (beyond about ±2<sup>31</sup>)
     */
    static JsonNode resolvePlain(String text) {
        if (text.length() > 5 && !mayBeNumberOrDate(text)) {
            return TextNode.valueOf(text); // longer than every null and boolean word
        }
        JsonNode node = asNull(text);
        if (node == null) {
            node = asBoolean(text);
        }
        if (node == null && !mayBeNumberOrDate(text)) {
            return TextNode.valueOf(text);
        }
        if (node == null) {
            node = asInteger(text);
        }
        if (node == null) {
            node = asFloat(text);
        }
        if (node == null) {
            node = asTimestamp(text);
        }
        return node != null ? node : TextNode.valueOf(text);
    }

    /**
     * The value of a scalar tagged {@code tag}: its text read as that type when it is a valid plain
     * value of the type, else null. {@code !!seq} and {@code !!map} never tag a scalar (null).
     *
     * @throws NumberFormatException as {@link #resolvePlain}
     */
    static JsonNode resolveAs(StandardTag tag, String text) {
        return switch (tag) {
            case STR -> TextNode.valueOf(text);
            case NULL -> asNull(text);
            case BOOL -> asBoolean(text);
            case INT -> asInteger(text);
            case FLOAT -> {
                JsonNode integer = asInteger(text);
                // !!float 5 is the number 5.0 (Section 2.1), so it is written 5.0 in messages too
                yield integer != null ? DecimalNode.valueOf(new BigDecimal(text).setScale(1)) : asFloat(text);
            }
            case TIMESTAMP -> asTimestamp(text);
            case SEQ, MAP -> null;
        };
    }

    /**
     * False when no number, infinity, not-a-number or timestamp form can match: they all start
     * with a digit, a sign or a dot. Most scalars are words, and this spares them the patterns.
     */
    private static boolean mayBeNumberOrDate(String text) {
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        return first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.';
    }

    private static JsonNode asNull(String text) {
        return NULLS.contains(text) ? NullNode.getInstance() : null;
    }

    private static JsonNode asBoolean(String text) {
        if (TRUES.contains(text)) {
            return BooleanNode.TRUE;
        }
        return FALSES.contains(text) ? BooleanNode.FALSE : null;
    }

    private static JsonNode asInteger(String text) {
        if (!isInteger(text)) {
            return null;
        }
        if (text.length() <= 18) {
            long value = Long.parseLong(text);
            return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
        }
        BigInteger value = new BigInteger(text);
        return value.bitLength() < Long.SIZE ? LongNode.valueOf(value.longValue()) : BigIntegerNode.valueOf(value);
    }

    /** True for {@code [-+]?[0-9]+}. */
    private static boolean isInteger(String text) {
        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static JsonNode asFloat(String text) {
        if (FLOAT.matcher(text).matches()) {
            return DecimalNode.valueOf(new BigDecimal(text)); // exact: never normalized
        }
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (INFINITIES.contains(unsigned)) {
            return DoubleNode.valueOf(text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        return NANS.contains(text) ? DoubleNode.valueOf(Double.NaN) : null;
    }

    private static JsonNode asTimestamp(String text) {
        Matcher date = DATE.matcher(text);
        if (date.matches()) {
            return new POJONode(new YamlTimestamp(text, dateOf(date), false));
        }
        Matcher dateTime = DATE_TIME.matcher(text);
        if (dateTime.matches()) {
            LocalDate day = dateOf(dateTime);
            if (day != null && !timeExists(dateTime)) {
                day = null;
            }
            return new POJONode(new YamlTimestamp(text, day, true));
        }
        return null;
    }

    /** The date of groups 1 to 3, or null when that day does not exist. */
    private static LocalDate dateOf(Matcher matcher) {
        try {
            return LocalDate.of(number(matcher, 1), number(matcher, 2), number(matcher, 3));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean timeExists(Matcher matcher) {
        try {
            LocalTime.of(number(matcher, 4), number(matcher, 5), number(matcher, 6));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
