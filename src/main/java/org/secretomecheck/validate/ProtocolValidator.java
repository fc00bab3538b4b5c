package org.secretomecheck.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.protocol.DesignStage;
import org.secretomecheck.protocol.LoadedProtocol;
import org.secretomecheck.protocol.Protocol;
import org.secretomecheck.protocol.ProtocolDocument;
import org.secretomecheck.protocol.Waiver;

/**
 * Validates a parsed document against {@code protocol-format.md} Section 7 and reports every
 * structural error at once. A document without errors becomes a {@link LoadedProtocol}.
 */
public final class ProtocolValidator {

    /** The format marker of version 1. */
    public static final String FORMAT = "secretome-protocol/1";

    private static final Set<String> ROOT_KEYS = Set.of("format", "protocol", "waivers");
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

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
        List<Waiver> waivers = new WaiverReader(document, knownRuleIds, problems).read(root.get("waivers"));
        JsonNode protocolNode = root.get("protocol");
        if (protocolNode == null || !protocolNode.isObject()) {
            problems.add(problem(document, protocolNode == null ? "" : "/protocol",
                    "protocol: must be a mapping holding the protocol, "
                            + (protocolNode == null ? "but it is missing" : "not " + ShapeCheck.describe(protocolNode))));
            return new Result(null, problems);
        }
        ShapeCheck shape = new ShapeCheck(document, nonStringKeys);
        ObjectNode clean = shape.section(protocolNode, "/protocol", Protocol.class);
        problems.addAll(shape.problems());
        Protocol protocol = ModelMapper.bind(clean);
        problems.addAll(constraints(document, protocol));
        problems.sort(Comparator.comparingInt((Problem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column())
                .thenComparing(Problem::message));
        return problems.isEmpty()
                ? new Result(new LoadedProtocol(document, protocol, waivers), problems)
                : new Result(null, problems);
    }

    private void checkRoot(ProtocolDocument document, Set<String> nonStringKeys, List<Problem> problems) {
        Iterator<String> keys = document.root().fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!ROOT_KEYS.contains(key) || nonStringKeys.contains("/" + ShapeCheck.escape(key))) {
                String suggestion = Suggestions.closest(key, ROOT_KEYS);
                problems.add(problem(document, "/" + ShapeCheck.escape(key), "unknown root key " + key
                        + (suggestion == null ? "" : "; did you mean " + suggestion + "?")
                        + " (the root holds only format, protocol and waivers)"));
            }
        }
        JsonNode format = document.root().get("format");
        if (format == null || format.isNull()) {
            problems.add(problem(document, "", "format: missing; the first line should be format: " + FORMAT));
        } else if (!format.isTextual() || !format.textValue().equals(FORMAT)) {
            problems.add(problem(document, "/format", "format: must be exactly " + FORMAT + ", not " + ShapeCheck.describe(format)));
        }
    }

    private static List<Problem> constraints(ProtocolDocument document, Protocol protocol) {
        Validator validator = FACTORY.getValidator();
        Class<?>[] groups = "design".equals(protocol.getStage())
                ? new Class<?>[] {Default.class, DesignStage.class}
                : new Class<?>[] {Default.class};
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<Protocol> violation : validator.validate(protocol, groups)) {
            String pointer = pointer(violation.getPropertyPath());
            Object value = violation.getInvalidValue();
            String shown = value == null || value instanceof org.secretomecheck.protocol.Section
                    || value instanceof java.util.Collection ? "" : " (found " + value + ")";
            String message = violation.getMessage();
            if (message.equals("must not be null")) {
                message = "is required but missing";
                shown = "";
            }
            problems.add(problem(document, pointer, ShapeCheck.field(pointer) + ": " + message + shown));
        }
        return problems;
    }

    /** Turns a Hibernate Validator property path into a JSON Pointer below {@code /protocol}. */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder("/protocol");
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                for (String part : name.split("\\.")) {
                    pointer.append('/').append(Schema.snake(part));
                }
            }
        }
        return pointer.toString();
    }

    static Problem problem(ProtocolDocument document, String pointer, String message) {
        return new Problem(Problem.Kind.STRUCTURE, document.locate(pointer), message);
    }
}
