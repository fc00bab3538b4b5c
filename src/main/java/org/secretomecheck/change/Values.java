package org.secretomecheck.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.POJONode;

/** How leaf values of a protocol document are compared and shown. */
final class Values {

    static final String ABSENT = "(absent)";

    /** The longest decimal shown in plain digits; a longer one is shown with an exponent. */
    static final int MAX_PLAIN_DIGITS = 24;

    private Values() {}

    /**
     * True for the nodes a diff compares as a whole: scalars, nulls, timestamps and empty lists or
     * mappings.
     */
    static boolean isLeaf(JsonNode node) {
        return !node.isContainerNode() || node.isEmpty();
    }

    /** True when two leaves hold the same value: numbers by value ({@code 5} equals {@code 5.0}). */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            if (a.isFloatingPointNumber() && !a.isBigDecimal() || b.isFloatingPointNumber() && !b.isBigDecimal()) {
                return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
            }
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    /**
     * A leaf as people read it: strings in double quotes with JSON escapes (so a changed type shows,
     * and a value is always one safe line), numbers, booleans, null and timestamps as written.
     */
    static String show(JsonNode node) {
        if (node == null) {
            return ABSENT;
        }
        if (node instanceof POJONode pojo) {
            return String.valueOf(pojo.getPojo());
        }
        if (node.isBigDecimal()) { // 0.00001 as written, but 1e99 not as a hundred digits
            String plain = node.decimalValue().toPlainString();
            return plain.length() <= MAX_PLAIN_DIGITS ? plain : node.decimalValue().toString();
        }
        if (node.isObject() && node.isEmpty()) {
            return "{}";
        }
        if (node.isArray() && node.isEmpty()) {
            return "[]";
        }
        return node.toString();
    }

    /** A leaf as a JSON value: timestamps as strings, everything else as it is. */
    static JsonNode json(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node instanceof POJONode pojo ? JsonNodeFactory.instance.textNode(String.valueOf(pojo.getPojo())) : node;
    }
}
