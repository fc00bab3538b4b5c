package org.secretomecheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.secretomecheck.finding.BaselineEntry;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.JsonLayout;
import org.secretomecheck.finding.Parameter;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.Gate;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.SectionScore;
import org.secretomecheck.finding.Severity;
import org.secretomecheck.finding.Tally;
import org.secretomecheck.finding.WaiverRef;

/** The JSON report (shape documented in README.md), written with Jackson in a fixed key order. */
public final class JsonRenderer implements StreamingRenderer {

    private static final ObjectMapper MAPPER = JsonLayout.indented()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public Stream open(Report header, Writer out) throws IOException {
        JsonGenerator json = MAPPER.createGenerator(out); // indented by the mapper, as JsonLayout lays it out
        json.writeStartObject();
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", header.tool().name());
        json.writeStringField("version", header.tool().version());
        json.writeStringField("codeSha256", header.tool().code());
        json.writeEndObject();
        json.writeStringField("checkDate", header.checkDate().toString());
        json.writeObjectFieldStart("rules");
        json.writeStringField("source", header.rules().source());
        json.writeStringField("sha256", header.rules().sha256());
        json.writeNumberField("count", header.rules().rules());
        json.writeEndObject();
        json.writeObjectFieldStart("profile");
        json.writeStringField("name", header.profile().name());
        json.writeStringField("version", header.profile().version());
        json.writeStringField("source", header.profile().source());
        json.writeStringField("sha256", header.profile().sha256());
        if (!header.profile().overrides().isEmpty()) { // the thresholds that are the site's own
            json.writeArrayFieldStart("overrides");
            for (Report.Override override : header.profile().overrides()) {
                json.writeStartObject();
                json.writeStringField("key", override.key());
                json.writeStringField("value", override.value());
                json.writeStringField("default", override.standard());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        if (!header.inputs().isEmpty()) {
            json.writeArrayFieldStart("inputs");
            for (Report.Input input : header.inputs()) {
                json.writeStartObject();
                json.writeStringField("role", input.role().label());
                json.writeStringField("file", input.file());
                json.writeStringField("sha256", input.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!header.excludes().isEmpty()) { // what the run left out of the directories it walked
            json.writeArrayFieldStart("excludes");
            for (String glob : header.excludes()) {
                json.writeString(glob);
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("protocols");
        return new Stream() {
            @Override
            public void protocol(ProtocolResult result) throws IOException {
                json.writeTree(JsonRenderer.protocol(result, header));
            }

            @Override
            public void finish(Tally tally) throws IOException {
                json.writeEndArray();
                json.writeFieldName("summary");
                json.writeTree(summary(tally, header.gate()));
                if (header.baseline() != null) {
                    json.writeFieldName("baseline");
                    json.writeTree(baseline(header.baseline(), tally));
                }
                json.writeEndObject();
                json.flush();
                out.write('\n');
            }
        };
    }

    private static ObjectNode summary(Tally tally, Gate gate) {
        ObjectNode summary = MAPPER.createObjectNode();
        summary.put("protocols", tally.protocols());
        summary.put("checked", tally.checked());
        summary.put("notChecked", tally.notChecked());
        ObjectNode open = summary.putObject("open");
        Map<Severity, Integer> counts = tally.openBySeverity();
        for (Severity severity : new Severity[] {Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO}) {
            open.put(severity.label(), counts.get(severity));
        }
        summary.put("waived", tally.waived());
        summary.put("reopened", tally.reopened());
        summary.put("pending", tally.pending());
        summary.put("staleWaivers", tally.staleWaivers());
        summary.put("expiringWaivers", tally.expiringWaivers());
        summary.put("failOn", gate.failOn().label());
        summary.put("failOnStaleWaivers", gate.failOnStaleWaivers());
        summary.put("expiryWarningDays", gate.expiryWarningDays());
        summary.put("outcome", gate.outcome(tally).label());
        return summary;
    }

    private static ObjectNode baseline(String source, Tally tally) {
        ObjectNode baseline = MAPPER.createObjectNode();
        baseline.put("source", source);
        baseline.put("new", tally.baselineNew());
        baseline.put("matched", tally.baselineMatched());
        ArrayNode gone = baseline.putArray("gone");
        for (BaselineEntry entry : tally.baselineGone()) { // as the baseline file records it
            ObjectNode node = gone.addObject().put("ruleId", entry.ruleId()).put("protocolId", entry.protocolId())
                    .put("pointer", entry.pointer()).put("severity", entry.severity());
            if (entry.value() != null) {
                node.put("value", entry.value());
            }
            node.put("file", entry.file()).put("line", entry.line()).put("column", entry.column());
        }
        return baseline;
    }

    private static ObjectNode protocol(ProtocolResult result, Report header) {
        LocalDate checkDate = header.checkDate();
        ObjectNode protocol = MAPPER.createObjectNode();
        protocol.put("file", result.file());
        protocol.put("sha256", result.sha256().isEmpty() ? null : result.sha256()); // null: the file could not be read
        protocol.put("id", result.id());
        protocol.put("version", result.version());
        protocol.put("stage", result.stage());
        protocol.put("status", result.status());
        protocol.put("outcome", header.gate().outcome(Tally.of(List.of(result))).label()); // as the run's, for this file alone
        ArrayNode findings = protocol.putArray("findings");
        result.findings().forEach(finding -> findings.add(finding(finding)));
        ArrayNode stale = protocol.putArray("staleWaivers");
        for (WaiverRef waiver : result.staleWaivers()) {
            String reason = TextRenderer.staleReason(result, waiver);
            stale.add(waiver(waiver).put("reason", reason.isEmpty() ? null : reason));
        }
        ArrayNode expiring = protocol.putArray("expiringWaivers");
        for (WaiverRef waiver : result.expiringWaivers()) {
            expiring.add(waiver(waiver).put("daysLeft",
                    ChronoUnit.DAYS.between(checkDate, LocalDate.parse(waiver.expiresOn()))));
        }
        ArrayNode problems = protocol.putArray("problems");
        result.problems().forEach(problem -> problems.add(problem(problem)));
        ArrayNode completeness = protocol.putArray("completeness");
        for (SectionScore score : result.completeness()) {
            completeness.addObject().put("section", score.section()).put("applicable", score.applicable())
                    .put("met", score.met()).put("score", score.score());
        }
        header.notApplicable(result).forEach(protocol.putArray("notApplicable")::add);
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
        if (finding.waiver() != null) {
            ObjectNode waiver = node.putObject("waiver").put("justification", finding.waiver().justification())
                    .put("approvedBy", finding.waiver().approvedBy())
                    .put("approvedOn", finding.waiver().approvedOn())
                    .put("expiresOn", finding.waiver().expiresOn());
            if (finding.waiver().reference() != null) {
                waiver.put("reference", finding.waiver().reference());
            }
            waiver.put("source", finding.waiver().source()).put("expired", finding.waiver().expired())
                    .put("pending", finding.waiver().pending());
        }
        if (finding.baseline()) {
            node.put("baseline", true);
        }
        return node;
    }

    private static ObjectNode waiver(WaiverRef waiver) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", waiver.rule());
        node.put("pointer", waiver.pointer());
        node.put("source", waiver.source());
        node.put("expiresOn", waiver.expiresOn());
        return node;
    }

    private static ObjectNode problem(Problem problem) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", problem.kind().name().toLowerCase(java.util.Locale.ROOT));
        node.put("message", problem.message());
        node.put("pointer", problem.location().pointer());
        if (problem.location().line() > 0) {
            node.put("line", problem.location().line());
            node.put("column", problem.location().column());
        } else { // a problem with the whole file (empty, too large, unreadable)
            node.putNull("line");
            node.putNull("column");
        }
        return node;
    }
}
