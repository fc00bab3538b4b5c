package org.secretomecheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.secretomecheck.finding.NumberText;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.finding.Severity;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.protocol.ProtocolDocument;

/**
 * The global {@code findings} of every rule session. A rule's consequence only says that its
 * check fired and passes named arguments; the sink reads the check's metadata (severity, target,
 * message template), derives the pointer from the target by walking the document, and fills the
 * template.
 *
 * <p>The filled message is made one readable line ({@link Readable#line}): values from the file
 * may hold line breaks or control characters.
 *
 * <p>Templates may use {@code {value}} (the value at the target), {@code {field}} (the target
 * path), {@code {profile.group.key}} (a threshold), any protocol path such as
 * {@code {donor.count}}, and the names of the arguments the consequence passes. A placeholder may
 * name the words that follow its value: a unit, {@code {value|°C}}, or a singular and a plural,
 * {@code {count|time|times}} ({@code 1 time}, {@code 2 times}; the singular only for exactly
 * {@code 1}). It may say what to write instead when its value is not recorded, as the
 * catalogue's messages do: {@code {value or 'not set'}}, {@code {value|°C or 'an unrecorded
 * temperature'}}; without it, {@value #NOT_RECORDED} is written, and no words follow.
 */
public final class FindingSink {

    /** A placeholder: its name, the words after its value (one form, or singular and plural), the words for no value. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)(?:\\|([^|{}']*))?(?:\\|([^|{}']*))?(?: or '([^'{}]*)')?}");

    /** What a placeholder whose value is not recorded shows, unless it names its own words. */
    static final String NOT_RECORDED = "(not recorded)";

    /** Whether a class's text is its identity: an array, or an object without its own {@code toString}. */
    private static final ClassValue<Boolean> IDENTITY_TEXT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.isArray() || type.getMethod("toString").getDeclaringClass() == Object.class;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e); // every class has toString
            }
        }
    };

    /** A check that fired, before merging. */
    public record Emission(String ruleId, int check, int item, Severity severity, String target, String pointer,
            String message) {}

    /**
     * The metadata of a rule's check, read once per rule: the DRL metadata are plain maps whose
     * values must be cleaned and whose templates must be parsed, and a rule fires in many sessions.
     */
    record Check(String id, int number, String severity, Template target, Template message) {

        static Check of(Rule rule) {
            Map<String, Object> meta = rule.getMetaData();
            return new Check(RuleMetadata.text(meta, "id"), Integer.parseInt(RuleMetadata.text(meta, "check")),
                    RuleMetadata.text(meta, "severity"), Template.of(RuleMetadata.text(meta, "target")),
                    Template.of(RuleMetadata.text(meta, "message")));
        }
    }

    /**
     * A template split at its placeholders: text, name, text, name, ..., text; and for each
     * placeholder, in order, what it shows.
     */
    record Template(List<String> parts, List<Shown> shown) {

        /** What a placeholder shows after its value (for 1, and for any other value), and instead of none. */
        record Shown(String one, String many, String unrecorded) {

            String of(String name, String value) {
                if (value == null) {
                    return unrecorded;
                }
                if (one.isEmpty()) {
                    return value;
                }
                if (!NumberText.isNumber(value)) { // a unit or a plural after a list or a text would be made up
                    throw new IllegalStateException("its @message gives {" + name + "|...} a unit or plural for a number,"
                            + " but " + name + " is " + value);
                }
                return value + " " + (NumberText.canonical(value).equals("1") ? one : many); // 1, 1.0 and 1.00 are one
            }
        }

        static Template of(String template) {
            List<String> parts = new ArrayList<>();
            List<Shown> shown = new ArrayList<>();
            Matcher matcher = PLACEHOLDER.matcher(template);
            int end = 0;
            while (matcher.find()) {
                parts.add(template.substring(end, matcher.start()));
                parts.add(matcher.group(1));
                String one = Objects.requireNonNullElse(matcher.group(2), "").strip();
                String many = matcher.group(3) == null ? one : matcher.group(3).strip();
                shown.add(new Shown(one, many, matcher.group(4) == null ? NOT_RECORDED : matcher.group(4)));
                end = matcher.end();
            }
            parts.add(template.substring(end));
            return new Template(List.copyOf(parts), List.copyOf(shown));
        }
    }

    private final ProtocolDocument document;
    private final LoadedProfile profile;
    private final Map<Rule, Check> checks;
    private final List<Emission> emissions = new ArrayList<>();

    /**
     * A sink for one session over {@code document}; {@code checks} caches the metadata of the
     * rules, shared by all sinks of one rule book.
     */
    FindingSink(ProtocolDocument document, LoadedProfile profile, Map<Rule, Check> checks) {
        this.document = document;
        this.profile = profile;
        this.checks = checks;
    }

    /** Reports that the check of the firing rule holds, with arguments as name, value pairs. */
    public void report(RuleContext kcontext, Object... namedArguments) {
        Check check = checks.computeIfAbsent(kcontext.getRule(), Check::of);
        Map<String, Object> arguments = arguments(namedArguments);
        String target = fill(check.target(), arguments, null);
        String pointer = document.pointerFor(target);
        // The severity is the check's, as its metadata declares: an argument named "severity" is
        // only a value for the message, never a way around @severity.
        emissions.add(new Emission(check.id(), check.number(), item(arguments),
                Severity.of(check.severity()), target, pointer,
                Readable.line(fill(check.message(), arguments, target))));
    }

    /**
     * The list index passed as {@code i}, or -1 when none is. Anything but a whole number from 0
     * would place the finding on the list instead of its item, where findings of several items
     * merge into one: the rule fails instead.
     */
    private static int item(Map<String, Object> arguments) {
        if (!arguments.containsKey("i")) {
            return -1;
        }
        Object i = arguments.get("i");
        if ((i instanceof Integer || i instanceof Long || i instanceof Short || i instanceof Byte)
                && ((Number) i).longValue() >= 0 && ((Number) i).longValue() <= Integer.MAX_VALUE) {
            return ((Number) i).intValue();
        }
        throw new IllegalStateException("it passes the list index i as " + (i == null ? "null"
                : i instanceof String text ? "the text \"" + text + "\"" : i.getClass().getSimpleName() + " " + i)
                + "; i must be a whole number from 0 (the item's index)");
    }

    /** Everything reported so far, in firing order. */
    public List<Emission> emissions() {
        return List.copyOf(emissions);
    }

    private static Map<String, Object> arguments(Object[] namedArguments) {
        if (namedArguments.length % 2 != 0) {
            throw new IllegalArgumentException("findings.report takes name, value pairs");
        }
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i < namedArguments.length; i += 2) {
            arguments.put(String.valueOf(namedArguments[i]), namedArguments[i + 1]);
        }
        return arguments;
    }

    private String fill(Template template, Map<String, Object> arguments, String target) {
        List<String> parts = template.parts();
        StringBuilder out = new StringBuilder(parts.get(0));
        for (int i = 1; i < parts.size(); i += 2) {
            out.append(template.shown().get(i / 2).of(parts.get(i), resolve(parts.get(i), arguments, target)))
                    .append(parts.get(i + 1));
        }
        return out.toString();
    }

    private String resolve(String name, Map<String, Object> arguments, String target) {
        if (arguments.containsKey(name)) {
            return show(shownAsValue(name, arguments.get(name)));
        }
        if (target != null && name.equals("field")) {
            return target;
        }
        if (target != null && name.equals("value")) {
            return valueAt(target);
        }
        if (name.startsWith("profile.")) {
            return show(profile.value(name));
        }
        if (target == null || !Targets.isProtocolPath(name)) {
            // Neither a path into the protocol nor an argument: the consequence did not pass it.
            throw new IllegalStateException("its " + (target == null ? "@target" : "@message") + " uses {" + name
                    + "}, which the consequence does not pass (findings.report(kcontext, \"" + name + "\", value))");
        }
        return valueAt(name);
    }

    private String valueAt(String path) {
        if (path.startsWith("/")) {
            return show(document.at(path));
        }
        String pointer = document.pointerFor(path);
        return pointer.equals("/protocol/" + path.replace('.', '/')) ? show(document.at(pointer)) : null;
    }

    /**
     * {@code value}, if its text is its value. An object without its own {@code toString} (a
     * fact, an array) shows its identity hash, which differs from run to run: the rule fails
     * rather than make a report that cannot be reproduced.
     */
    private static Object shownAsValue(String name, Object value) {
        if (value instanceof Collection<?> items) {
            items.forEach(item -> shownAsValue(name, item));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                shownAsValue(name, key);
                shownAsValue(name, item);
            });
        } else if (value != null && IDENTITY_TEXT.get(value.getClass())) {
            throw new IllegalStateException("it passes " + name + " as " + value.getClass().getSimpleName()
                    + " (" + (value.getClass().isArray() ? "an array" : "an object") + " whose text is its identity, different"
                    + " in every run); pass a value: a text, a number, a date or a list of them");
        }
        return value;
    }

    /** {@code value} as a message shows it; null when it is not recorded. */
    private static String show(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            BigDecimal stripped = decimal.stripTrailingZeros();
            int magnitude = stripped.precision() - stripped.scale();
            return magnitude > -20 && magnitude < 30 ? stripped.toPlainString() : stripped.toString();
        }
        if (value instanceof JsonNode node) {
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            if (node.isNumber()) {
                return show(node.decimalValue());
            }
            if (node.isArray()) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(Objects.requireNonNullElse(show(item), NOT_RECORDED)));
                return "[" + String.join(", ", items) + "]";
            }
            return node.isValueNode() ? node.asText() : node.toString();
        }
        if (value instanceof Collection<?> items) {
            boolean unordered = items instanceof Set && !(items instanceof SortedSet || items instanceof LinkedHashSet);
            return "[" + joined(unordered, items.stream().map(FindingSink::shownInList)) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            boolean unordered = !(map instanceof SortedMap || map instanceof LinkedHashMap);
            return "{" + joined(unordered, map.entrySet().stream()
                    .map(entry -> shownInList(entry.getKey()) + "=" + shownInList(entry.getValue()))) + "}";
        }
        return String.valueOf(value);
    }

    private static String shownInList(Object item) {
        return String.valueOf(show(item));
    }

    /**
     * {@code shown}, joined; sorted when it comes from a set or map with no order of its own (a
     * hash set, {@code Set.of}, {@code collectSet}), whose order can change from run to run.
     */
    private static String joined(boolean unordered, Stream<String> shown) {
        return (unordered ? shown.sorted() : shown).collect(Collectors.joining(", "));
    }
}
