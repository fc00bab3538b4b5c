package org.secretomecheck.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.finding.Suggestions;
import org.secretomecheck.protocol.Measurement;
import org.secretomecheck.protocol.NumberRange;
import org.secretomecheck.protocol.OneOf;
import org.secretomecheck.protocol.ProtocolDocument;
import org.secretomecheck.protocol.YamlTimestamp;

/**
 * Walks a document against the model classes and reports the errors that make binding
 * impossible: unknown or non-string keys, sections that are not mappings, lists that are not
 * lists, and scalars of the wrong type. It returns a copy of the tree without the offending
 * members, so that the rest can still be bound and validated in the same pass.
 */
final class ShapeCheck {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Numbers in forms the format does not read as numbers (Section 2.3): 0x1F, 0o17, 1_000, 1:30. */
    private static final Pattern NOT_DECIMAL = Pattern.compile("[-+]?(?:0[xX][0-9a-fA-F_]+|0[oObB][0-9_]+|[0-9][0-9_]*_[0-9_]*(?:\\.[0-9_]*)?|[0-9]+(?::[0-5]?[0-9])+(?:\\.[0-9]*)?)");

    /** A number written with a decimal comma or a comma between thousands: 1,5 or 1,000. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?[0-9]*,[0-9]+(?:,[0-9]+)*(?:\\.[0-9]*)?");

    /** A decimal number, as written in a range or a tolerance. */
    private static final String NUMBER = "[-+]?(?:[0-9]++(?:\\.[0-9]*+)?|\\.[0-9]++)(?:[eE][-+]?[0-9]++)?"; // no backtracking

    /** Two numbers that make a range: 300-350, 24–48, 2 to 5, 2..5, -80 to -70, 1e9-2e9. */
    private static final Pattern RANGE = Pattern.compile(NUMBER + "\\s*(?:-|\u2013|\u2014|\\.\\.|(?i:to))\\s*" + NUMBER);

    /** A number with its tolerance: 30 ± 2, 30 +/- 2. */
    private static final Pattern TOLERANCE = Pattern.compile(NUMBER + "\\s*(?:\u00b1|\\+/-|\\+-)\\s*" + NUMBER);

    /** A fraction: 1/2. */
    private static final Pattern FRACTION = Pattern.compile("[-+]?[0-9]+\\s*/\\s*[0-9]+");

    /** A number followed by what may be its unit: "37 °C", "5mL", "10 %" (not "0.05, 0.06", a list). */
    private static final Pattern NUMBER_AND_MORE = Pattern.compile(NUMBER + "\\s*[\\p{L}µ%°/].*");

    /** A censored value followed by what may be its unit: "<0.1 EU/mL" (not "<0.10 <0.2"). */
    private static final Pattern CENSORED_AND_MORE = Pattern.compile("([<>]" + NUMBER + ")\\s*[\\p{L}µ%°/].*");

    private final ProtocolDocument document;
    private final Set<String> nonStringKeys;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> failed = new HashSet<>();

    ShapeCheck(ProtocolDocument document, Set<String> nonStringKeys) {
        this.document = document;
        this.nonStringKeys = nonStringKeys;
    }

    List<Problem> problems() {
        return problems;
    }

    /** Pointers of the members and items that were reported and left out of the cleaned tree. */
    Set<String> failed() {
        return failed;
    }

    /** Checks the mapping at {@code pointer} against {@code section}; returns its cleaned copy. */
    ObjectNode section(JsonNode mapping, String pointer, Class<?> section) {
        ObjectNode clean = NODES.objectNode();
        Map<String, Field> keys = Schema.keys(section);
        Iterator<Map.Entry<String, JsonNode>> members = mapping.properties().iterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            String key = member.getKey();
            String at = ProtocolDocument.child(pointer, key);
            Field field = keys.get(key);
            if (!nonStringKeys.isEmpty() && nonStringKeys.contains(at)) {
                report(at, "key " + Shown.value(key) + " is not a string: keys are names such as " + keys.keySet().iterator().next());
            } else if (field == null && key.equals("<<")) { // YAML's merge key, which the format does not apply
                failed.add(pointer); // the keys it would bring are not missing: the merge key is the problem
                if (!document.isAlias(at)) { // an alias there is reported by the reader
                    report(at, MERGE_KEY);
                }
            } else if (field == null) {
                report(at, unknownKey(key, keys.keySet()));
            } else if (!member.getValue().isNull()) {
                JsonNode value = value(member.getValue(), at, field.getGenericType(), field);
                if (value != null) {
                    clean.set(key, value);
                }
            } else if (document.isAlias(at)) {
                failed.add(at); // reported by the reader; not "required but missing" as well
            }
        }
        return clean;
    }

    /**
     * " (a key needs a space after its colon: o2_pct: 21)" for a text that is a key glued to its
     * value, or several such ("temp_c:4 max_time_h:4": two lines, which YAML folds into one text),
     * else "".
     */
    private static String gluedKey(JsonNode node) {
        if (!node.isTextual()) {
            return "";
        }
        List<String> keys = new ArrayList<>();
        for (String word : node.textValue().strip().split("\\s+")) {
            String key = Readable.gluedKey(word);
            if (key == null) {
                keys.clear();
                break;
            }
            keys.add(key);
        }
        String one = keys.isEmpty() ? Readable.gluedKey(node.textValue()) : null; // "method:G-banding, 20 metaphases"
        if (one != null) {
            keys.add(one);
        }
        return keys.isEmpty() ? "" : " (a key needs a space after its colon: " + Readable.line(String.join(", ", keys)) + ")";
    }

    /** {@code field}: the model's field the value is written for, whose closed list a message may name. */
    private JsonNode value(JsonNode node, String at, Type type, Field field) {
        if (Schema.isSection(type)) {
            if (!node.isObject()) {
                return fail(at, "must be a mapping of keys (a section), not " + describe(node) + gluedKey(node));
            }
            return section(node, at, (Class<?>) type);
        }
        Type element = Schema.elementType(type);
        if (element != null) {
            return list(node, at, element, field);
        }
        return scalar(node, at, (Class<?>) type, field);
    }

    private JsonNode list(JsonNode node, String at, Type element, Field field) {
        if (!node.isArray()) {
            return fail(at, "must be a list, not " + describe(node) + " (write [a, b] or one '- item' per line)");
        }
        ArrayNode clean = NODES.arrayNode();
        boolean complete = true;
        for (int i = 0; i < node.size(); i++) {
            String itemAt = ProtocolDocument.child(at, Integer.toString(i));
            JsonNode item = node.get(i);
            JsonNode value;
            if (item.isNull() && document.isAlias(itemAt)) {
                failed.add(itemAt);
                value = null;
            } else if (item.isNull()) {
                value = fail(itemAt, Schema.isSection(element) ? "a list item must be a mapping, not null" : "a list item must not be null");
            } else if (Schema.isSection(element) && !item.isObject()) {
                value = fail(itemAt, "a list item here must be a mapping of keys, not " + describe(item));
            } else {
                value = value(item, itemAt, element, field);
            }
            complete &= value != null;
            clean.add(value == null ? NODES.nullNode() : value);
        }
        return complete ? clean : dropNulls(clean, element);
    }

    private static JsonNode dropNulls(ArrayNode list, Type element) {
        // Keep positions for lists of mappings (item indexes are part of pointers); a mapping
        // item that failed becomes an empty mapping so that its siblings still validate.
        ArrayNode out = NODES.arrayNode();
        for (JsonNode item : list) {
            if (!item.isNull()) {
                out.add(item);
            } else if (Schema.isSection(element)) {
                out.add(NODES.objectNode());
            } else {
                out.add(NODES.nullNode());
            }
        }
        return out;
    }

    private JsonNode scalar(JsonNode node, String at, Class<?> type, Field field) {
        if (type == String.class) {
            if (node.isTextual()) {
                return node;
            }
            String[] allowed = node.isValueNode() ? OneOf.Values.of(field) : null; // not for a list or mapping
            return fail(at, allowed != null
                    ? "is not an allowed value (found " + describe(node, at, document) + "); allowed: " + String.join(", ", allowed)
                    : "must be text, not " + describe(node, at, document) + quoteHint(node, at, document));
        }
        if (type == Boolean.class) {
            if (node.isBoolean()) {
                return node;
            }
            return fail(at, "must be true or false, not " + describe(node) + " (write true or false, without quotes)");
        }
        if (type == Integer.class) {
            return integer(node, at);
        }
        if (type == BigDecimal.class) {
            return number(node, at);
        }
        if (type == Measurement.class) {
            return measured(node, at);
        }
        if (type == LocalDate.class) {
            return date(node, at);
        }
        throw new IllegalStateException("no shape rule for " + type);
    }

    private JsonNode integer(JsonNode node, String at) {
        if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            if (value.bitLength() < 32) {
                return NODES.numberNode(value.intValue());
            }
            // the format sets no upper bound; counts and passages are Java ints (docs/decisions.md, "Numbers")
            return fail(at, "is " + Shown.value(value.toString()) + ", beyond the integers the tool reads (from "
                    + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
        }
        if (node.isNumber()) {
            return fail(at, node.isBigDecimal()
                    ? "must be an integer literal such as 4, written without a decimal point or an exponent, not "
                            + WrittenNumber.describe(node.decimalValue(), document.written().get(at))
                    : "must be a finite integer, not " + describe(node));
        }
        return fail(at, "must be an integer, not " + describe(node) + numberHint(node, at));
    }

    private JsonNode number(JsonNode node, String at) {
        if (node.isIntegralNumber() || node.isBigDecimal()) {
            return magnitude(node.decimalValue(), at);
        }
        if (node.isNumber()) {
            return fail(at, "must be a finite number, not " + describe(node));
        }
        return fail(at, "must be a number, not " + describe(node) + numberHint(node, at));
    }

    private JsonNode measured(JsonNode node, String at) {
        if (node.isIntegralNumber() || node.isBigDecimal()) {
            return node.decimalValue().signum() < 0
                    ? fail(at, "must be 0 or more, not " + Shown.value(node.asText()))
                    : magnitude(node.decimalValue(), at);
        }
        Measurement censored = node.isTextual() ? Measurement.censored(node.textValue()) : null;
        String unquoted = node.isTextual() && node.textValue().equals(document.written().get(at)) ? node.textValue().strip() : null;
        if (unquoted != null && Measurement.censored(unquoted) != null) { // <0.05, and a block's <0.05 with its line break
            return fail(at, "is a censored value without quotes: write \"" + Shown.value(unquoted)
                    + "\" (the format requires censored values in quotes)");
        }
        if (censored != null) {
            BigDecimal bound = censored.upper() != null ? censored.upper() : censored.lower();
            return magnitude(bound, at) == null ? null : node;
        }
        if (node.isNumber()) {
            return fail(at, "must be a finite number, not " + describe(node));
        }
        if (node.isTextual() && Measurement.isBeyondAnyNumber(node.textValue())) {
            return fail(at, "is " + Shown.value(node.textValue()) + ": outside the range of numbers a protocol can hold ("
                    + NumberRange.DESCRIBED + ")");
        }
        String hint = blockScalarHint(node, at, true);
        java.util.regex.Matcher withUnit = node.isTextual() ? CENSORED_AND_MORE.matcher(node.textValue().strip()) : null;
        if (withUnit != null && withUnit.matches() && Measurement.censored(withUnit.group(1)) != null) { // "<0.1 EU/mL"
            String unit = unitOf(at);
            hint = " (write \"" + withUnit.group(1) + "\" alone" + (unit != null ? ", in " + unit + ", the unit the key's suffix"
                    + " gives: convert a bound written in another unit)" : ")");
        }
        return fail(at, "must be a number or a censored value such as \"<0.10\" or \">1e3\" (sign, then a bound above 0, no spaces), not "
                + describe(node) + (hint.isEmpty() ? numberHint(node, at) : hint));
    }

    /** The unit the suffix of the key at {@code at} gives ("µg/mL" for .../result_ug_per_ml), or null. */
    private static String unitOf(String at) {
        return UnitSuffix.of(at.substring(at.lastIndexOf('/') + 1));
    }

    /** Numbers are kept within {@link NumberRange}. */
    private JsonNode magnitude(BigDecimal value, String at) {
        if (!NumberRange.holds(value)) {
            return fail(at, "is " + Shown.value(value.toString()) + ": outside the range of numbers a protocol can hold ("
                    + NumberRange.DESCRIBED + ")");
        }
        return NODES.numberNode(value);
    }

    private JsonNode date(JsonNode node, String at) {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof YamlTimestamp timestamp) {
            return timestamp.date() != null
                    ? NODES.textNode(timestamp.date().toString())
                    : fail(at, "is not a date that exists: " + Shown.value(timestamp.text()));
        }
        if (node.isTextual()) {
            // A quoted "YYYY-MM-DD" is accepted in the protocol (3.7); it must still exist.
            String text = node.textValue();
            if (DATE.matcher(text).matches()) {
                try {
                    return NODES.textNode(LocalDate.parse(text).toString());
                } catch (DateTimeParseException e) {
                    return fail(at, "is not a date that exists: " + Shown.value(text));
                }
            }
            return fail(at, "must be a date written YYYY-MM-DD, not \"" + Shown.value(text) + "\"" + Readable.nonAsciiNote(text));
        }
        return fail(at, "must be a date written YYYY-MM-DD, not " + describe(node));
    }

    /**
     * Why a text is no number, where it is not plain: a decimal comma; the forms that are no number
     * in this format (hexadecimal, octal, binary, digit separators, base 60: Section 2.3); a range
     * ({@code 300-350}) or a fraction ({@code 1/2}), which is two numbers; "write a
     * bare number" for a number with more after it, such as its unit ("37 °C"; the unit is the
     * key's suffix, when it has one); else a character outside ASCII that may look like a digit
     * or a minus sign.
     */
    private String numberHint(JsonNode node, String at) {
        String block = blockScalarHint(node, at, false);
        if (!block.isEmpty() || !node.isTextual()) {
            return block;
        }
        String text = node.textValue().strip();
        if (DECIMAL_COMMA.matcher(text).matches()) {
            return " (write a decimal point, not a comma, and no thousands separator)";
        }
        if (NOT_DECIMAL.matcher(text).matches()) {
            return " (hexadecimal, octal, binary, digit separators and base 60 are not numbers in this format: write decimal"
                    + " digits)";
        }
        if (RANGE.matcher(text).matches()) {
            return " (write one number: a range is not a value; give the one used or planned)";
        }
        if (TOLERANCE.matcher(text).matches()) {
            return " (write one number: a value with its tolerance is two; give the value)";
        }
        if (FRACTION.matcher(text).matches()) {
            return " (write a decimal number: a fraction is not a number in this format)";
        }
        if (NUMBER_AND_MORE.matcher(text).matches()) {
            String unit = unitOf(at);
            return " (write a bare number" + (unit != null ? " in " + unit + ", the unit the key's suffix gives: convert a value"
                    + " written in another unit)" : ")");
        }
        return Readable.nonAsciiNote(text);
    }

    /**
     * " (an unquoted >5 starts a YAML block scalar, ...)" when {@code node} is the empty text that a
     * block scalar without content reads as (an unquoted {@code >5}, meant as a censored value),
     * else "". In a measured field, a header that is a censored value is advised to be quoted.
     */
    private String blockScalarHint(JsonNode node, String at, boolean measured) {
        String header = node.isTextual() && node.textValue().isEmpty() ? document.written().get(at) : null;
        if (header == null) {
            return "";
        }
        String why = "an unquoted " + Shown.value(header) + " starts a YAML block scalar, which reads as the empty text";
        return measured && Measurement.censored(header) != null
                ? " (" + why + ": write \"" + Shown.value(header) + "\" in quotes)" : " (" + why + ")";
    }

    /**
     * " (quote it: "0031")" for a number, boolean or date written at {@code at} of {@code document}
     * where a text belongs, quoting the text as written (without its tag, if it had one).
     */
    static String quoteHint(JsonNode node, String at, ProtocolDocument document) {
        if (!node.isNumber() && !node.isBoolean() && !node.isPojo()) {
            return "";
        }
        String written = document.written().get(at);
        String text = written == null ? node.asText() : written.substring(written.startsWith("!") ? written.indexOf(' ') + 1 : 0);
        return " (quote it: \"" + Shown.value(text) + "\")";
    }

    /** {@link #describe(JsonNode)}, with a finite number or a boolean as it was written ({@code 0031}, not 31). */
    static String describe(JsonNode node, String at, ProtocolDocument document) {
        String written = node.isBoolean() || node.isNumber() && Double.isFinite(node.doubleValue())
                ? document.written().get(at) : null;
        return written == null ? describe(node) : (node.isBoolean() ? "the boolean " : "the number ")
                + Shown.value(written.startsWith("!") ? written.substring(written.indexOf(' ') + 1) : written); // without a tag
    }

    /** A short description of a node for messages: its kind and, for scalars, its value. */
    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "the text \"" + Shown.value(node.textValue()) + "\"";
        }
        if (node.isBoolean()) {
            return "the boolean " + node.asText();
        }
        if (node.isNumber()) {
            double value = node.doubleValue();
            if (node.isFloatingPointNumber() && !node.isBigDecimal() && Double.isNaN(value)) {
                return "the not-a-number value .nan";
            }
            if (node.isFloatingPointNumber() && !node.isBigDecimal() && Double.isInfinite(value)) {
                return "the infinite value " + (value > 0 ? ".inf" : "-.inf");
            }
            return "the number " + Shown.value(node.asText());
        }
        if (node.isPojo()) {
            return "the date " + Shown.value(node.asText());
        }
        return "null";
    }

    private String unknownKey(String key, Set<String> known) {
        if (key.endsWith("_reason") && known.contains(key.substring(0, key.length() - "_reason".length()))) {
            return Shown.value(key) + " is allowed only next to a field that offers not_applicable and has that value";
        }
        String suggestion = Suggestions.closest(key, known);
        return "unknown key " + Shown.value(key) + (suggestion == null ? "" : "; did you mean " + suggestion + "?"
                + UnitSuffix.hint(key, suggestion)) + KeyPlaces.hint(key);
    }

    /** What a merge key is told. */
    static final String MERGE_KEY = "a merge key (<<) is not allowed; write the keys out";

    private JsonNode fail(String at, String message) {
        report(at, message);
        return null;
    }

    private void report(String at, String message) {
        failed.add(at);
        problems.add(new Problem(Problem.Kind.STRUCTURE, document.locate(at), Shown.line(field(at) + ": " + message)));
    }

    /** {@code /protocol/donor/count} as {@code protocol.donor.count} for messages. */
    static String field(String pointer) {
        if (pointer.isEmpty()) {
            return "(root)";
        }
        StringBuilder field = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            field.append(field.length() == 0 ? "" : ".").append(Shown.value(part.replace("~1", "/").replace("~0", "~")));
        }
        return field.toString();
    }

}
