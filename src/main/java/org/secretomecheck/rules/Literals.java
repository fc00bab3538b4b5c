package org.secretomecheck.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secretomecheck.finding.Suggestions;
import org.secretomecheck.protocol.OneOf;

/**
 * Conditions that compare a field with a literal it can never meet as meant. Drools compiles each
 * of these without a word:
 *
 * <ul>
 *   <li>a text field compared with a number ({@code type != 5}), which MVEL compares as text, so
 *       that the rule fires or stays quiet for every protocol whatever it holds;
 *   <li>a number field compared with a text that is not a number of its type
 *       ({@code durationH > "abc"}, {@code passage > "5.5"}), which fails on first use;
 *   <li>a true/false field compared with a text other than true or false, which MVEL reads as
 *       false;
 *   <li>a field of the format's closed lists compared with a value outside its list
 *       ({@code tissue == "bone_marow"}, {@code markers contains "CD37"}): a checked protocol never
 *       holds it, so the rule is silently dead (or, with {@code !=}, always true).
 * </ul>
 *
 * Every comparison of a constraint is read, those joined by {@code ||} and those Drools writes for
 * {@code in (...)} included. A field is a property of the pattern's fact type, or a dotted path
 * of them; a comparison of a bound variable ({@code $p.x}) is not followed.
 */
final class Literals {

    /** A field (group 1) compared (2) with a number (3) or a quoted text (4). */
    private static final Pattern COMPARISON = Pattern.compile("(?<![\\w.$\"])((?:this\\.)?[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*)"
            + "\\s*(==|!=|<=|>=|<|>|(?:not\\s+)?contains)\\s*"
            + "(?:(-?(?:0[xX][0-9a-fA-F]+|\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)[BILFDbilfd]?)|\"([^\"\\\\]*)\")(?![\\w.\"])");

    /** The types of whole-number fields. */
    private static final List<Class<?>> INTEGRAL = List.of(Integer.class, Long.class, Short.class, Byte.class, int.class,
            long.class, short.class, byte.class);

    private Literals() {}

    /** A comparison in {@code expression} that cannot work as meant: the field, the literal as written (quoted, if a text). */
    record Mismatch(String code, String field, String literal, String why) {}

    /** The comparisons of {@code expression}, a constraint on facts of {@code type}, that cannot work as meant. */
    static List<Mismatch> in(Class<?> type, String expression) {
        List<Mismatch> found = new ArrayList<>();
        Matcher comparison = COMPARISON.matcher(expression);
        while (comparison.find()) {
            String field = comparison.group(1);
            String number = comparison.group(3);
            String text = comparison.group(4);
            Property property = property(type, field);
            String why = property == null ? null : comparison.group(2).endsWith("contains")
                    ? contains(property, text) : mismatch(property.field(), property.kind(), number, text);
            if (why != null) {
                found.add(new Mismatch(comparison.group().strip(), field, number != null ? number : '"' + text + '"', why));
            }
        }
        return found;
    }

    /** Why a {@code contains} of {@code text} cannot work as meant: on a list of a closed list's values; on a text it is a substring. */
    private static String contains(Property property, String text) {
        return Collection.class.isAssignableFrom(property.kind()) ? outsideItsList(property.field(), text) : null;
    }

    /** Why {@code field}, of type {@code kind}, cannot be compared with {@code number} or {@code text} (one is null), or null. */
    private static String mismatch(Field field, Class<?> kind, String number, String text) {
        if (number != null) {
            return kind == String.class || kind.isEnum() ? "compares a text with the number " + number
                    + ", which MVEL compares as text: write the text the field holds, quoted" : null;
        }
        if (kind == Boolean.class || kind == boolean.class) {
            return text.matches("true|false") ? null : "compares a true/false field with the text \"" + text
                    + "\", which MVEL reads as false: write true or false, unquoted";
        }
        if (!numberOf(kind, text)) {
            return "compares a number with the text \"" + text + "\", which is no "
                    + (INTEGRAL.contains(kind) ? "whole number the field can hold" : "number");
        }
        return kind == String.class ? outsideItsList(field, text) : null;
    }

    /** Why {@code text} is no value of {@code field}'s closed list (of the field, or of its items), or null (also when it has none). */
    private static String outsideItsList(Field field, String text) {
        String[] values = OneOf.Values.of(field);
        if (values == null || text == null || List.of(values).contains(text)) {
            return null;
        }
        String meant = Suggestions.closestValue(text, List.of(values)); // as a protocol's value is told
        if (meant == null) {
            meant = List.of(values).stream().filter(value -> value.equalsIgnoreCase(text)).findFirst().orElse(null);
        }
        return "compares the field with a value outside its list, which no checked protocol holds"
                + (meant == null ? "" : " (did you mean \"" + meant + "\"?)") + "; the list: " + String.join(", ", values);
    }

    /** Whether {@code text} converts to a number of type {@code kind} (in its range); true for a type that holds no number. */
    private static boolean numberOf(Class<?> kind, String text) {
        try {
            if (kind == Integer.class || kind == int.class) {
                Integer.parseInt(text);
            } else if (kind == Short.class || kind == short.class) {
                Short.parseShort(text);
            } else if (kind == Byte.class || kind == byte.class) {
                Byte.parseByte(text);
            } else if (INTEGRAL.contains(kind)) {
                Long.parseLong(text);
            } else if (Number.class.isAssignableFrom(kind) || kind == double.class || kind == float.class) {
                new BigDecimal(text);
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A property of a fact: the field behind it and the type its getter returns. */
    private record Property(Field field, Class<?> kind) {}

    /**
     * The property that {@code path} ({@code tissue}, {@code medium.serumType}, {@code this.x})
     * reads on a fact of {@code type}, through getters, or null when a step has no getter or no
     * field of its name behind it.
     */
    private static Property property(Class<?> type, String path) {
        Property property = null;
        Class<?> at = type;
        for (String name : path.startsWith("this.") ? path.substring(5).split("\\.") : path.split("\\.")) {
            Method getter = getter(at, name);
            Field field = getter == null ? null : declaredField(at, name);
            if (field == null) {
                return null;
            }
            property = new Property(field, getter.getReturnType());
            at = property.kind();
        }
        return property;
    }

    /** {@code type}'s public getter of the property {@code name}, or null. */
    private static Method getter(Class<?> type, String name) {
        String property = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        for (String prefix : List.of("get", "is")) {
            try {
                Method method = type.getMethod(prefix + property);
                if (!Modifier.isStatic(method.getModifiers())) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return null;
    }

    /** The field {@code name} of {@code type} or a superclass, or null. */
    private static Field declaredField(Class<?> type, String name) {
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            try {
                return at.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
