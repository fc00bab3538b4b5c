package org.secretomecheck.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.groups.Default;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.finding.Suggestions;
import org.secretomecheck.protocol.BeanValidation;
import org.secretomecheck.protocol.DesignStage;
import org.secretomecheck.protocol.IdString;
import org.secretomecheck.protocol.LoadedProtocol;
import org.secretomecheck.protocol.NotApplicableReason;
import org.secretomecheck.protocol.OneOf;
import org.secretomecheck.protocol.Protocol;
import org.secretomecheck.protocol.ProtocolDocument;
import org.secretomecheck.protocol.Text;
import org.secretomecheck.protocol.Waiver;

/**
 * Validates a parsed document against {@code protocol-format.md} Section 7 and reports every
 * structural error at once. A document without errors becomes a {@link LoadedProtocol}.
 */
public final class ProtocolValidator {

    /** The format marker of version 1. */
    public static final String FORMAT = "secretome-protocol/1";

    private static final Set<String> ROOT_KEYS = Set.of("format", "protocol", "waivers");

    private final Set<String> knownRuleIds;

    /** @param knownRuleIds the rule IDs a waiver may name */
    public ProtocolValidator(Set<String> knownRuleIds) {
        this.knownRuleIds = Set.copyOf(knownRuleIds);
    }

    /** The outcome: a loaded protocol, or the problems that keep it from being checked. */
    public record Result(LoadedProtocol protocol, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** Validates {@code document}; {@code nonStringKeys} are pointers whose key was not a string. */
    public Result validate(ProtocolDocument document, Set<String> nonStringKeys) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root = document.root();
        if (!root.isObject()) {
            problems.add(problem(document, "", "the file must be a mapping with the keys format and protocol, not "
                    + ShapeCheck.describe(root)));
            return new Result(null, problems);
        }
        checkRoot(document, nonStringKeys, problems);
        JsonNode protocolNode = root.get("protocol");
        if (protocolNode == null || protocolNode.isNull()) {
            // Error 8; nothing inside protocol or waivers is checked. An alias there is reported by the reader.
            if (!document.isAlias("/protocol")) {
                problems.add(problem(document, "", "protocol: is required but missing (the mapping that holds the protocol)"));
            }
            return new Result(null, sorted(problems));
        }
        if (!protocolNode.isObject()) {
            problems.add(problem(document, "/protocol",
                    "protocol: must be a mapping holding the protocol, not " + ShapeCheck.describe(protocolNode)));
            return new Result(null, sorted(problems));
        }
        List<Waiver> waivers = new WaiverReader(document, knownRuleIds, problems, nonStringKeys, false).read(root.get("waivers"));
        ShapeCheck shape = new ShapeCheck(document, nonStringKeys);
        ObjectNode clean = shape.section(protocolNode, "/protocol", Protocol.class);
        problems.addAll(shape.problems());
        Protocol protocol = ModelMapper.bind(clean);
        problems.addAll(constraints(document, protocol, shape.failed()));
        return problems.isEmpty() && !document.hasAliases() // the reader reports an alias; it fails the file here too
                ? new Result(new LoadedProtocol(document, protocol, waivers), problems)
                : new Result(null, sorted(problems));
    }

    private static List<Problem> sorted(List<Problem> problems) {
        problems.sort(Problem.BY_POSITION);
        return problems;
    }

    private void checkRoot(ProtocolDocument document, Set<String> nonStringKeys, List<Problem> problems) {
        Iterator<String> keys = document.root().fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!ROOT_KEYS.contains(key) || nonStringKeys.contains(ProtocolDocument.child("", key))) {
                String suggestion = Suggestions.closest(key, ROOT_KEYS);
                problems.add(problem(document, ProtocolDocument.child("", key), "unknown root key " + Shown.value(key)
                        + (suggestion == null ? "" : "; did you mean " + suggestion + "?")
                        + " (the root holds only format, protocol and waivers)" + KeyPlaces.hint(key)));
            }
        }
        JsonNode format = document.root().get("format");
        if (format == null || format.isNull()) {
            if (!document.isAlias("/format")) { // an alias is reported by the reader
                problems.add(problem(document, "", "format: missing; the first line should be format: " + FORMAT));
            }
        } else if (!format.isTextual() || !format.textValue().equals(FORMAT)) {
            problems.add(problem(document, "/format", "format: must be exactly " + FORMAT + ", not " + ShapeCheck.describe(format)
                    + otherFormat(format.asText())));
        }
    }

    /**
     * What to do with a file of the tool's that is not a protocol, found where protocols are.
     * (The baseline's format is written out: {@code check.Baseline}, which owns it, is no package
     * this one may use.)
     */
    private static String otherFormat(String format) {
        return switch (format) {
            case WaiverFileValidator.FORMAT -> "; this is a waiver file: give it with --waivers, not as a protocol (in a"
                    + " directory checked, leave it out with --exclude)";
            case "secretome-baseline/1" -> "; this is a baseline: give it with --baseline, not as a protocol (in a"
                    + " directory checked, leave it out with --exclude)";
            default -> "";
        };
    }

    private static List<Problem> constraints(ProtocolDocument document, Protocol protocol, Set<String> failed) {
        Validator validator = BeanValidation.validator();
        Class<?>[] groups = "design".equals(protocol.getStage())
                ? new Class<?>[] {Default.class, DesignStage.class}
                : new Class<?>[] {Default.class};
        List<ConstraintViolation<Protocol>> violations = new ArrayList<>(validator.validate(protocol, groups));
        // Outer result fields first, so that the fields of a result list's items are not reported again.
        violations.sort(Comparator.comparing(v -> pointer(v.getPropertyPath())));
        List<String> resultsInDesign = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<Protocol> violation : violations) {
            String pointer = pointer(violation.getPropertyPath());
            if (isAtOrBelow(pointer, failed)) {
                continue; // the shape check already reported this value (or the item holding it)
            }
            Class<?> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
            if (type == NotApplicableReason.class && failed.contains(pointer + "_reason")) {
                continue; // the reason was written but is not text: reported by the shape check
            }
            if (type == Null.class) {
                if (isAtOrBelow(pointer, resultsInDesign)) {
                    continue; // a field of an item of a result list already reported
                }
                resultsInDesign.add(pointer);
            }
            String message = message(violation, type);
            problems.add(new Problem(Problem.Kind.STRUCTURE,
                    type == NotNull.class ? document.locatePresent(pointer) : document.locate(pointer),
                    Shown.line(ShapeCheck.field(pointer) + ": " + message)));
        }
        return problems;
    }

    private static boolean isAtOrBelow(String pointer, java.util.Collection<String> parents) {
        for (String parent : parents) {
            if (pointer.equals(parent) || pointer.startsWith(parent + "/")) {
                return true;
            }
        }
        return false;
    }

    /** A one-line message without Java names or expression-language templates. */
    private static String message(ConstraintViolation<?> violation, Class<?> type) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object value = violation.getInvalidValue();
        String found = value instanceof String text ? " (found \"" + Shown.value(text) + "\")"
                : value instanceof BigDecimal number ? " (found " + Shown.value(number.toString()) + ")"
                : value instanceof Number || value instanceof Boolean ? " (found " + Shown.value(value.toString()) + ")" : "";
        if (type == NotNull.class) {
            return "is required but missing";
        }
        if (type == Min.class) {
            return "must be at least " + attributes.get("value") + found;
        }
        if (type == Max.class) {
            return "must be at most " + attributes.get("value") + found;
        }
        if (type == DecimalMin.class) {
            return (Boolean.FALSE.equals(attributes.get("inclusive")) ? "must be greater than " : "must be at least ")
                    + attributes.get("value") + found;
        }
        if (type == DecimalMax.class) {
            return (Boolean.FALSE.equals(attributes.get("inclusive")) ? "must be less than " : "must be at most ")
                    + attributes.get("value") + found;
        }
        String ascii = value instanceof String text ? Readable.nonAsciiNote(text) : "";
        if (type == OneOf.class) {
            String[] allowed = (String[]) attributes.get("value");
            String meant = value instanceof String text ? Suggestions.closestValue(text, Arrays.asList(allowed)) : null;
            return "is not an allowed value" + found + ascii + (meant == null ? "; allowed: " : "; did you mean " + meant
                    + "? Allowed: ") + String.join(", ", allowed);
        }
        if (type == Null.class) {
            return violation.getMessage();
        }
        if (type == Text.class) {
            return "must be non-blank text" + found;
        }
        if (type == IdString.class) {
            return violation.getMessage() + found + ascii;
        }
        return violation.getMessage();
    }

    /**
     * Turns a Hibernate Validator property path into a JSON Pointer below {@code /protocol}, naming
     * each property by its YAML key as the model declares it.
     */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder("/protocol");
        Type current = Protocol.class;
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
                Type element = Schema.elementType(current);
                current = element != null ? element : current;
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                for (String part : name.split("\\.")) {
                    Field field = current instanceof Class<?> c ? Schema.field(c, part) : null;
                    if (field == null) {
                        pointer.append('/').append(Schema.snake(part));
                        current = Object.class;
                    } else {
                        pointer.append('/').append(Schema.key(field));
                        current = field.getGenericType();
                    }
                }
            }
        }
        return pointer.toString();
    }

    static Problem problem(ProtocolDocument document, String pointer, String message) {
        return new Problem(Problem.Kind.STRUCTURE, document.locate(pointer), Shown.line(message));
    }
}
