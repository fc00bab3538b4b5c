package org.secretomecheck.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.Suggestions;
import org.secretomecheck.protocol.ProtocolDocument;
import org.secretomecheck.protocol.Waiver;

/**
 * Validates a waiver file: a mapping with an optional {@code format: secretome-waivers/1} and a
 * {@code waivers} list whose items are the waivers of {@code protocol-format.md} Section 8, each
 * optionally limited to {@code protocols}. The waivers are read by the same {@link WaiverReader}
 * as a protocol's, so they are checked the same way.
 */
public final class WaiverFileValidator {

    /** The format marker of version 1 of a waiver file. */
    public static final String FORMAT = "secretome-waivers/1";

    private static final Set<String> ROOT_KEYS = Set.of("format", "waivers");

    private final Set<String> knownRuleIds;

    /** @param knownRuleIds the rule IDs a waiver may name */
    public WaiverFileValidator(Set<String> knownRuleIds) {
        this.knownRuleIds = Set.copyOf(knownRuleIds);
    }

    /** The waivers of a valid file, or the problems that make it invalid (then no waiver). */
    public record Result(List<Waiver> waivers, List<Problem> problems) {
        public Result {
            waivers = List.copyOf(waivers);
            problems = List.copyOf(problems);
        }
    }

    /** Where a root key that a waiver file does not hold belongs, if it has a place: "; rule is a key of each waiver, ...". */
    private static String belongs(String key) {
        if (WaiverReader.FILE_KEYS.contains(key)) {
            return "; " + Shown.value(key) + " is a key of each waiver, in the list under waivers";
        }
        return key.equals("protocol")
                ? "; protocol starts a protocol file, which is checked as an argument, not given with --waivers" : "";
    }

    /** Validates {@code document}; {@code nonStringKeys} are pointers whose key was not a string. */
    public Result validate(ProtocolDocument document, Set<String> nonStringKeys) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root = document.root();
        if (!root.isObject()) {
            problems.add(ProtocolValidator.problem(document, "", "a waiver file must be a mapping with the key waivers"
                    + " (and optionally format: " + FORMAT + "), not " + ShapeCheck.describe(root)));
            return new Result(List.of(), problems);
        }
        Iterator<String> keys = root.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!ROOT_KEYS.contains(key) || nonStringKeys.contains(ProtocolDocument.child("", key))) {
                String suggestion = Suggestions.closest(key, ROOT_KEYS);
                problems.add(ProtocolValidator.problem(document, ProtocolDocument.child("", key), "unknown root key "
                        + Shown.value(key) + (suggestion == null ? "" : "; did you mean " + suggestion + "?")
                        + " (a waiver file holds only format and waivers)" + belongs(key)));
            }
        }
        JsonNode format = root.get("format");
        if (format != null && !(format.isTextual() && FORMAT.equals(format.textValue()))) {
            problems.add(ProtocolValidator.problem(document, "/format", "format: must be " + FORMAT + ", not "
                    + ShapeCheck.describe(format)));
        }
        JsonNode waivers = root.get("waivers");
        List<Waiver> read = List.of();
        if (waivers == null) {
            problems.add(ProtocolValidator.problem(document, "", "waivers: is required but missing (the list of waivers)"));
        } else if (waivers.isNull() && !document.isAlias("/waivers")) {
            problems.add(ProtocolValidator.problem(document, "/waivers", "waivers: must be a list of waivers, not null"));
        } else {
            read = new WaiverReader(document, knownRuleIds, problems, nonStringKeys, true).read(waivers);
        }
        if (!problems.isEmpty() || document.hasAliases()) { // the reader reports an alias
            problems.sort(Problem.BY_POSITION);
            return new Result(List.of(), problems);
        }
        return new Result(read, problems);
    }
}
