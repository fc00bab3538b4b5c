package org.secretomecheck.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.protocol.ProtocolDocument;
import org.secretomecheck.protocol.Waiver;
import org.secretomecheck.protocol.YamlTimestamp;

/** Reads the {@code waivers} list ({@code protocol-format.md} Section 8, errors 25 to 31). */
final class WaiverReader {

    private static final Set<String> KEYS =
            Set.of("rule", "pointer", "justification", "approved_by", "approved_on", "expires_on", "reference");

    private final ProtocolDocument document;
    private final Set<String> knownRuleIds;
    private final List<Problem> problems;

    WaiverReader(ProtocolDocument document, Set<String> knownRuleIds, List<Problem> problems) {
        this.document = document;
        this.knownRuleIds = knownRuleIds;
        this.problems = problems;
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
        if (!item.isObject()) {
            report(at, ShapeCheck.field(at) + ": a waiver must be a mapping, not " + ShapeCheck.describe(item));
            return null;
        }
        int before = problems.size();
        Iterator<String> keys = item.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                String suggestion = Suggestions.closest(key, KEYS);
                report(at + "/" + ShapeCheck.escape(key), ShapeCheck.field(at) + ": unknown waiver key " + key
                        + (suggestion == null ? "" : "; did you mean " + suggestion + "?"));
            }
        }
        String rule = rule(item, at);
        String pointer = pointer(item, at);
        String justification = text(item, at, "justification");
        String approvedBy = text(item, at, "approved_by");
        LocalDate approvedOn = date(item, at, "approved_on");
        LocalDate expiresOn = date(item, at, "expires_on");
        if (approvedOn != null && expiresOn != null && expiresOn.isBefore(approvedOn)) {
            report(at + "/expires_on", ShapeCheck.field(at) + ".expires_on: " + expiresOn
                    + " is before approved_on " + approvedOn);
        }
        if (problems.size() > before) {
            return null;
        }
        return new Waiver(rule, pointer, justification, approvedBy, approvedOn, expiresOn,
                document.locate(at).display());
    }

    private String rule(JsonNode item, String at) {
        JsonNode rule = item.get("rule");
        if (rule == null || rule.isNull()) {
            report(at, ShapeCheck.field(at) + ": rule is required: the ID of the waived criterion, e.g. DON-02");
        } else if (!rule.isTextual() || !knownRuleIds.contains(rule.textValue())) {
            String suggestion = rule.isTextual() ? Suggestions.closest(rule.textValue(), knownRuleIds) : null;
            report(at + "/rule", ShapeCheck.field(at) + ".rule: " + ShapeCheck.describe(rule)
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
        if (pointer.isTextual() && (pointer.textValue().equals("/protocol") || pointer.textValue().startsWith("/protocol/"))) {
            return pointer.textValue();
        }
        report(at + "/pointer", ShapeCheck.field(at) + ".pointer: must be a JSON Pointer starting with /protocol, not "
                + ShapeCheck.describe(pointer));
        return null;
    }

    private String text(JsonNode item, String at, String key) {
        JsonNode text = item.get(key);
        if (text != null && text.isTextual() && !text.textValue().isBlank()) {
            return text.textValue();
        }
        boolean missing = text == null || text.isNull();
        report(missing ? at : at + "/" + key, ShapeCheck.field(at) + "." + key + ": is required and must be non-blank text"
                + (missing ? ", but it is missing" : ", not " + ShapeCheck.describe(text)));
        return null;
    }

    private LocalDate date(JsonNode item, String at, String key) {
        JsonNode date = item.get(key);
        if (date instanceof POJONode pojo && pojo.getPojo() instanceof YamlTimestamp timestamp && timestamp.isValidDate()) {
            return timestamp.date();
        }
        boolean missing = date == null || date.isNull();
        String why = missing ? "is required but missing (an unquoted date YYYY-MM-DD)"
                : "must be an unquoted date YYYY-MM-DD that exists, not " + describeDate(date);
        report(missing ? at : at + "/" + key, ShapeCheck.field(at) + "." + key + ": " + why);
        return null;
    }

    private static String describeDate(JsonNode date) {
        if (date instanceof POJONode pojo && pojo.getPojo() instanceof YamlTimestamp timestamp) {
            return timestamp.date() == null ? timestamp.text() + ", a date that does not exist"
                    : "the date-time " + timestamp.text();
        }
        if (date.isTextual()) {
            return "the text \"" + date.textValue() + "\" (write the date without quotes)";
        }
        return ShapeCheck.describe(date);
    }

    private void report(String pointer, String message) {
        problems.add(new Problem(Problem.Kind.STRUCTURE, document.locate(pointer), message));
    }
}
