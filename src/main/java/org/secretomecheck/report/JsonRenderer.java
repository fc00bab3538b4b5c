package org.secretomecheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Parameter;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.SectionScore;
import org.secretomecheck.finding.Severity;

/** The JSON report (shape documented in README.md), written with Jackson in a fixed key order. */
public final class JsonRenderer implements Renderer {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public void render(Report report, Writer out) throws IOException {
        MAPPER.writeValue(out, tree(report));
        out.write('\n');
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("tool").put("name", report.tool().name()).put("version", report.tool().version());
        root.put("checkDate", report.checkDate().toString());
        root.putObject("rules").put("source", report.rules().source()).put("sha256", report.rules().sha256())
                .put("count", report.rules().rules());
        root.putObject("profile").put("name", report.profile().name()).put("version", report.profile().version())
                .put("source", report.profile().source()).put("sha256", report.profile().sha256());
        ArrayNode protocols = root.putArray("protocols");
        report.protocols().forEach(protocol -> protocols.add(protocol(protocol)));
        ObjectNode summary = root.putObject("summary");
        summary.put("protocols", report.protocols().size());
        summary.put("checked", report.protocols().size() - report.notCheckedCount());
        summary.put("notChecked", report.notCheckedCount());
        ObjectNode open = summary.putObject("open");
        Map<Severity, Integer> counts = report.openBySeverity();
        for (Severity severity : new Severity[] {Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO}) {
            open.put(severity.label(), counts.get(severity));
        }
        summary.put("waived", report.waivedCount());
        return root;
    }

    private static ObjectNode protocol(ProtocolResult result) {
        ObjectNode protocol = MAPPER.createObjectNode();
        protocol.put("file", result.file());
        protocol.put("sha256", result.sha256());
        protocol.put("id", result.id());
        protocol.put("version", result.version());
        protocol.put("stage", result.stage());
        protocol.put("status", result.status());
        ArrayNode findings = protocol.putArray("findings");
        result.findings().forEach(finding -> findings.add(finding(finding)));
        ArrayNode problems = protocol.putArray("problems");
        result.problems().forEach(problem -> problems.add(problem(problem)));
        ArrayNode completeness = protocol.putArray("completeness");
        for (SectionScore score : result.completeness()) {
            completeness.addObject().put("section", score.section()).put("applicable", score.applicable())
                    .put("met", score.met()).put("score", score.score());
        }
        ArrayNode parameters = protocol.putArray("parameters");
        for (Parameter parameter : result.parameters()) {
            parameters.addObject().put("name", parameter.name()).put("pointer", parameter.pointer())
                    .put("value", parameter.value());
        }
        return protocol;
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", finding.ruleId());
        node.put("severity", finding.severity().label());
        node.put("status", finding.status());
        node.put("message", finding.message());
        node.put("pointer", finding.location().pointer());
        node.put("line", finding.location().line());
        node.put("column", finding.location().column());
        node.put("value", finding.value());
        if (finding.isWaived()) {
            node.putObject("waiver").put("justification", finding.waiver().justification())
                    .put("approvedBy", finding.waiver().approvedBy())
                    .put("expiresOn", finding.waiver().expiresOn())
                    .put("source", finding.waiver().source());
        }
        return node;
    }

    private static ObjectNode problem(Problem problem) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", problem.kind().name().toLowerCase(java.util.Locale.ROOT));
        node.put("message", problem.message());
        node.put("pointer", problem.location().pointer());
        node.put("line", problem.location().line());
        node.put("column", problem.location().column());
        return node;
    }
}
