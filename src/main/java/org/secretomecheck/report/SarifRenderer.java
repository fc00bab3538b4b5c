package org.secretomecheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.secretomecheck.finding.BaselineEntry;
import org.secretomecheck.finding.EvidenceTags;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Gate;
import org.secretomecheck.finding.JsonLayout;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.RuleDescription;
import org.secretomecheck.finding.Severity;
import org.secretomecheck.finding.Tally;
import org.secretomecheck.finding.WaiverRef;

/**
 * SARIF 2.1.0, for code scanning (GitHub, GitLab, IDEs): one run; one result per finding, located
 * by file, line and column and by its JSON Pointer (a logical location); waived findings as
 * accepted suppressions ("inSource" for a waiver in the protocol, "external" for one from a waiver file); protocols that could not be checked as error notifications of
 * a failed invocation and as error results of the rule ID {@value #NOT_CHECKED}. Written with Jackson, keys in a fixed order.
 * GitHub code scanning does not read suppressions and would show waived findings as open
 * alerts, so a renderer made with {@link #withoutWaived()} leaves them out of the results (the
 * run's properties still count them, and say how many were left out).
 */
public final class SarifRenderer implements Renderer {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** The base of relative artifact URIs: the directory the tool was run in. */
    static final String SRCROOT = "%SRCROOT%";

    private static final ObjectMapper MAPPER = JsonLayout.indented()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private final boolean waivedResults;

    /** A renderer that writes waived findings as suppressed results. */
    public SarifRenderer() {
        this(true);
    }

    private SarifRenderer(boolean waivedResults) {
        this.waivedResults = waivedResults;
    }

    /** A renderer that leaves waived findings out of the results, for GitHub code scanning. */
    public static SarifRenderer withoutWaived() {
        return new SarifRenderer(false);
    }

    /**
     * Writes the log one part at a time, each result as it is made, so that a report of thousands
     * of protocols never holds its whole tree (about 0.1 MB per protocol with many findings).
     */
    @Override
    public void render(Report report, Writer out) throws IOException {
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeFieldName("tool");
            json.writeTree(tool(report));
            json.writeArrayFieldStart("invocations");
            json.writeTree(invocation(report));
            json.writeEndArray();
            // Where %SRCROOT% is, said in words: an absolute path would make the report differ
            // from one machine or checkout to the next.
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SRCROOT);
            json.writeObjectFieldStart("description");
            json.writeStringField("text", "The directory secretome-check was run in: relative file URIs are relative to it.");
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("artifacts");
            for (ProtocolResult protocol : report.protocols()) {
                json.writeTree(artifact(report, protocol));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("results");
            for (int index = 0; index < report.protocols().size(); index++) {
                for (Finding finding : report.protocols().get(index).findings()) {
                    if (waivedResults || !finding.isWaived()) {
                        json.writeTree(result(report, finding, index));
                    }
                }
                Map<String, Integer> seen = new java.util.HashMap<>();
                for (Problem problem : report.protocols().get(index).problems()) {
                    json.writeTree(notChecked(report, problem, index, seen));
                }
                if (report.gate().failOnStaleWaivers()) { // they fail the run, so code scanning must show them
                    for (WaiverRef waiver : report.protocols().get(index).staleWaivers()) {
                        json.writeTree(staleWaiver(report, report.protocols().get(index), waiver));
                    }
                }
            }
            json.writeEndArray();
            json.writeStringField("columnKind", "unicodeCodePoints");
            json.writeFieldName("properties");
            ObjectNode properties = runProperties(report);
            if (!waivedResults) {
                properties.put("waivedResultsLeftOut", report.tally().waived());
            }
            json.writeTree(properties);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static ObjectNode tool(Report report) {
        ObjectNode tool = MAPPER.createObjectNode();
        ObjectNode driver = tool.putObject("driver");
        driver.put("name", report.tool().name());
        driver.put("version", report.tool().version());
        if (report.tool().version().matches("[0-9]+\\.[0-9]+\\.[0-9]+([-+].*)?")) {
            driver.put("semanticVersion", report.tool().version());
        }
        if (report.tool().code() != null) { // SARIF has no place for a tool's digest but a property bag
            driver.putObject("properties").put("codeSha256", report.tool().code());
        }
        ArrayNode rules = driver.putArray("rules");
        for (RuleDescription rule : report.ruleDescriptions()) {
            rules.add(rule(rule));
        }
        if (report.notCheckedCount() > 0) {
            rules.add(toolRule(NOT_CHECKED, "Protocol not checked", "The file could not be read, or is not a valid protocol"
                    + " (secretome-protocol/1), so no criterion was evaluated for it: mend the problem shown and check it again."));
        }
        if (staleWaiverResults(report)) {
            rules.add(toolRule(STALE_WAIVER, "Stale waiver", "A waiver matches no finding of a protocol it applies to"
                    + " (--fail-on-stale-waivers makes this fail the run): remove it, or correct its rule or pointer."));
        }
        return tool;
    }

    /** The descriptor of a result the tool itself reports ({@value #NOT_CHECKED}, {@value #STALE_WAIVER}), at level error. */
    private static ObjectNode toolRule(String id, String title, String description) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", id);
        node.putObject("shortDescription").put("text", title);
        node.putObject("fullDescription").put("text", description);
        node.putObject("help").put("text", description).put("markdown", MarkdownRenderer.escape(description));
        node.putObject("defaultConfiguration").put("level", "error");
        return node;
    }

    /** Whether the run's stale waivers are results: they fail it ({@code --fail-on-stale-waivers}) and there are some. */
    private static boolean staleWaiverResults(Report report) {
        return report.gate().failOnStaleWaivers() && report.tally().staleWaivers() > 0;
    }

    /** The index among {@code tool.driver.rules} of the descriptor of {@value #NOT_CHECKED} or {@value #STALE_WAIVER}. */
    private static int toolRuleIndex(Report report, String id) {
        int index = report.ruleDescriptions().size();
        return id.equals(NOT_CHECKED) || report.notCheckedCount() == 0 ? index : index + 1;
    }

    private static String staleMessage(ProtocolResult protocol, WaiverRef waiver) {
        return "The waiver of " + waiver.rule() + pointer(waiver) + " matches no finding of " + protocolName(protocol)
                + TextRenderer.whyStale(protocol, waiver) + "; remove it or correct it.";
    }

    /** A stale waiver as an error result, when it fails the run: code scanning makes alerts of results only. */
    private static ObjectNode staleWaiver(Report report, ProtocolResult protocol, WaiverRef waiver) {
        ObjectNode result = MAPPER.createObjectNode();
        result.put("ruleId", STALE_WAIVER);
        result.put("ruleIndex", toolRuleIndex(report, STALE_WAIVER));
        result.put("kind", "fail");
        result.put("level", "error");
        result.putObject("message").put("text", staleMessage(protocol, waiver));
        result.putArray("locations").add(location(waiver.location(), -1));
        result.putObject("partialFingerprints").put("secretomeCheckFinding/v1", fingerprint(STALE_WAIVER + "\u0000"
                + waiver.rule() + "\u0000" + (waiver.pointer() == null ? "" : waiver.pointer()) + "\u0000" + uri(protocol.file()),
                waiver.location()));
        result.putObject("properties").put("status", "stale_waiver").put("rule", waiver.rule());
        return result;
    }

    private static ObjectNode rule(RuleDescription rule) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", rule.id());
        node.putObject("shortDescription").put("text", nonEmpty(rule.title(), rule.id()));
        node.putObject("fullDescription").put("text", nonEmpty(rule.rationale(), nonEmpty(rule.title(), rule.id())));
        node.putObject("help").put("text", helpText(rule)).put("markdown", helpMarkdown(rule));
        if (!rule.severities().isEmpty()) {
            // the level of its most severe check; each result carries its own
            node.putObject("defaultConfiguration").put("level", level(rule.severities().get(0)));
        }
        ObjectNode properties = node.putObject("properties");
        rule.severities().stream().map(Severity::label).forEach(properties.putArray("severities")::add);
        if (rule.appliesTo() != null) {
            properties.put("appliesTo", rule.appliesTo());
        }
        rule.sources().forEach(properties.putArray("sources")::add);
        rule.thresholds().forEach(properties.putArray("thresholds")::add);
        return node;
    }

    private static String helpText(RuleDescription rule) {
        StringBuilder text = new StringBuilder();
        text.append(nonEmpty(rule.title(), rule.id())).append('\n');
        if (rule.appliesTo() != null && !rule.appliesTo().isBlank()) {
            text.append("\nApplies to: ").append(rule.appliesTo()).append('\n');
        }
        if (rule.rationale() != null && !rule.rationale().isBlank()) {
            text.append('\n').append(rule.rationale()).append('\n');
        }
        text.append("\nSources:\n");
        rule.sources().forEach(source -> text.append("- ").append(source).append('\n'));
        if (rule.sources().isEmpty()) {
            text.append("- none given\n");
        }
        legend(rule, text, false);
        text.append("\nThresholds in force:\n");
        rule.thresholds().forEach(threshold -> text.append("- ").append(threshold).append('\n'));
        if (rule.thresholds().isEmpty()) {
            text.append("- none (the rule reads no profile key)\n");
        }
        return text.toString();
    }

    /** The meaning of the evidence tags that {@code rule}'s sources use, after them. */
    private static void legend(RuleDescription rule, StringBuilder text, boolean markdown) {
        String legend = EvidenceTags.legend(rule.sources());
        if (!legend.isEmpty()) {
            text.append('\n').append(markdown ? MarkdownRenderer.escape(legend) : legend).append('\n');
        }
    }

    private static String helpMarkdown(RuleDescription rule) {
        StringBuilder text = new StringBuilder();
        text.append("**").append(MarkdownRenderer.escape(rule.id())).append(": ")
                .append(MarkdownRenderer.escape(nonEmpty(rule.title(), rule.id()))).append("**\n");
        if (rule.appliesTo() != null && !rule.appliesTo().isBlank()) {
            text.append("\nApplies to: ").append(MarkdownRenderer.escape(rule.appliesTo())).append('\n');
        }
        if (rule.rationale() != null && !rule.rationale().isBlank()) {
            text.append('\n').append(MarkdownRenderer.escape(rule.rationale())).append('\n');
        }
        text.append("\n**Sources**\n\n");
        rule.sources().forEach(source -> text.append("- ").append(MarkdownRenderer.escape(source)).append('\n'));
        if (rule.sources().isEmpty()) {
            text.append("- none given\n");
        }
        legend(rule, text, true);
        text.append("\n**Thresholds in force**\n\n");
        rule.thresholds().forEach(threshold -> text.append("- ").append(MarkdownRenderer.code(threshold)).append('\n'));
        if (rule.thresholds().isEmpty()) {
            text.append("- none (the rule reads no profile key)\n");
        }
        return text.toString();
    }

    private static ObjectNode invocation(Report report) {
        ObjectNode invocation = MAPPER.createObjectNode();
        Gate.Outcome outcome = report.gate().outcome(report.tally());
        invocation.put("executionSuccessful", report.notCheckedCount() == 0);
        invocation.put("exitCode", outcome.exitCode());
        invocation.put("exitCodeDescription", report.verdict());
        invocation.put("endTimeUtc", DateTimeFormatter.ISO_INSTANT.format(report.generatedAt().truncatedTo(ChronoUnit.SECONDS)));
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (int index = 0; index < report.protocols().size(); index++) {
            for (Problem problem : report.protocols().get(index).problems()) {
                ObjectNode notification = notifications.addObject();
                notification.putObject("descriptor").put("id", kind(problem));
                notification.put("level", "error");
                notification.putObject("message").put("text", problem.message());
                notification.putArray("locations").add(location(problem.location(), index));
                notification.putObject("properties").put("kind", kind(problem)).put("status", "not_checked");
            }
        }
        for (ProtocolResult protocol : report.protocols()) {
            for (WaiverRef waiver : protocol.staleWaivers()) {
                waiverNotification(notifications, protocol, waiver, STALE_WAIVER, "warning", staleMessage(protocol, waiver));
            }
            for (WaiverRef waiver : protocol.expiringWaivers()) {
                waiverNotification(notifications, protocol, waiver, "expiring-waiver", "note", "The waiver of "
                        + waiver.rule() + pointer(waiver) + " for " + protocolName(protocol) + " expires on "
                        + waiver.expiresOn() + ".");
            }
        }
        invocation.putObject("properties").put("checkDate", report.checkDate().toString())
                .put("notChecked", report.notCheckedCount()).put("failOn", report.gate().failOn().label())
                .put("failOnStaleWaivers", report.gate().failOnStaleWaivers()).put("outcome", outcome.label());
        return invocation;
    }

    private static void waiverNotification(ArrayNode notifications, ProtocolResult protocol, WaiverRef waiver, String id,
            String level, String text) {
        ObjectNode notification = notifications.addObject();
        notification.putObject("descriptor").put("id", id);
        notification.put("level", level);
        notification.putObject("message").put("text", text);
        notification.putArray("locations").add(location(waiver.location(), -1));
        ObjectNode properties = notification.putObject("properties");
        properties.put("kind", id);
        properties.put("rule", waiver.rule());
        if (waiver.pointer() != null) {
            properties.put("pointer", waiver.pointer());
        }
        properties.put("expiresOn", waiver.expiresOn());
        properties.put("source", waiver.source());
        properties.put("protocolFile", protocol.file());
        if (protocol.id() != null) {
            properties.put("protocolId", protocol.id());
        }
    }

    private static String pointer(WaiverRef waiver) {
        return waiver.pointer() == null ? "" : " at " + waiver.pointer();
    }

    private static String protocolName(ProtocolResult protocol) {
        return (protocol.id() == null ? "" : protocol.id() + " in ") + protocol.file();
    }

    private static ArrayNode waivers(java.util.List<WaiverRef> waivers) {
        ArrayNode list = MAPPER.createArrayNode();
        for (WaiverRef waiver : waivers) {
            ObjectNode node = list.addObject().put("rule", waiver.rule());
            if (waiver.pointer() != null) {
                node.put("pointer", waiver.pointer());
            }
            node.put("source", waiver.source()).put("expiresOn", waiver.expiresOn());
        }
        return list;
    }

    private static ObjectNode artifact(Report report, ProtocolResult protocol) {
        ObjectNode artifact = MAPPER.createObjectNode();
        artifact.set("location", artifactLocation(protocol.file(), -1));
        if (!protocol.sha256().isEmpty()) {
            artifact.putObject("hashes").put("sha-256", protocol.sha256());
        }
        ObjectNode properties = artifact.putObject("properties");
        properties.put("file", protocol.file());
        if (protocol.id() != null) {
            properties.put("protocolId", protocol.id());
        }
        if (protocol.version() != null) {
            properties.put("protocolVersion", protocol.version());
        }
        if (protocol.stage() != null) {
            properties.put("stage", protocol.stage());
        }
        properties.put("status", protocol.status());
        List<String> notApplicable = report.notApplicable(protocol);
        if (!notApplicable.isEmpty()) {
            notApplicable.forEach(properties.putArray("notApplicable")::add);
        }
        if (!protocol.staleWaivers().isEmpty()) {
            properties.set("staleWaivers", waivers(protocol.staleWaivers()));
        }
        if (!protocol.expiringWaivers().isEmpty()) {
            properties.set("expiringWaivers", waivers(protocol.expiringWaivers()));
        }
        return artifact;
    }

    private static ObjectNode result(Report report, Finding finding, int artifactIndex) {
        ObjectNode result = MAPPER.createObjectNode();
        result.put("ruleId", finding.ruleId());
        int ruleIndex = ruleIndex(report, finding.ruleId());
        if (ruleIndex >= 0) {
            result.put("ruleIndex", ruleIndex);
        }
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", finding.message());
        result.putArray("locations").add(location(finding.location(), artifactIndex));
        result.putObject("partialFingerprints").put("secretomeCheckFinding/v1",
                fingerprint(finding.ruleId(), finding.location()));
        if (finding.isWaived()) {
            Finding.WaiverNote waiver = finding.waiver();
            ObjectNode suppression = result.putArray("suppressions").addObject();
            // a waiver written in the protocol itself is in the source; one from a --waivers file is not
            boolean inSource = waiver.source() != null
                    && waiver.source().matches(java.util.regex.Pattern.quote(finding.location().file()) + ":[0-9]+:[0-9]+");
            suppression.put("kind", inSource ? "inSource" : "external");
            suppression.put("status", "accepted");
            suppression.put("justification", nonEmpty(waiver.justification(), "waived"));
            ObjectNode properties = suppression.putObject("properties");
            putIfPresent(properties, "approvedBy", waiver.approvedBy());
            putIfPresent(properties, "approvedOn", waiver.approvedOn());
            putIfPresent(properties, "expiresOn", waiver.expiresOn());
            putIfPresent(properties, "reference", waiver.reference());
            putIfPresent(properties, "source", waiver.source());
        }
        if (report.baseline() != null && !finding.isWaived()) {
            result.put("baselineState", finding.baseline() ? "unchanged" : "new");
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("severity", finding.severity().label());
        properties.put("status", finding.status());
        properties.put("pointer", finding.location().pointer());
        if (finding.value() != null) {
            properties.put("value", finding.value());
        }
        if (finding.isReopened() || finding.isPending()) { // open, with the waiver that does not cover it now
            Finding.WaiverNote waiver = finding.waiver();
            ObjectNode noted = properties.putObject("waiver");
            noted.put(finding.isReopened() ? "expired" : "pending", true);
            putIfPresent(noted, "expiresOn", waiver.expiresOn());
            putIfPresent(noted, "source", waiver.source());
            putIfPresent(noted, "justification", waiver.justification());
            putIfPresent(noted, "approvedBy", waiver.approvedBy());
            putIfPresent(noted, "approvedOn", waiver.approvedOn());
            putIfPresent(noted, "reference", waiver.reference());
            properties.put("note", finding.isReopened()
                    ? "Open again: the waiver at " + waiver.source() + " expired on " + waiver.expiresOn() + "."
                    : "Open: the waiver at " + waiver.source() + " is in force only from " + waiver.approvedOn() + ".");
        }
        if (finding.baseline()) {
            properties.put("baseline", true);
        }
        return result;
    }

    /**
     * What identifies a finding from run to run: its rule, its file as the URI names it (so
     * {@code ./protocols}, {@code protocols//} and {@code .} give the same) and its pointer, never
     * its line.
     */
    static String fingerprint(String ruleId, Location where) {
        return sha256(ruleId + "\u0000" + uri(where.file()) + "\u0000" + where.pointer());
    }

    /**
     * A problem that kept a protocol from being checked, as an error result too (besides its
     * notification): code scanning turns results, not notifications, into alerts, and a file whose
     * findings vanished because it could no longer be read would otherwise look fixed.
     */
    private static ObjectNode notChecked(Report report, Problem problem, int artifactIndex, Map<String, Integer> seen) {
        ObjectNode result = MAPPER.createObjectNode();
        result.put("ruleId", NOT_CHECKED);
        result.put("ruleIndex", toolRuleIndex(report, NOT_CHECKED));
        result.put("kind", "fail");
        result.put("level", "error");
        result.putObject("message").put("text", "Not checked: " + problem.message());
        result.putArray("locations").add(location(problem.location(), artifactIndex));
        // Several problems of one file often share a place (/protocol): their kind and message tell
        // them apart, without the numbers in it (lines and columns, which move), and so does their
        // order among problems alike.
        String alike = kind(problem) + "\u0000" + problem.message().replaceAll("\\d+", "#");
        int ordinal = seen.merge(alike + "\u0000" + problem.location().pointer(), 1, Integer::sum);
        result.putObject("partialFingerprints").put("secretomeCheckFinding/v1",
                fingerprint(NOT_CHECKED + "\u0000" + alike + "\u0000" + ordinal, problem.location()));
        result.putObject("properties").put("status", "not_checked").put("kind", kind(problem))
                .put("pointer", problem.location().pointer());
        return result;
    }

    /** The rule ID of the results for protocols that could not be checked; no rule of the rule set has it. */
    static final String NOT_CHECKED = "not-checked";

    /** The rule ID of the results for stale waivers under {@code --fail-on-stale-waivers}; no rule of the rule set has it. */
    static final String STALE_WAIVER = "stale-waiver";

    private static ObjectNode location(Location where, int artifactIndex) {
        ObjectNode location = MAPPER.createObjectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.set("artifactLocation", artifactLocation(where.file(), artifactIndex));
        if (where.line() > 0) {
            ObjectNode region = physical.putObject("region").put("startLine", where.line());
            if (where.column() > 0) {
                region.put("startColumn", where.column());
            }
        }
        if (!where.pointer().isEmpty()) {
            location.putArray("logicalLocations").addObject().put("fullyQualifiedName", where.pointer())
                    .put("kind", "member");
        }
        return location;
    }

    private static ObjectNode artifactLocation(String file, int index) {
        ObjectNode node = MAPPER.createObjectNode();
        String uri = uri(file);
        node.put("uri", uri);
        if (!uri.startsWith("file:")) {
            node.put("uriBaseId", SRCROOT);
        }
        if (index >= 0) {
            node.put("index", index);
        }
        return node;
    }

    /**
     * The file as the user named it, as a URI reference: forward slashes, percent-encoded, without
     * {@code .} segments and empty ones ({@code .//a} and {@code a/./b//c} name {@code a} and
     * {@code a/b/c}). A relative path stays relative (to {@value #SRCROOT}); an absolute path
     * becomes a {@code file:} URI. A backslash separates only where the system's separator is one
     * (Windows); elsewhere it is part of a name.
     */
    static String uri(String file) {
        return uri(file, File.separatorChar);
    }

    static String uri(String file, char separator) {
        String path = FileNames.normalised(file, separator);
        boolean absolute = path.startsWith("/");
        boolean windowsDrive = separator == '\\' && path.matches("[A-Za-z]:/.*");
        try {
            if (absolute || windowsDrive) {
                return new URI("file", "", windowsDrive ? "/" + path : path, null).toASCIIString();
            }
            String encoded = new URI(null, null, path, null).toASCIIString();
            int colon = encoded.indexOf(':');
            int slash = encoded.indexOf('/');
            // a colon in the first segment would read as a scheme
            return colon >= 0 && (slash < 0 || colon < slash) ? "./" + encoded : encoded;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + file, e);
        }
    }

    private static ObjectNode runProperties(Report report) {
        ObjectNode properties = MAPPER.createObjectNode();
        properties.put("checkDate", report.checkDate().toString());
        properties.putObject("rules").put("source", report.rules().source()).put("sha256", report.rules().sha256())
                .put("count", report.rules().rules());
        ObjectNode profile = properties.putObject("profile").put("name", report.profile().name())
                .put("version", report.profile().version()).put("source", report.profile().source())
                .put("sha256", report.profile().sha256());
        if (!report.profile().overrides().isEmpty()) {
            ArrayNode overrides = profile.putArray("overrides");
            report.profile().overrides().forEach(override -> overrides.addObject().put("key", override.key())
                    .put("value", override.value()).put("default", override.standard()));
        }
        if (!report.inputs().isEmpty()) {
            ArrayNode inputs = properties.putArray("inputs");
            for (Report.Input input : report.inputs()) {
                inputs.addObject().put("role", input.role().label()).put("file", input.file()).put("sha256", input.sha256());
            }
        }
        if (!report.excludes().isEmpty()) {
            report.excludes().forEach(properties.putArray("excludes")::add);
        }
        ObjectNode summary = properties.putObject("summary");
        summary.put("protocols", report.protocols().size());
        summary.put("checked", report.protocols().size() - report.notCheckedCount());
        summary.put("notChecked", report.notCheckedCount());
        ObjectNode open = summary.putObject("open");
        Map<Severity, Integer> counts = report.openBySeverity();
        for (Severity severity : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO)) {
            open.put(severity.label(), counts.get(severity));
        }
        Tally tally = report.tally();
        summary.put("waived", tally.waived());
        summary.put("reopened", tally.reopened());
        summary.put("pending", tally.pending());
        summary.put("staleWaivers", tally.staleWaivers());
        summary.put("expiringWaivers", tally.expiringWaivers());
        summary.put("failOn", report.gate().failOn().label());
        summary.put("failOnStaleWaivers", report.gate().failOnStaleWaivers());
        summary.put("expiryWarningDays", report.gate().expiryWarningDays());
        summary.put("outcome", report.gate().outcome(tally).label());
        if (report.baseline() != null) {
            ObjectNode baseline = properties.putObject("baseline");
            baseline.put("source", report.baseline());
            baseline.put("new", tally.baselineNew());
            baseline.put("matched", tally.baselineMatched());
            ArrayNode gone = baseline.putArray("gone");
            for (BaselineEntry entry : tally.baselineGone()) {
                ObjectNode node = gone.addObject().put("ruleId", entry.ruleId()).put("protocolId", entry.protocolId())
                        .put("pointer", entry.pointer());
                node.put("severity", entry.severity());
                putIfPresent(node, "value", entry.value());
                putIfPresent(node, "file", entry.file());
                node.put("line", entry.line()).put("column", entry.column());
            }
        }
        return properties;
    }

    /** critical and major fail a build (error), minor warns, info notes. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, MAJOR -> "error";
            case MINOR -> "warning";
            case INFO -> "note";
        };
    }

    private static int ruleIndex(Report report, String id) {
        List<RuleDescription> rules = report.ruleDescriptions();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String kind(Problem problem) {
        return problem.kind().name().toLowerCase(Locale.ROOT);
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static String nonEmpty(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
