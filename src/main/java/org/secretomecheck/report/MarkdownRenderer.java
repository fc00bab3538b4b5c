package org.secretomecheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.secretomecheck.finding.BaselineEntry;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.SectionScore;
import org.secretomecheck.finding.Severity;
import org.secretomecheck.finding.Tally;
import org.secretomecheck.finding.WaiverRef;

/**
 * GitHub-flavoured Markdown for pull-request comments: a verdict line and a table of open findings
 * by severity; then per protocol a table of its open findings, its waived findings apart, or the
 * problems that kept it from being checked. Every text that comes from a protocol or a rule is
 * escaped, so it cannot break a table or inject markup.
 */
public final class MarkdownRenderer implements Renderer {

    private static final List<Severity> DESCENDING = List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO);

    @Override
    public void render(Report report, Writer out) throws IOException {
        Tally tally = report.tally();
        Map<Severity, Integer> open = tally.openBySeverity();
        int openTotal = open.values().stream().mapToInt(Integer::intValue).sum();
        int checked = report.protocols().size() - report.notCheckedCount();
        out.write("## secretome-check report\n\n");
        out.write("**" + report.verdict() + "** " + report.protocols().size() + " protocol"
                + plural(report.protocols().size()) + ", " + checked + " checked, " + report.notCheckedCount()
                + " not checked; " + openTotal + " open finding" + plural(openTotal) + ", " + report.waivedCount()
                + " waived" + TextRenderer.extras(tally) + ".\n\n");
        // open findings only: the sentence above counts the waived ones and the protocols not checked
        out.write("| Severity | Open findings |\n|---|---:|\n");
        for (Severity severity : DESCENDING) {
            out.write("| " + severity.name() + " | " + open.get(severity) + " |\n");
        }
        out.write("\n");
        for (ProtocolResult protocol : report.protocols()) {
            protocol(report, protocol, out);
        }
        if (report.baseline() != null) {
            baseline(report.baseline(), tally, out);
        }
        out.write("---\n\n");
        out.write(escape(report.tool().label()) + " · check date "
                + report.checkDate() + " · rule set " + escape(report.rules().source()) + " (" + report.rules().rules()
                + " rules, sha256 " + code(report.rules().sha256()) + ") · profile " + escape(report.profile().name()) + " "
                + escape(String.valueOf(report.profile().version())) + " ("
                + ("default".equals(report.profile().source()) ? "" : "from " + escape(report.profile().source()) + "; ")
                + (report.profile().overrides().isEmpty() ? ""
                        : "differs from the default in " + escape(report.profile().overridesText()) + "; ")
                + "sha256 " + code(report.profile().sha256()) + ")"
                + report.inputs().stream().map(input -> " · " + input.role().label() + " " + place(input.file())
                        + " (sha256 " + code(input.sha256()) + ")").collect(java.util.stream.Collectors.joining())
                + (report.excludes().isEmpty() ? "" : " · excluded by --exclude " + escape(Report.quoted(report.excludes())))
                + "\n");
    }

    private static void protocol(Report report, ProtocolResult protocol, Writer out) throws IOException {
        List<String> facts = new ArrayList<>();
        if (protocol.id() != null && !protocol.id().isBlank()) { // a blank ID is a problem of the file, not a fact
            facts.add(protocol.id());
        }
        if (protocol.stage() != null && !protocol.stage().isBlank()) {
            facts.add(protocol.stage());
        }
        out.write("### " + place(protocol.file()) + (facts.isEmpty() ? "" : " (" + escape(String.join(", ", facts)) + ")")
                + "\n\n");
        if (!protocol.sha256().isEmpty()) {
            out.write("SHA-256 `" + protocol.sha256() + "`\n\n");
        }
        if (!protocol.isChecked()) {
            out.write("**NOT CHECKED**: " + protocol.problems().size() + " problem" + plural(protocol.problems().size())
                    + "; no criterion was evaluated.\n\n");
            out.write("| Kind | Location | Problem |\n|---|---|---|\n");
            for (Problem problem : protocol.problems()) {
                out.write("| " + problem.kind().name().toLowerCase(java.util.Locale.ROOT) + " | "
                        + place(problem.location().display()) + " | " + cell(problem.message()) + " |\n");
            }
            out.write("\n");
            return;
        }
        List<Finding> open = protocol.findings().stream().filter(f -> !f.isWaived()).toList();
        List<Finding> waived = protocol.findings().stream().filter(Finding::isWaived).toList();
        String summary = (open.isEmpty() && waived.isEmpty() ? "Checked: no findings"
                : "Checked: " + open.size() + " open, " + waived.size() + " waived")
                + TextRenderer.extras(protocol) + ".";
        if (!protocol.completeness().isEmpty()) {
            SectionScore all = protocol.completeness().get(protocol.completeness().size() - 1);
            summary += " Completeness " + all.percent() + "% (" + all.met() + " of " + all.applicable()
                    + " applicable criteria met).";
        }
        List<String> notApplicable = report.notApplicable(protocol);
        if (!notApplicable.isEmpty()) {
            summary += " Not applicable (out of scope): " + String.join(", ", notApplicable) + ".";
        }
        out.write(summary + "\n\n");
        if (!open.isEmpty()) {
            out.write("| Severity | Rule | Location | Message |\n|---|---|---|---|\n");
            for (Finding finding : open) {
                out.write("| " + finding.severity().name() + " | " + cell(finding.ruleId()) + " | "
                        + place(finding.location().display()) + " | " + cell(finding.message()) + notes(finding) + " |\n");
            }
            out.write("\n");
        }
        if (!waived.isEmpty()) {
            out.write("Waived findings (" + waived.size() + "):\n\n");
            out.write("| Severity | Rule | Location | Message | Justification | Approval | Expires |\n"
                    + "|---|---|---|---|---|---|---|\n");
            for (Finding finding : waived) {
                Finding.WaiverNote waiver = finding.waiver();
                out.write("| " + finding.severity().name() + " | " + cell(finding.ruleId()) + " | "
                        + place(finding.location().display()) + " | " + cell(finding.message()) + " | "
                        + cell(waiver.justification()) + " | " + cell(waiver.approvedBy() + ", " + waiver.approvedOn()
                        + (waiver.reference() == null ? "" : ", " + waiver.reference()) + "; waiver at "
                        + Readable.line(waiver.source())) + " | "
                        + cell(waiver.expiresOn()) + " |\n");
            }
            out.write("\n");
        }
        waivers("Stale waivers, matching no finding", protocol.staleWaivers(),
                waiver -> TextRenderer.staleReason(protocol, waiver), out);
        waivers("Waivers expiring soon", protocol.expiringWaivers(), waiver -> "", out);
    }

    /** What follows an open finding's message: an expired waiver, the baseline. */
    private static String notes(Finding finding) {
        String notes = "";
        if (finding.isReopened()) {
            notes += " " + cell("[waiver expired " + finding.waiver().expiresOn() + " at " + Readable.line(finding.waiver().source()) + "]");
        } else if (finding.isPending()) {
            notes += " " + cell("[waiver not yet in force: from " + finding.waiver().approvedOn() + " at "
                    + Readable.line(finding.waiver().source()) + "]");
        }
        if (finding.baseline()) {
            notes += " " + cell("[baseline]");
        }
        return notes;
    }

    /** A table of {@code waivers}; {@code why} gives a note shown after a waiver's pointer, or "". */
    private static void waivers(String title, List<WaiverRef> waivers, Function<WaiverRef, String> why, Writer out)
            throws IOException {
        if (waivers.isEmpty()) {
            return;
        }
        out.write(title + " (" + waivers.size() + "):\n\n");
        out.write("| Rule | Pointer | Waiver at | Expires |\n|---|---|---|---|\n");
        for (WaiverRef waiver : waivers) {
            String reason = why.apply(waiver);
            out.write("| " + cell(waiver.rule()) + " | " + (waiver.pointer() == null ? "(every finding)" : cell(waiver.pointer()))
                    + (reason.isEmpty() ? "" : " (" + cell(reason) + ")") + " | " + place(waiver.source()) + " | "
                    + cell(waiver.expiresOn()) + " |\n");
        }
        out.write("\n");
    }

    private static void baseline(String source, Tally tally, Writer out) throws IOException {
        out.write("### Baseline\n\n");
        out.write("Compared with " + place(source) + ": " + tally.baselineNew() + " new open finding"
                + plural(tally.baselineNew()) + ", " + tally.baselineMatched() + " in the baseline, "
                + tally.baselineGone().size() + " gone.\n\n");
        if (!tally.baselineGone().isEmpty()) {
            out.write("| Rule | Protocol | Pointer | Recorded | Was at |\n|---|---|---|---|---|\n");
            for (BaselineEntry gone : tally.baselineGone()) {
                out.write("| " + cell(gone.ruleId()) + " | " + cell(gone.protocolId()) + " | " + cell(gone.pointer())
                        + " | " + cell(gone.recorded()) + " | " + place(gone.display()) + " |\n");
            }
            out.write("\n");
        }
    }

    /** A file or place: a line break or tab in a file name as {@code \\n} or {@code \\t}, as the text report shows it. */
    private static String place(String text) {
        return text == null ? "" : escape(Readable.line(text));
    }

    /** {@code text} for a table cell: escaped, on one line. */
    static String cell(String text) {
        return text == null ? "" : escape(text);
    }

    /**
     * {@code text} as literal Markdown: line breaks become spaces, Markdown punctuation and
     * {@code |} are backslash-escaped, {@code <} and {@code >} become entities (no raw HTML), and
     * control, separator and deceptive characters ({@link Readable#isDeceptive}) are written as
     * escapes ({@link Readable#escape}), as in text.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r', '\n', '\t' -> escaped.append(' ');
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '&', '#', '!', '{', '}' -> escaped.append('\\').append(c);
                default -> {
                    if (Character.isISOControl(c) || Readable.isDeceptive(c) || c == '\u2028' || c == '\u2029') {
                        escaped.append(Readable.escape(c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** {@code text} as an inline code span that no backtick in it can close. */
    static String code(String text) {
        String fence = text.contains("`") ? "`` " : "`";
        String close = text.contains("`") ? " ``" : "`";
        return fence + text.replace('\n', ' ') + close;
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }
}
