package org.secretomecheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.secretomecheck.finding.BaselineEntry;
import org.secretomecheck.finding.EvidenceTags;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Gate;
import org.secretomecheck.finding.Parameter;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.RuleDescription;
import org.secretomecheck.finding.SectionScore;
import org.secretomecheck.finding.Severity;
import org.secretomecheck.finding.Tally;
import org.secretomecheck.finding.WaiverRef;

/**
 * The HTML report: one self-contained file (inline CSS, no scripts, no fonts or images to fetch)
 * for people to read on screen and to print on A4. It is well-formed XHTML, so that
 * {@link PdfRenderer} can lay it out as it is. Every text from the inputs is escaped by
 * {@link Markup}; the same report gives the same bytes.
 */
public final class HtmlRenderer implements Renderer {

    private static final Severity[] SEVERITIES = {Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO};

    /** Up to this many protocols, the summary shows each protocol's completeness per section. */
    private static final int MATRIX_PROTOCOLS = 8;

    /** Sections per row of a protocol's completeness table. */
    private static final int SECTIONS_PER_ROW = 9;

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);

    @Override
    public void render(Report report, Writer out) throws IOException {
        Markup m = new Markup(out);
        document(m, report);
        m.drain();
    }

    /** The whole document as one string (for the PDF). */
    public static String html(Report report) {
        Markup m = new Markup();
        try {
            document(m, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: held markup has no sink
        }
        return m.toString();
    }

    /** The document, handed to {@code m}'s sink protocol by protocol. */
    private static void document(Markup m, Report report) throws IOException {
        m.raw("<!DOCTYPE html>\n");
        m.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").nl();
        head(m, report);
        m.open("body").nl();
        header(m, report);
        summary(m, report);
        int number = 0;
        for (ProtocolResult protocol : report.protocols()) {
            protocol(m, report, protocol, ++number);
            m.drain();
        }
        String legend = EvidenceTags.legend(report.ruleDescriptions().stream()
                .flatMap(rule -> rule.sources().stream()).toList());
        if (!legend.isEmpty()) {
            m.element("p", legend, "class", "footnote", "id", "evidence-tags").nl();
        }
        signOff(m, report);
        m.close("body").close("html").nl();
    }

    // --- head and page ---------------------------------------------------------------------

    private static void head(Markup m, Report report) {
        m.open("head").nl();
        m.voidElement("meta", "charset", "utf-8").nl();
        m.voidElement("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
        m.voidElement("meta", "name", "generator", "content", tool(report)).nl();
        m.voidElement("meta", "name", "subject", "content", "MSC secretome protocol check, check date " + report.checkDate())
                .nl();
        m.element("title", "Protocol check report, " + report.checkDate() + " (" + tool(report) + ")").nl();
        m.open("style").raw(css(report)).close("style").nl();
        m.close("head").nl();
    }

    private static String tool(Report report) {
        return report.tool().name() + " " + report.tool().version();
    }

    private static String generated(Report report) {
        return GENERATED.format(report.generatedAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /** The style sheet of the report (the running page header and footer are added per report). */
    private static final String STYLE = style();

    private static String style() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("html-report.css")) {
            return new String(Objects.requireNonNull(in, "html-report.css").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String css(Report report) {
        String top = Markup.cssString(tool(report) + " \u2014 protocol check report");
        String date = Markup.cssString("Check date " + report.checkDate());
        String bottom = Markup.cssString("Rules " + shortHash(report.rules().sha256()) + " \u00b7 profile "
                + report.profile().name() + " " + report.profile().version() + " " + shortHash(report.profile().sha256()));
        String box = "font-family: \"Liberation Sans\", Arial, Helvetica, sans-serif; font-size: 7.5pt; color: #555;";
        return "\n"
                + "@page { size: A4; margin: 20mm 15mm 18mm 15mm;\n"
                + "  @top-left { content: " + top + "; " + box + " }\n"
                + "  @top-right { content: " + date + "; " + box + " }\n"
                + "  @bottom-left { content: " + bottom + "; " + box + " }\n"
                + "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); " + box + " }\n"
                + "}\n"
                + STYLE;
    }

    private static String shortHash(String sha256) {
        return sha256 == null || sha256.length() < 12 ? String.valueOf(sha256) : sha256.substring(0, 12) + "\u2026";
    }

    // --- document header -------------------------------------------------------------------

    private static void header(Markup m, Report report) {
        m.open("div", "class", "doc-header", "id", "header").nl();
        m.element("h1", "MSC secretome protocol check report").nl();
        m.element("p", "Checked against the standardization criteria by " + tool(report) + ".", "class", "subtitle").nl();
        m.open("table", "class", "facts fixed").nl().open("tbody").nl();
        factRow(m, "Tool", report.tool().label());
        m.open("tr").element("th", "Rule set").open("td").text(report.rules().source() + " \u2014 "
                + report.rules().rules() + " rules").raw("<br/>").span("hash", "SHA-256 " + report.rules().sha256())
                .text(" (over each rule file's path and text)")
                .close("td").close("tr").nl();
        m.open("tr").element("th", "Profile").open("td").text(report.profile().name() + ", version "
                + report.profile().version() + " (" + report.profile().source() + ")").raw("<br/>")
                .span("hash", "SHA-256 " + report.profile().sha256())
                .text(" (over the name, version and thresholds in force, not the file's bytes)");
        if (!report.profile().overrides().isEmpty()) { // the site's own thresholds, against the default
            m.raw("<br/>").text("Differs from the default profile in: " + report.profile().overridesText());
        }
        m.close("td").close("tr").nl();
        for (Report.Input input : report.inputs()) {
            String role = input.role().label();
            m.open("tr").element("th", Character.toUpperCase(role.charAt(0)) + role.substring(1)).open("td")
                    .span("mono location", shown(input.file())).raw("<br/>").span("hash", "SHA-256 " + input.sha256())
                    .close("td").close("tr").nl();
        }
        if (!report.excludes().isEmpty()) { // what the run left out of the directories it walked
            factRow(m, "Excluded (--exclude)", shown(Report.quoted(report.excludes())));
        }
        factRow(m, "Check date", report.checkDate().toString());
        factRow(m, "Report generated", generated(report));
        m.close("tbody").nl().close("table").nl();
        m.close("div").nl();
    }

    private static void factRow(Markup m, String label, String value) {
        m.open("tr").element("th", label).element("td", value).close("tr").nl();
    }

    // --- summary ---------------------------------------------------------------------------

    private static void summary(Markup m, Report report) {
        m.open("div", "class", "summary", "id", "summary").nl();
        m.element("h2", "Summary").nl();
        Map<Severity, Integer> open = report.openBySeverity();
        int checked = report.protocols().size() - report.notCheckedCount();
        int openTotal = open.values().stream().mapToInt(Integer::intValue).sum();
        String verdictClass = switch (report.outcome()) {
            case NOT_CHECKED -> "verdict notchecked";
            case FAIL -> "verdict fail";
            case PASS -> "verdict pass";
        };
        m.element("p", report.verdict() + " " + count(report.protocols().size(), "protocol") + ": " + checked + " checked, "
                + report.notCheckedCount() + " not checked. " + count(openTotal, "open finding") + ", "
                + report.waivedCount() + " waived" + TextRenderer.extras(report.tally()) + "."
                + (report.notCheckedCount() > 0 ? " A protocol that was not checked is not compliant." : ""),
                "class", verdictClass, "id", "verdict").nl();

        m.open("table", "class", "counts", "id", "summary-severity").nl();
        m.open("thead").open("tr");
        for (Severity severity : SEVERITIES) {
            m.element("th", "Open " + severity.label(), "class", severity.label());
        }
        m.element("th", "Waived").element("th", "Not checked");
        m.close("tr").close("thead").nl().open("tbody").open("tr");
        for (Severity severity : SEVERITIES) {
            numberCell(m, open.get(severity));
        }
        numberCell(m, report.waivedCount());
        numberCell(m, report.notCheckedCount());
        m.close("tr").close("tbody").nl().close("table").nl();

        m.element("h3", "Protocols").nl();
        m.open("table", "class", "protocols fixed", "id", "summary-protocols").nl();
        m.open("thead").open("tr").element("th", "#", "class", "num w3").element("th", "File", "class", "w26")
                .element("th", "Protocol and stage", "class", "w20").element("th", "Status", "class", "w13");
        for (Severity severity : SEVERITIES) {
            m.element("th", abbreviation(severity), "class", "num w6 " + severity.label(), "title",
                    "open " + severity.label());
        }
        m.element("th", "Waived", "class", "num w7").element("th", "Score", "class", "num w7",
                "title", "completeness");
        m.close("tr").close("thead").nl().open("tbody").nl();
        int number = 0;
        for (ProtocolResult protocol : report.protocols()) {
            number++;
            m.open("tr").element("td", Integer.toString(number), "class", "num").open("td").span("location", shown(protocol.file()))
                    .close("td").open("td");
            protocolLabel(m, protocol).raw("<br/>").text(orDash(protocol.stage()))
                    .close("td");
            Gate.Outcome outcome = report.gate().outcome(Tally.of(List.of(protocol))); // as the run's, for this file alone
            m.open("td").span("sev " + (outcome == Gate.Outcome.PASS ? "sev-info" : "sev-error"),
                    outcome == Gate.Outcome.NOT_CHECKED ? "not checked" : "checked, " + (outcome == Gate.Outcome.PASS
                            ? "passes" : "fails")).close("td");
            for (Severity severity : SEVERITIES) {
                countCell(m, protocol, f -> !f.isWaived() && f.severity() == severity);
            }
            countCell(m, protocol, Finding::isWaived);
            SectionScore all = overall(protocol);
            if (all == null) {
                m.element("td", "\u2014", "class", "num");
            } else {
                m.open("td", "class", "num").text(all.percent() + " %").raw("<br/>")
                        .span("rule-title", all.met() + "/" + all.applicable()).close("td");
            }
            m.close("tr").nl();
        }
        m.close("tbody").nl().close("table").nl();

        sections(m, report);
        if (report.baseline() != null) {
            baseline(m, report);
        }
        m.close("div").nl();
    }

    private static void baseline(Markup m, Report report) {
        Tally tally = report.tally();
        m.element("h3", "Baseline").nl();
        m.open("p", "id", "baseline").text("Compared with ").span("mono location", shown(report.baseline()))
                .text(": " + count(tally.baselineNew(), "new open finding") + " (these fail the check), "
                        + tally.baselineMatched() + " in the baseline, " + tally.baselineGone().size()
                        + " gone (recorded in the baseline, no longer open: fixed, or waived since).").close("p").nl();
        if (tally.baselineGone().isEmpty()) {
            return;
        }
        m.open("table", "class", "baseline fixed", "id", "baseline-gone").nl();
        m.open("thead").open("tr").element("th", "Rule", "class", "w12").element("th", "Protocol", "class", "w20")
                .element("th", "Pointer").element("th", "Recorded", "class", "w12").element("th", "Was at", "class", "w30")
                .close("tr").close("thead").nl()
                .open("tbody").nl();
        for (BaselineEntry gone : tally.baselineGone()) {
            m.open("tr").element("td", gone.ruleId()).element("td", gone.protocolId()).open("td")
                    .span("mono location pointer", gone.pointer()).close("td").element("td", orDash(gone.recorded())).open("td")
                    .span("mono location", shown(orDash(gone.display()))).close("td").close("tr").nl();
        }
        m.close("tbody").nl().close("table").nl();
    }

    private static void sections(Markup m, Report report) {
        Set<String> sections = new LinkedHashSet<>();
        for (ProtocolResult protocol : report.protocols()) {
            for (SectionScore score : protocol.completeness()) {
                if (!score.section().equals(SectionScore.ALL)) {
                    sections.add(score.section());
                }
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (ProtocolResult protocol : report.protocols()) {
            for (Finding finding : protocol.findings()) {
                String section = section(finding.ruleId());
                sections.add(section);
                counts.computeIfAbsent(section, s -> new int[2])[finding.isWaived() ? 1 : 0]++;
            }
        }
        if (sections.isEmpty()) {
            return;
        }
        List<ProtocolResult> columns = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < report.protocols().size(); i++) {
            if (report.protocols().get(i).isChecked()) {
                columns.add(report.protocols().get(i));
                numbers.add(i + 1);
            }
        }
        boolean matrix = columns.size() <= MATRIX_PROTOCOLS;
        m.element("h3", "By catalogue section").nl();
        m.element("p", matrix
                ? "Findings per section of the criteria catalogue, and each checked protocol's completeness: applicable"
                        + " criteria met / applicable criteria (info notes do not count against it). A criterion in"
                        + " scope whose own conditions do not arise (a claim the protocol does not make) counts as met."
                : "Findings per section of the criteria catalogue. Each protocol's completeness per section is given in"
                        + " its own part of the report.", "class", "footnote").nl();
        m.open("table", "class", "completeness", "id", "summary-sections").nl();
        m.open("thead").open("tr").element("th", "Section").element("th", "Open findings").element("th", "Waived");
        if (matrix) {
            for (int i = 0; i < columns.size(); i++) {
                m.element("th", "#" + numbers.get(i) + " " + orDash(columns.get(i).id()));
            }
        }
        m.close("tr").close("thead").nl().open("tbody").nl();
        List<String> rows = new ArrayList<>(sections);
        rows.add(SectionScore.ALL);
        for (String section : rows) {
            boolean all = section.equals(SectionScore.ALL);
            m.open("tr").element("th", all ? "All sections" : section);
            int[] c = all ? totals(counts) : counts.getOrDefault(section, new int[2]);
            numberCell(m, c[0]);
            numberCell(m, c[1]);
            if (matrix) {
                for (ProtocolResult protocol : columns) {
                    scoreCell(m, score(protocol, section));
                }
            }
            m.close("tr").nl();
        }
        m.close("tbody").nl().close("table").nl();
    }

    private static int[] totals(Map<String, int[]> counts) {
        int[] total = new int[2];
        for (int[] c : counts.values()) {
            total[0] += c[0];
            total[1] += c[1];
        }
        return total;
    }

    private static void scoreCell(Markup m, SectionScore score) {
        if (score == null || score.applicable() == 0) {
            m.element("td", "n/a", "class", "zero");
        } else {
            m.element("td", score.met() + "/" + score.applicable() + " \u00b7 " + score.percent() + " %",
                    "class", score.met() < score.applicable() ? "short" : "full");
        }
    }

    private static SectionScore score(ProtocolResult protocol, String section) {
        return protocol.completeness().stream().filter(s -> s.section().equals(section)).findFirst().orElse(null);
    }

    private static SectionScore overall(ProtocolResult protocol) {
        return score(protocol, SectionScore.ALL);
    }

    private static String section(String ruleId) {
        int dash = ruleId.indexOf('-');
        return dash < 0 ? ruleId : ruleId.substring(0, dash);
    }

    private static String abbreviation(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "Crit";
            case MAJOR -> "Major";
            case MINOR -> "Minor";
            case INFO -> "Info";
        };
    }

    /** How many findings of {@code protocol} match; a dash for a protocol not judged (no count, not zero). */
    private static void countCell(Markup m, ProtocolResult protocol, java.util.function.Predicate<Finding> which) {
        if (protocol.isChecked()) {
            numberCell(m, (int) protocol.findings().stream().filter(which).count());
        } else {
            m.element("td", "\u2014", "class", "num");
        }
    }

    private static void numberCell(Markup m, int value) {
        m.element("td", Integer.toString(value), "class", value == 0 ? "num zero" : "num");
    }

    // --- one protocol ----------------------------------------------------------------------

    private static void protocol(Markup m, Report report, ProtocolResult protocol, int number) {
        String id = "protocol-" + number;
        m.open("div", "class", "protocol " + protocol.status().replace('_', '-'), "id", id).nl();
        m.open("h2").text(number + ". ");
        protocolLabel(m, protocol).text(" \u2014 ").span("location", shown(protocol.file()))
                .close("h2").nl();

        long open = protocol.findings().stream().filter(f -> !f.isWaived()).count();
        long waived = protocol.findings().size() - open;
        if (!protocol.isChecked()) {
            m.element("p", "NOT CHECKED: " + count(protocol.problems().size(), "problem")
                    + " kept this protocol from being judged; no criterion was evaluated.", "class", "verdict notchecked")
                    .nl();
        } else {
            String extras = TextRenderer.extras(protocol);
            m.element("p", open == 0 ? "Checked: no open findings" + (waived > 0 ? ", " + waived + " waived" : "") + extras
                    + "." : "Checked: " + count((int) open, "open finding") + " (" + severityCounts(protocol) + "), "
                            + waived + " waived" + extras + ".", "class",
                    // coloured by the run's gate, as the summary is: open minors pass at --fail-on major
                    report.gate().outcome(Tally.of(List.of(protocol))) == Gate.Outcome.FAIL ? "verdict fail" : "verdict pass")
                    .nl();
        }

        m.open("table", "class", "facts fixed").nl().open("tbody").nl();
        m.open("tr").element("th", "File").open("td").span("location", shown(protocol.file())).close("td").close("tr").nl();
        m.open("tr").element("th", "SHA-256").open("td")
                .span("hash", protocol.sha256().isEmpty() ? "\u2014 (not readable)" : protocol.sha256()).close("td")
                .close("tr").nl();
        factRow(m, "Protocol ID", orDash(protocol.id()));
        factRow(m, "Version", orDash(protocol.version()));
        factRow(m, "Stage", orDash(protocol.stage()));
        SectionScore all = overall(protocol);
        if (all != null) {
            factRow(m, "Completeness", all.percent() + " % \u2014 " + all.met() + " of " + all.applicable()
                    + " applicable criteria met");
        }
        m.close("tbody").nl().close("table").nl();

        if (!protocol.isChecked()) {
            problems(m, protocol);
        } else {
            parameters(m, protocol);
            completeness(m, protocol);
            notApplicable(m, report.notApplicable(protocol));
            findings(m, report, protocol, number, false);
            findings(m, report, protocol, number, true);
            waivers(m, "Stale waivers", "These waivers match no finding of this protocol. Remove them, or correct their"
                    + " rule or pointer.", protocol.staleWaivers(), waiver -> TextRenderer.staleReason(protocol, waiver),
                    "stale-waivers-" + number);
            int days = report.gate().expiryWarningDays();
            waivers(m, "Waivers expiring soon", "These waivers are in force on the check date and expire within " + days
                    + (days == 1 ? " day" : " days") + " of it (--expiry-warning).",
                    protocol.expiringWaivers(), waiver -> "", "expiring-waivers-" + number);
        }
        m.close("div").nl();
    }

    /** A table of {@code waivers}; {@code why} gives a note shown under a waiver's pointer, or "". */
    private static void waivers(Markup m, String title, String note, List<WaiverRef> waivers,
            Function<WaiverRef, String> why, String id) {
        if (waivers.isEmpty()) {
            return;
        }
        m.element("h3", title + " (" + waivers.size() + ")").nl();
        m.element("p", note, "class", "footnote").nl();
        m.open("table", "class", "waivers fixed", "id", id).nl();
        m.open("thead").open("tr").element("th", "Rule", "class", "w12").element("th", "Pointer")
                .element("th", "Waiver at", "class", "w30").element("th", "Expires", "class", "w13").close("tr")
                .close("thead").nl().open("tbody").nl();
        for (WaiverRef waiver : waivers) {
            m.open("tr").element("td", waiver.rule()).open("td")
                    .span("mono location pointer", waiver.pointer() == null ? "(every finding of the rule)" : waiver.pointer());
            String reason = why.apply(waiver);
            if (!reason.isEmpty()) {
                m.element("p", reason + ".", "class", "detail");
            }
            m.close("td").open("td").span("mono location", shown(waiver.source())).close("td")
                    .element("td", waiver.expiresOn()).close("tr").nl();
        }
        m.close("tbody").nl().close("table").nl();
    }

    /** The protocol's ID and version; the version is kept on one line ("v0.9-draft" split at its dot in a narrow column). */
    private static Markup protocolLabel(Markup m, ProtocolResult protocol) {
        if (protocol.id() == null) {
            return m.text("protocol of unknown ID");
        }
        m.text(protocol.id());
        return protocol.version() == null ? m : m.text(" ").span("nowrap", "v" + protocol.version());
    }

    private static String severityCounts(ProtocolResult protocol) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : SEVERITIES) {
            long n = protocol.findings().stream().filter(f -> !f.isWaived() && f.severity() == severity).count();
            if (n > 0) {
                parts.add(n + " " + severity.label());
            }
        }
        return String.join(", ", parts);
    }

    private static void parameters(Markup m, ProtocolResult protocol) {
        if (protocol.parameters().isEmpty()) {
            return;
        }
        m.element("h3", "Key parameters").nl();
        m.open("table", "class", "parameters fixed").nl();
        m.open("thead").open("tr").element("th", "Parameter", "class", "w30").element("th", "Value", "class", "w34")
                .element("th", "Field", "class", "w36")
                .close("tr").close("thead").nl().open("tbody").nl();
        for (Parameter parameter : protocol.parameters()) {
            m.open("tr").element("td", parameter.name());
            if (parameter.value() == null) {
                m.element("td", "not recorded", "class", "none");
            } else {
                m.element("td", parameter.value());
            }
            m.open("td").span("mono location", shown(parameter.pointer())).close("td").close("tr").nl();
        }
        m.close("tbody").nl().close("table").nl();
    }

    private static void completeness(Markup m, ProtocolResult protocol) {
        List<SectionScore> scores = protocol.completeness();
        if (scores.isEmpty()) {
            return;
        }
        m.element("h3", "Completeness by catalogue section").nl();
        m.open("table", "class", "completeness").nl().open("tbody").nl();
        for (int start = 0; start < scores.size(); start += SECTIONS_PER_ROW) {
            List<SectionScore> row = scores.subList(start, Math.min(scores.size(), start + SECTIONS_PER_ROW));
            m.open("tr");
            for (SectionScore score : row) {
                m.element("th", score.section().equals(SectionScore.ALL) ? "All" : score.section());
            }
            m.close("tr").nl().open("tr");
            for (SectionScore score : row) {
                scoreCell(m, score);
            }
            m.close("tr").nl();
        }
        m.close("tbody").nl().close("table").nl();
    }

    private static void notApplicable(Markup m, List<String> rules) {
        if (rules.isEmpty()) {
            return;
        }
        m.open("p", "class", "footnote").text("Not applicable to this protocol, as their scope rules it out (product, stage,"
                + " clinical use, route, or a process step it does not use): ");
        for (int i = 0; i < rules.size(); i++) { // an ID with its comma: never broken at its hyphen, no line starts with ","
            m.text(i == 0 ? "" : " ").span("nowrap", rules.get(i) + (i + 1 < rules.size() ? "," : "."));
        }
        m.close("p").nl();
    }

    private static void findings(Markup m, Report report, ProtocolResult protocol, int number, boolean waived) {
        List<Finding> findings = protocol.findings().stream().filter(f -> f.isWaived() == waived).toList();
        m.element("h3", waived ? "Waived findings" : "Open findings").nl();
        if (findings.isEmpty()) {
            m.element("p", waived ? "No finding is waived." : "No open findings.", "class", "none").nl();
            return;
        }
        if (waived) {
            m.element("p", "These deviations are covered by an approved waiver, in the protocol or in a waiver file. They do not fail the"
                    + " check; their justification is given with each.", "class", "footnote").nl();
        }
        m.open("table", "class", waived ? "findings fixed waived" : "findings fixed open").nl();
        m.open("thead").open("tr").element("th", "#", "class", "num w5").element("th", "Severity", "class", "w11")
                .element("th", "Rule", "class", "w20").element("th", "Finding").close("tr").close("thead").nl().open("tbody").nl();
        int index = 0;
        for (Finding finding : findings) {
            index++;
            String rowId = "p" + number + (waived ? "-w" : "-f") + index;
            m.open("tr", "class", "finding " + finding.severity().label() + (waived ? " waived" : ""), "id", rowId);
            m.element("td", Integer.toString(index), "class", "idx");
            m.open("td", "class", "sevcell").span("sev sev-" + finding.severity().label(), finding.severity().label());
            if (waived) {
                m.raw("<br/>").span("sev sev-waived", "waived");
            }
            if (finding.isReopened()) {
                m.raw("<br/>").span("sev sev-reopened", "re-opened");
            }
            if (finding.isPending()) {
                m.raw("<br/>").span("sev sev-reopened", "waiver pending");
            }
            if (finding.baseline()) {
                m.raw("<br/>").span("sev sev-baseline", "baseline");
            }
            m.close("td");
            RuleDescription rule = report.rule(finding.ruleId());
            m.open("td", "class", "rule").span("rule-id", finding.ruleId());
            if (rule != null && rule.title() != null) {
                m.raw("<br/>").span("rule-title", rule.title());
            }
            m.close("td");
            m.open("td", "class", "body");
            m.element("p", finding.message(), "class", "message");
            m.open("p", "class", "detail").span("label", "Location: ").span("mono location", shown(finding.location().display()));
            if (!finding.location().pointer().isEmpty()) {
                m.text(" \u00b7 ").span("mono location pointer", finding.location().pointer());
            }
            m.close("p");
            if (finding.value() != null) {
                m.open("p", "class", "detail").span("label", "Value: ").span("mono value", finding.value()).close("p");
            }
            if (rule != null) {
                ruleDetails(m, rule);
            }
            if (waived) {
                Finding.WaiverNote note = finding.waiver();
                m.open("div", "class", "waiver");
                m.open("p", "class", "detail").span("label", "Waiver: ").text(orDash(note.justification())).close("p");
                approval(m, note);
                m.close("div");
            }
            if (finding.isReopened() || finding.isPending()) { // open, with the waiver that does not cover it now
                Finding.WaiverNote note = finding.waiver();
                m.open("div", "class", "waiver expired");
                m.open("p", "class", "detail").span("label", (finding.isReopened() ? "Waiver expired on " + note.expiresOn()
                        : "Waiver not yet in force (from " + note.approvedOn() + ")") + ": ")
                        .text(orDash(note.justification())).close("p");
                approval(m, note);
                m.close("div");
            }
            m.close("td").close("tr").nl();
        }
        m.close("tbody").nl().close("table").nl();
    }

    private static void ruleDetails(Markup m, RuleDescription rule) {
        if (!rule.thresholds().isEmpty()) {
            m.open("p", "class", "detail thresholds").span("label", "Thresholds in force: ");
            boolean first = true;
            for (String threshold : rule.thresholds()) {
                if (!first) {
                    m.text("; ");
                }
                first = false;
                m.span("mono", threshold);
            }
            m.close("p");
        }
        if (rule.rationale() != null && !rule.rationale().isBlank()) {
            m.open("p", "class", "detail rationale").span("label", "Rationale: ").text(rule.rationale()).close("p");
        }
        if (!rule.sources().isEmpty()) {
            m.open("p", "class", "detail").span("label", "Sources:").close("p");
            m.open("ul", "class", "sources");
            for (String source : rule.sources()) {
                m.element("li", source, "class", "source");
            }
            m.close("ul");
        }
    }

    private static void problems(Markup m, ProtocolResult protocol) {
        m.element("h3", "Problems").nl();
        m.element("p", "The file was not judged against any criterion. Correct these problems and check it again.",
                "class", "footnote").nl();
        m.open("table", "class", "problems fixed").nl();
        m.open("thead").open("tr").element("th", "#", "class", "num w5").element("th", "Kind", "class", "w16")
                .element("th", "Location", "class", "w26").element("th", "Problem").close("tr").close("thead").nl().open("tbody").nl();
        int index = 0;
        for (Problem problem : protocol.problems()) {
            index++;
            m.open("tr", "class", "problem").element("td", Integer.toString(index), "class", "num");
            m.open("td").span("sev sev-error", problem.kind().name().toLowerCase(java.util.Locale.ROOT)).close("td");
            m.open("td").span("mono location", shown(problem.location().display()));
            if (!problem.location().pointer().isEmpty()) {
                m.raw("<br/>").span("mono location pointer", problem.location().pointer());
            }
            m.close("td").element("td", problem.message()).close("tr").nl();
        }
        m.close("tbody").nl().close("table").nl();
    }

    // --- sign-off --------------------------------------------------------------------------

    private static void signOff(Markup m, Report report) {
        m.open("div", "class", "sign-off", "id", "sign-off").nl();
        m.element("h3", "Review").nl();
        signed(m, report);
        m.open("table", "class", "sign").nl();
        m.open("thead").open("tr").element("th", "Role").element("th", "Name").element("th", "Date")
                .element("th", "Signature").close("tr").close("thead").nl().open("tbody").nl();
        for (String role : new String[] {"Reviewed by (QC)", "Approved by (QA)"}) {
            m.open("tr").element("td", role).element("td", "").element("td", "").element("td", "").close("tr").nl();
        }
        m.close("tbody").nl().close("table").nl();
        List<String> files = new ArrayList<>(List.of("protocol files", "rule set", "profile"));
        if (report.tool().code() != null) {
            files.add(0, "tool code");
        }
        if (report.inputs().stream().anyMatch(input -> input.role() == Report.Input.Role.WAIVERS)) {
            files.add("waiver files");
        }
        if (report.baseline() != null) {
            files.add("baseline");
        }
        m.element("p", "Produced by " + report.tool().label() + ". The same " + String.join(", ", files.subList(0, files.size() - 1))
                + " and " + files.get(files.size() - 1) + " (SHA-256 digests above) and the same check date give the same"
                + " findings.", "class", "footnote").nl();
        m.close("div").nl();
    }

    /** ", the waiver file and the baseline named above with their digests", as the run had them, or "". */
    private static String inputsNamed(Report report) {
        long waiverFiles = report.inputs().stream().filter(input -> input.role() == Report.Input.Role.WAIVERS).count();
        List<String> named = new ArrayList<>();
        if (waiverFiles > 0) {
            named.add(waiverFiles == 1 ? "the waiver file" : "the " + waiverFiles + " waiver files");
        }
        if (report.baseline() != null) {
            named.add("the baseline");
        }
        return named.isEmpty() ? "" : ", " + String.join(" and ", named) + " named above with " + (waiverFiles
                + (report.baseline() != null ? 1 : 0) == 1 ? "its digest" : "their digests");
    }

    /** How many protocols the sign-off names one by one; a larger batch is named by its count. */
    static final int SIGNED_BY_NAME = 10;

    /**
     * What a signature below approves: the outcome, the check date and the protocols, each with
     * its SHA-256, so that a printed sign-off page names what it signs even when it is taken from
     * the report.
     */
    private static void signed(Markup m, Report report) {
        List<ProtocolResult> protocols = report.protocols();
        m.element("p", "The signatures below approve this report of " + count(protocols.size(), "protocol file")
                + ", checked on " + report.checkDate() + " with rules " + report.rules().sha256() + " and profile "
                + report.profile().name() + " " + report.profile().version() + " (" + report.profile().sha256() + ")"
                + inputsNamed(report)
                + (protocols.size() > SIGNED_BY_NAME ? ", listed above" : "") + ". Outcome: " + report.verdict()
                + (!protocols.isEmpty() && protocols.size() <= SIGNED_BY_NAME ? " The protocol files:" : ""),
                "class", "signed").nl();
        if (!protocols.isEmpty() && protocols.size() <= SIGNED_BY_NAME) {
            m.open("ul", "class", "signed").nl();
            for (ProtocolResult protocol : protocols) {
                m.open("li").text((protocol.id() == null ? "(no protocol ID)" : protocol.id()) + " \u00b7 ")
                        .span("mono", shown(protocol.file())).text(protocol.sha256().isEmpty() ? " \u00b7 not read"
                                : " \u00b7 SHA-256 ").span("mono", protocol.sha256())
                        .close("li").nl();
            }
            m.close("ul").nl();
        }
    }

    // --- helpers ---------------------------------------------------------------------------

    /** Who approved a waiver and when, its expiry, reference and place. */
    private static void approval(Markup m, Finding.WaiverNote note) {
        m.open("p", "class", "detail").span("label", "Approved by: ").text(orDash(note.approvedBy()))
                .text(" \u00b7 ").span("label", "approved on: ").text(orDash(note.approvedOn()))
                .text(" \u00b7 ").span("label", "expires: ").text(orDash(note.expiresOn()));
        if (note.reference() != null) {
            m.text(" \u00b7 ").span("label", "reference: ").text(note.reference());
        }
        m.text(" \u00b7 ").span("label", "waiver at: ").span("mono location", shown(orDash(note.source()))).close("p");
    }

    /** A file or place as the text report shows it: a line break in a file name as {@code \\n}, not as a space. */
    private static String shown(String place) {
        return Readable.line(place);
    }

    private static String orDash(String text) {
        return text == null || text.isEmpty() ? "\u2014" : text;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
