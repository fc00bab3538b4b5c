package org.secretomecheck.change;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.JsonLayout;
import org.secretomecheck.finding.ProtocolResult;

/**
 * The diff as JSON, keys in a fixed order:
 * {@code tool, checkDate, rules, profile, inputs[] (with waiver files), warnings[], old, new, values[],
 * findings{new[], resolved[], unchanged[]}, summary}.
 * A value keeps its YAML type (a timestamp becomes a string); a line is null where the value is absent.
 */
final class DiffJson {

    private static final ObjectMapper MAPPER = JsonLayout.indented()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private DiffJson() {}

    static String render(ProtocolDiff diff) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("tool").put("name", diff.tool().name()).put("version", diff.tool().version())
                .put("codeSha256", diff.tool().code());
        root.put("checkDate", diff.checkDate().toString());
        root.putObject("rules").put("source", diff.rules().source()).put("sha256", diff.rules().sha256())
                .put("count", diff.rules().rules());
        root.putObject("profile").put("name", diff.profile().name()).put("version", diff.profile().version())
                .put("source", diff.profile().source()).put("sha256", diff.profile().sha256());
        if (!diff.inputs().isEmpty()) {
            ArrayNode inputs = root.putArray("inputs");
            diff.inputs().forEach(input -> inputs.addObject().put("role", input.role().label()).put("file", input.file())
                    .put("sha256", input.sha256()));
        }
        ArrayNode warnings = root.putArray("warnings");
        if (diff.warning() != null) {
            warnings.add(diff.warning());
        }
        root.set("old", protocol(diff.before()));
        root.set("new", protocol(diff.after()));
        ArrayNode values = root.putArray("values");
        for (ValueChange change : diff.values()) {
            ObjectNode value = values.addObject();
            value.put("pointer", change.pointer());
            value.put("change", change.kind().label());
            value.set("old", Values.json(change.before()));
            value.set("new", Values.json(change.after()));
            line(value, "oldLine", change.beforeLine());
            line(value, "newLine", change.afterLine());
        }
        ObjectNode findings = root.putObject("findings");
        for (FindingChange.Status status : FindingChange.Status.values()) {
            ArrayNode list = findings.putArray(status.label());
            for (FindingChange change : diff.findings(status)) {
                ObjectNode node = list.addObject();
                Finding finding = change.finding();
                node.put("ruleId", finding.ruleId());
                node.put("pointer", finding.location().pointer());
                node.put("severity", finding.severity().label());
                node.put("message", finding.message());
                node.set("old", change.before() == null ? null : side(change.before()));
                node.set("new", change.after() == null ? null : side(change.after()));
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("changed", diff.values(ValueChange.Kind.CHANGED).size());
        summary.put("added", diff.values(ValueChange.Kind.ADDED).size());
        summary.put("removed", diff.values(ValueChange.Kind.REMOVED).size());
        for (FindingChange.Status status : FindingChange.Status.values()) {
            summary.put(status.label() + "Findings", diff.findings(status).size());
        }
        summary.put("introduced", diff.introduced(diff.failOn()).size());
        summary.put("failOn", diff.failOn().label());
        summary.put("outcome", diff.fails() ? "fail" : "pass");
        summary.put("verdict", diff.verdict());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the diff as JSON", e);
        }
    }

    private static ObjectNode protocol(ProtocolResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", result.file());
        node.put("sha256", result.sha256());
        node.put("id", result.id());
        node.put("version", result.version());
        node.put("stage", result.stage());
        return node;
    }

    /** The finding as one version has it: severity, status, location, value. */
    private static ObjectNode side(Finding finding) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("severity", finding.severity().label());
        node.put("status", finding.status());
        node.put("file", finding.location().file());
        node.put("line", finding.location().line());
        node.put("column", finding.location().column());
        node.put("message", finding.message());
        node.put("value", finding.value());
        return node;
    }

    private static void line(ObjectNode node, String name, int line) {
        if (line > 0) {
            node.put(name, line);
        } else {
            node.putNull(name);
        }
    }
}
