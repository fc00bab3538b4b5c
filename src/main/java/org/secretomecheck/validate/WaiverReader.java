package org.secretomecheck.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.Suggestions;
import org.secretomecheck.protocol.Protocol;
import org.secretomecheck.protocol.ProtocolDocument;
import org.secretomecheck.protocol.Waiver;
import org.secretomecheck.protocol.YamlTimestamp;

/**
 * Reads the {@code waivers} list ({@code protocol-format.md} Section 8, errors 25 to 31), of a
 * protocol or of a waiver file. A waiver of a waiver file may also name the {@code protocols} it
 * is limited to.
 */
final class WaiverReader {

    private static final Set<String> KEYS =
            Set.of("rule", "pointer", "justification", "approved_by", "approved_on", "expires_on", "reference");

    /** The keys of a waiver in a waiver file. */
    static final Set<String> FILE_KEYS = Set.of("rule", "pointer", "justification", "approved_by",
            "approved_on", "expires_on", "reference", "protocols");

    /** A protocol ID, as {@link org.secretomecheck.protocol.IdString} has it. */
    private static final java.util.regex.Pattern PROTOCOL_ID =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}");

    private final ProtocolDocument document;
    private final Set<String> knownRuleIds;
    private final List<Problem> problems;
    /** The pointers of non-string keys inside each waiver's {@code reference}, by the waiver's pointer. */
    private final Map<String, List<String>> referenceKeys = new HashMap<>();
    private final boolean waiverFile;

    /**
     * @param nonStringKeys pointers whose key was not a string
     * @param waiverFile    whether the waivers are those of a waiver file, which may carry {@code protocols}
     */
    WaiverReader(ProtocolDocument document, Set<String> knownRuleIds, List<Problem> problems, Set<String> nonStringKeys,
            boolean waiverFile) {
        this.document = document;
        this.knownRuleIds = knownRuleIds;
        this.problems = problems;
        for (String key : nonStringKeys) {
            int reference = key.startsWith("/waivers/") ? key.indexOf("/reference/") : -1;
            if (reference > 0) {
                referenceKeys.computeIfAbsent(key.substring(0, reference), waiver -> new ArrayList<>()).add(key);
            }
        }
        this.waiverFile = waiverFile;
    }

    List<Waiver> read(JsonNode waivers) {
        List<Waiver> read = new ArrayList<>();
        if (waivers == null || waivers.isNull()) {
            return read;
        }
        if (!waivers.isArray()) {
            report("/waivers", "waivers: must be a list of waivers, not " + ShapeCheck.describe(waivers));
            return read;
        }
        for (int i = 0; i < waivers.size(); i++) {
            Waiver waiver = waiver(waivers.get(i), "/waivers/" + i);
            if (waiver != null) {
                read.add(waiver);
            }
        }
        return read;
    }

    private Waiver waiver(JsonNode item, String at) {
        if (document.isAlias(at)) {
            return null; // reported by the reader
        }
        if (!item.isObject()) {
            report(at, ShapeCheck.field(at) + ": a waiver must be a mapping, not " + ShapeCheck.describe(item));
            return null;
        }
        int before = problems.size();
        Set<String> allowed = waiverFile ? FILE_KEYS : KEYS;
        Iterator<String> keys = item.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (key.equals("<<")) { // YAML's merge key, which the format does not apply; an alias there is reported by the reader
                if (!document.isAlias(ProtocolDocument.child(at, key))) {
                    report(ProtocolDocument.child(at, key), ShapeCheck.field(ProtocolDocument.child(at, key)) + ": " + ShapeCheck.MERGE_KEY);
                }
            } else if (!allowed.contains(key) && FILE_KEYS.contains(key)) {
                report(ProtocolDocument.child(at, key), ShapeCheck.field(at) + ": the waiver key " + Shown.value(key)
                        + " belongs in a waiver file (--waivers); a protocol's own waivers apply to that protocol only");
            } else if (!allowed.contains(key)) {
                String suggestion = Suggestions.closest(key, allowed);
                report(ProtocolDocument.child(at, key), ShapeCheck.field(at) + ": unknown waiver key " + Shown.value(key)
                        + (suggestion == null ? "" : "; did you mean " + suggestion + "?"));
            }
        }
        for (String key : referenceKeys.getOrDefault(at, List.of())) { // a reference may hold anything, but its keys are text (Section 2.1)
            String name = key.substring(key.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
            report(key, ShapeCheck.field(key) + ": key " + Shown.value(name) + " is not a string: keys are text"
                    + " (quote it: \"" + Shown.value(name) + "\")");
        }
        String rule = rule(item, at);
        String pointer = pointer(item, at);
        String justification = text(item, at, "justification");
        String approvedBy = text(item, at, "approved_by");
        LocalDate approvedOn = date(item, at, "approved_on");
        LocalDate expiresOn = date(item, at, "expires_on");
        List<String> protocols = waiverFile ? protocols(item, at) : List.of();
        if (approvedOn != null && expiresOn != null && expiresOn.isBefore(approvedOn)) {
            report(at + "/expires_on", ShapeCheck.field(at) + ".expires_on: " + expiresOn
                    + " is before approved_on " + approvedOn);
        }
        if (problems.size() > before || rule == null || justification == null || approvedBy == null || approvedOn == null
                || expiresOn == null) { // a value left out without a problem here was an alias, which the reader reports
            return null;
        }
        return new Waiver(rule, pointer, justification, approvedBy, approvedOn, expiresOn, reference(item),
                document.locate(at), protocols);
    }

    /** The protocol IDs a waiver of a waiver file is limited to: a non-empty list of distinct IDs, or none. */
    private List<String> protocols(JsonNode item, String at) {
        if (!item.has("protocols") || document.isAlias(at + "/protocols")) { // an alias is reported by the reader
            return List.of();
        }
        JsonNode list = item.get("protocols");
        String where = ShapeCheck.field(at) + ".protocols";
        if (!list.isArray() || list.isEmpty()) {
            report(at + "/protocols", where + ": must be a non-empty list of protocol IDs (leave it out for every"
                    + " protocol), not " + (list.isArray() ? "an empty list" : ShapeCheck.describe(list)));
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i);
            if (!id.isTextual() || !PROTOCOL_ID.matcher(id.textValue()).matches()) {
                String place = at + "/protocols/" + i;
                report(place, ShapeCheck.field(place) + ": " + ShapeCheck.describe(id, place, document) + " is not a protocol ID"
                        + " (1 to 64 letters, digits and . _ : / + -, starting with a letter or digit)"
                        + ShapeCheck.quoteHint(id, place, document));
            } else if (ids.contains(id.textValue())) {
                report(at + "/protocols/" + i, ShapeCheck.field(at + "/protocols/" + i) + ": " + id.textValue()
                        + " is listed twice");
            } else {
                ids.add(id.textValue());
            }
        }
        return ids;
    }

    private String rule(JsonNode item, String at) {
        JsonNode rule = item.get("rule");
        if (rule == null || rule.isNull()) {
            reportMissing(at, "rule", ShapeCheck.field(at) + ": rule is required: the ID of the waived criterion, e.g. DON-02");
        } else if (!rule.isTextual() || !knownRuleIds.contains(rule.textValue())) {
            // sorted, so that a tie always gives the same suggestion (a Set.copyOf iterates in a random order)
            String suggestion = rule.isTextual() ? Suggestions.closestRuleId(rule.textValue(), new java.util.TreeSet<>(knownRuleIds))
                    : null;
            report(at + "/rule", ShapeCheck.field(at) + ".rule: " + ShapeCheck.describe(rule, at + "/rule", document)
                    + " is not a rule ID of the catalogue" + (suggestion == null ? "" : "; did you mean " + suggestion + "?"));
        } else {
            return rule.textValue();
        }
        return null;
    }

    private String pointer(JsonNode item, String at) {
        if (!item.has("pointer")) {
            return null;
        }
        JsonNode pointer = item.get("pointer");
        // In a waiver file (the tool's own format) only: protocol-format.md fixes what a protocol's own
        // waivers may hold, and such a pointer is a valid JSON Pointer there (it stays stale).
        if (waiverFile && pointer.isTextual() && (pointer.textValue().endsWith("/") || pointer.textValue().contains("//"))) {
            report(at + "/pointer", ShapeCheck.field(at) + ".pointer: " + ShapeCheck.describe(pointer) + " has an empty"
                    + " segment (a trailing / or //), which no key of a protocol has, so it would waive nothing");
            return null;
        }
        if (pointer.isTextual() && (pointer.textValue().equals("/protocol") || pointer.textValue().startsWith("/protocol/"))
                && !pointer.textValue().matches(".*~([^01].*|$)")) {
            String nowhere = waiverFile ? nowhere(pointer.textValue()) : null;
            if (nowhere != null) {
                report(at + "/pointer", ShapeCheck.field(at) + ".pointer: " + ShapeCheck.describe(pointer) + " names no place"
                        + " of the protocol format (" + nowhere + "), so it would waive nothing");
                return null;
            }
            return pointer.textValue();
        }
        String text = pointer.isTextual() ? pointer.textValue() : "";
        String meant = pointerMeant(text);
        report(at + "/pointer", ShapeCheck.field(at) + ".pointer: must be a JSON Pointer starting with /protocol, not "
                + ShapeCheck.describe(pointer, at + "/pointer", document)
                + (meant != null ? " (did you mean " + meant + "?)" : text.matches(".*~([^01].*|$)")
                        ? " (in a pointer, ~ is written ~0 and / inside a key ~1)" : ""));
        return null;
    }

    /**
     * Null when {@code pointer} (below {@code /protocol}) names a place of the protocol format: a
     * key of each section, an index after a list; else what is wrong at the first segment that
     * names nothing, with the key meant when one is close ({@code storage_temp is not a key of
     * protocol.formulation_storage; did you mean storage_temp_c?}).
     */
    static String nowhere(String pointer) {
        Type node = Protocol.class;
        String at = "protocol";
        String[] segments = pointer.split("/", -1);
        for (int i = 2; i < segments.length; i++) {
            String segment = segments[i].replace("~1", "/").replace("~0", "~");
            Type element = Schema.elementType(node);
            if (element != null) {
                if (!segment.matches("0|[1-9][0-9]{0,8}")) {
                    return Shown.value(segment) + " is not an index of the list " + at;
                }
                node = element;
            } else if (Schema.isSection(node)) {
                Map<String, Field> keys = Schema.keys((Class<?>) node);
                Field field = keys.get(segment);
                if (field == null) {
                    String suggestion = Suggestions.closest(segment, keys.keySet());
                    return Shown.value(segment) + " is not a key of " + at
                            + (suggestion == null ? "" : "; did you mean " + suggestion + "?");
                }
                node = field.getGenericType();
            } else {
                return at + " holds a value, with no keys below it";
            }
            at = at + "." + segment;
        }
        return null;
    }

    /** The {@code reference}, which may be anything: a scalar as its text, a list or mapping as JSON; null when absent. */
    private static String reference(JsonNode item) {
        JsonNode reference = item.get("reference");
        if (reference == null || reference.isNull()) {
            return null;
        }
        return reference.isValueNode() ? reference.asText() : reference.toString();
    }

    private String text(JsonNode item, String at, String key) {
        JsonNode text = item.get(key);
        if (text != null && text.isTextual() && !org.secretomecheck.protocol.Text.Blank.is(text.textValue())) {
            return text.textValue().stripTrailing(); // a block scalar keeps its last line break: not part of the text
        }
        if (text == null || text.isNull()) {
            reportMissing(at, key, ShapeCheck.field(at) + "." + key + ": is required and must be non-blank text, but it is missing");
        } else {
            report(at + "/" + key, ShapeCheck.field(at) + "." + key + ": is required and must be non-blank text, not "
                    + ShapeCheck.describe(text, at + "/" + key, document) + ShapeCheck.quoteHint(text, at + "/" + key, document));
        }
        return null;
    }

    private LocalDate date(JsonNode item, String at, String key) {
        JsonNode date = item.get(key);
        if (date instanceof POJONode pojo && pojo.getPojo() instanceof YamlTimestamp timestamp && timestamp.isValidDate()) {
            return timestamp.date();
        }
        if (date == null || date.isNull()) {
            reportMissing(at, key, ShapeCheck.field(at) + "." + key + ": is required but missing (an unquoted date YYYY-MM-DD)");
        } else {
            report(at + "/" + key, ShapeCheck.field(at) + "." + key + ": must be an unquoted date YYYY-MM-DD that exists, not "
                    + describeDate(date, at + "/" + key));
        }
        return null;
    }

    private String describeDate(JsonNode date, String at) {
        if (date instanceof POJONode pojo && pojo.getPojo() instanceof YamlTimestamp timestamp) {
            return timestamp.date() == null ? Shown.value(timestamp.text()) + ", a date that does not exist"
                    : "the date-time " + Shown.value(timestamp.text());
        }
        if (date.isTextual()) { // the hint only where the text is a date written in quotes
            return "the text \"" + Shown.value(date.textValue()) + "\""
                    + (date.textValue().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? " (write the date without quotes)" : "");
        }
        return ShapeCheck.describe(date, at, document);
    }

    /**
     * The pointer {@code text} may have meant, or null: with the leading / left out
     * ({@code protocol/donor}, {@code donor/sex}), in other capitals ({@code /Protocol/donor}), from
     * below {@code protocol:} ({@code /donor/sex}) or as a field name ({@code donor.sex},
     * {@code protocol.donor.sex}).
     */
    private static String pointerMeant(String text) {
        String written = text.startsWith("#") ? text.substring(1) : text; // a URI fragment: #/protocol/donor
        if (written.isEmpty() || written.contains("~") || written.contains(" ")) {
            return null;
        }
        String path = written.replaceAll("\\[(\\d+)]", written.contains("/") ? "/$1" : ".$1"); // tests[2]: the item's index
        path = path.matches("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+") ? path.replace('.', '/') : path;
        path = path.toLowerCase(java.util.Locale.ROOT); // the format's keys are lower case
        path = path.startsWith("/") ? path.substring(1) : path;
        if (path.equals("protocol") || path.startsWith("protocol/")) {
            path = path.substring("protocol".length());
        } else {
            path = "/" + path;
        }
        String meant = "/protocol" + (path.equals("/") ? "" : path);
        return meant.equals(text) ? null : meant;
    }

    /**
     * Reports the required {@code key} of the waiver at {@code at} missing, unless an alias stood
     * there (reported by the reader) or the waiver has a merge key (reported as such).
     */
    private void reportMissing(String at, String key, String message) {
        if (!document.isAlias(ProtocolDocument.child(at, key)) && !document.at(at).has("<<")) { // nor brought by a merge key
            report(at, message);
        }
    }

    private void report(String pointer, String message) {
        problems.add(new Problem(Problem.Kind.STRUCTURE, document.locate(pointer), Shown.line(message)));
    }
}
