package org.secretomecheck.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Compiler-style text: per file, one line per problem or finding
 * ({@code file:line:col  SEVERITY  RULE-ID  message}), then a summary. ANSI colour only when asked
 * (the CLI asks only on a terminal).
 */
public final class TextRenderer implements StreamingRenderer {

    private static final String RESET = "\u001B[0m";

    private final boolean colour;

    public TextRenderer(boolean colour) {
        this.colour = colour;
    }

    @Override
    public Renderer coloured() {
        return new TextRenderer(true);
    }

    @Override
    public Stream open(Report header, Writer out) {
        return new Stream() {
            @Override
            public void protocol(ProtocolResult protocol) throws IOException {
                write(protocol, header, out);
            }

            @Override
            public void finish(Tally tally) throws IOException {
                out.write(summary(tally) + "\n");
                if (header.baseline() != null) {
                    out.write(String.format(Locale.ROOT, "Baseline %s: %d new, %d matched, %d gone\n", shown(header.baseline()),
                            tally.baselineNew(), tally.baselineMatched(), tally.baselineGone().size()));
                    for (BaselineEntry gone : tally.baselineGone()) {
                        out.write(String.format(Locale.ROOT, "  gone: %s %s %s%s\n", gone.ruleId(), gone.protocolId(),
                                gone.pointer().isEmpty() ? "\"\"" : shown(gone.pointer()), recorded(gone)));
                    }
                }
                out.write(String.format(Locale.ROOT, "%s; rule set %s (%d rules, sha256 %s); profile %s %s (%ssha256 %s); %scheck date %s\n",
                        header.tool().label(), shown(header.rules().source()), header.rules().rules(),
                        header.rules().sha256(), shown(header.profile().name()), shown(String.valueOf(header.profile().version())),
                        siteFile(header.profile()), header.profile().sha256(), inputs(header), header.checkDate()));
                out.write(paint("\u001B[1m", verdict(header, tally)) + "\n");
            }
        };
    }

    /** The waiver files and the baseline, each {@code role file (sha256 …); }, and the {@code --exclude} globs. */
    private static String inputs(Report header) {
        StringBuilder inputs = new StringBuilder();
        for (Report.Input input : header.inputs()) {
            inputs.append(input.role().label()).append(' ').append(shown(input.file())).append(" (sha256 ")
                    .append(input.sha256()).append("); ");
        }
        if (!header.excludes().isEmpty()) {
            inputs.append("excluded by --exclude ").append(shown(Report.quoted(header.excludes()))).append("; ");
        }
        return inputs.toString();
    }

    private void write(ProtocolResult protocol, Report header, Writer out) throws IOException {
        LocalDate checkDate = header.checkDate();
        out.write(paint("\u001B[1m", header(protocol)) + "\n");
        for (Problem problem : protocol.problems()) {
            line(out, shown(problem.location().display()), paint("\u001B[31m", "ERROR   "), shown(problem.message()));
        }
        // open findings, then the waived ones apart from them (protocol-format.md Section 8.2)
        for (boolean waived : new boolean[] {false, true}) {
            for (Finding finding : protocol.findings()) {
                if (finding.isWaived() == waived) {
                    line(out, shown(finding.location().display()), severity(finding),
                            padded(finding.ruleId(), 6) + "  " + finding.message() + " (pointer " + shown(pointer(finding)) + ")"
                                    + notes(finding));
                }
            }
        }
        for (WaiverRef stale : protocol.staleWaivers()) {
            line(out, shown(stale.source()), paint("\u001B[35m", "STALE   "), padded(stale.rule(), 6) + "  "
                    + "this waiver" + pointer(stale) + " matches no finding of the protocol" + whyStale(protocol, stale)
                            + "; remove it or correct it");
        }
        for (WaiverRef expiring : protocol.expiringWaivers()) {
            long days = ChronoUnit.DAYS.between(checkDate, LocalDate.parse(expiring.expiresOn()));
            line(out, shown(expiring.source()), paint("\u001B[35m", "EXPIRING"),
                    padded(expiring.rule(), 6) + "  " + "this waiver" + pointer(expiring) + " expires on " + expiring.expiresOn()
                            + (days == 0 ? ", today" : ", in " + days + " day" + (days == 1 ? "" : "s")));
        }
        out.write("  " + verdict(protocol) + "\n");
        if (!protocol.sha256().isEmpty()) {
            out.write("  sha256 " + protocol.sha256() + "\n");
        }
        if (!protocol.completeness().isEmpty()) {
            out.write("  " + completeness(protocol.completeness()) + "\n");
        }
        List<String> notApplicable = header.notApplicable(protocol);
        if (!notApplicable.isEmpty()) {
            out.write("  not applicable (out of scope): " + String.join(", ", notApplicable) + "\n");
        }
        out.write("\n");
    }

    /**
     * What the baseline recorded of a finding gone: severity, value and place. A finding at the
     * same place with a worse severity or another value is new, and its entry is gone: the value
     * tells the two apart.
     */
    private static String recorded(BaselineEntry gone) {
        List<String> parts = new ArrayList<>();
        if (!gone.recorded().isEmpty()) {
            parts.add(shown(gone.recorded()));
        }
        if (!gone.display().isEmpty()) {
            parts.add("at " + shown(gone.display()));
        }
        return parts.isEmpty() ? "" : " (recorded " + String.join(", ", parts) + ")";
    }

    /** What follows a finding's message: its waiver, an expired waiver, the baseline. */
    private static String notes(Finding finding) {
        StringBuilder notes = new StringBuilder();
        if (finding.isWaived()) {
            notes.append(" [waived ").append(finding.severity().label()).append(" finding: ")
                    .append(shown(finding.waiver().justification())).append(" (")
                    .append(shown(finding.waiver().approval())).append("; waiver at ").append(shown(finding.waiver().source()))
                    .append(")]");
        } else if (finding.isReopened()) {
            notes.append(" [waiver expired ").append(finding.waiver().expiresOn()).append(" at ")
                    .append(shown(finding.waiver().source())).append("]");
        } else if (finding.isPending()) {
            notes.append(" [waiver not yet in force: from ").append(finding.waiver().approvedOn()).append(" at ")
                    .append(shown(finding.waiver().source())).append("]");
        }
        if (finding.baseline()) {
            notes.append(" [baseline]");
        }
        return notes.toString();
    }

    /** The finding's JSON Pointer, as a waiver names it ({@code ""} for the whole document, shown as such). */
    private static String pointer(Finding finding) {
        return finding.location().pointer().isEmpty() ? "\"\"" : finding.location().pointer();
    }

    private static String pointer(WaiverRef waiver) {
        return waiver.pointer() == null ? "" : " (pointer " + shown(waiver.pointer()) + ")";
    }

    /** {@code "site.yaml; "} for a site profile, so that its source shows even when it keeps the default name. */
    private static String siteFile(Report.ProfileInfo profile) {
        return "default".equals(profile.source()) ? "" : "from " + shown(profile.source()) + "; "
                + (profile.overrides().isEmpty() ? "" : "differs from the default in " + shown(profile.overridesText()) + "; ");
    }

    /** Text from a file or the command line on one line, its invisible characters escaped. */
    private static String shown(String text) {
        return Readable.line(text);
    }

    private static String header(ProtocolResult protocol) {
        List<String> facts = new ArrayList<>();
        if (protocol.id() != null && !protocol.id().isBlank()) { // a blank ID is a problem of the file, not a fact
            facts.add(protocol.id());
        }
        if (protocol.stage() != null && !protocol.stage().isBlank()) {
            facts.add(protocol.stage());
        }
        return shown(protocol.file()) + (facts.isEmpty() ? "" : " (" + shown(String.join(", ", facts)) + ")");
    }

    /** One indented line of a protocol's block: its place, its label and its text. */
    private static void line(Writer out, String place, String label, String text) throws IOException {
        out.write("  " + place + "  " + label + "  " + text + "\n");
    }

    /** {@code text} padded with spaces to {@code width}, as {@code %-<width>s} would (never cut). */
    private static String padded(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private String severity(Finding finding) {
        String label = padded(finding.isWaived() ? "WAIVED" : finding.severity().name(), 8);
        if (finding.isWaived()) {
            return paint("\u001B[2m", label);
        }
        return switch (finding.severity()) {
            case CRITICAL -> paint("\u001B[1;31m", label);
            case MAJOR -> paint("\u001B[31m", label);
            case MINOR -> paint("\u001B[33m", label);
            case INFO -> paint("\u001B[36m", label);
        };
    }

    /** How the run ends and why ("Fails: open findings major or worse."), the report's last line. */
    public static String verdict(Report header, Tally tally) {
        return header.gate().verdict(tally, header.baseline() != null);
    }

    private static String verdict(ProtocolResult protocol) {
        if (!protocol.isChecked()) {
            return "NOT CHECKED: " + protocol.problems().size() + " problem" + (protocol.problems().size() == 1 ? "" : "s")
                    + "; no criterion was evaluated";
        }
        long open = protocol.findings().stream().filter(f -> !f.isWaived()).count();
        long waived = protocol.findings().size() - open;
        return (open == 0 && waived == 0 ? "checked: no findings" : "checked: " + open + " open, " + waived + " waived")
                + extras(protocol);
    }

    /** Why a stale waiver matches nothing, in parentheses after a space, when the tool can tell; else "". */
    static String whyStale(ProtocolResult protocol, WaiverRef waiver) {
        String reason = staleReason(protocol, waiver);
        return reason.isEmpty() ? "" : " (" + reason + ")";
    }

    /**
     * Why a stale waiver matches nothing, when the tool can tell: its rule does not apply to the
     * protocol, or the rule's findings lie above the waiver's pointer; else "". The findings above
     * are quoted, so that the reader can tell whether the waiver was written for one of them
     * (a field left out is reported at its section) or for a deviation that is gone.
     */
    static String staleReason(ProtocolResult protocol, WaiverRef waiver) {
        if (!protocol.applies(waiver.rule())) {
            return waiver.rule() + " does not apply to this protocol";
        }
        List<String> above = protocol.findingsAbove(waiver).stream()
                .map(f -> f.location().pointer() + " (\"" + f.message() + "\")").toList();
        return above.isEmpty() ? "" : waiver.rule() + " reports at " + String.join(" and at ", above)
                + ", above that pointer; a waiver covers findings at its pointer or below it, so move it up only if it"
                + " was written for " + (above.size() == 1 ? "that finding" : "one of those findings");
    }

    /** The waiver counts of a protocol that are not zero (see {@link #extras(long, long, long, long)}). */
    static String extras(ProtocolResult protocol) {
        return extras(protocol.reopenedCount(), protocol.pendingCount(), protocol.staleWaivers().size(),
                protocol.expiringWaivers().size());
    }

    /** The waiver counts of a run that are not zero. */
    static String extras(Tally tally) {
        return extras(tally.reopened(), tally.pending(), tally.staleWaivers(), tally.expiringWaivers());
    }

    /** The waiver counts that are not zero, as {@code , 1 re-opened (waiver expired), 1 stale waiver}. */
    private static String extras(long reopened, long pending, long stale, long expiring) {
        StringBuilder extras = new StringBuilder();
        if (reopened > 0) {
            extras.append(", ").append(reopened).append(" re-opened (waiver expired)");
        }
        if (pending > 0) {
            extras.append(", ").append(pending).append(" open with a waiver not yet in force");
        }
        if (stale > 0) {
            extras.append(", ").append(stale).append(" stale waiver").append(stale == 1 ? "" : "s");
        }
        if (expiring > 0) {
            extras.append(", ").append(expiring).append(" expiring waiver").append(expiring == 1 ? "" : "s");
        }
        return extras.toString();
    }

    private static String completeness(List<SectionScore> scores) {
        SectionScore all = scores.get(scores.size() - 1);
        List<String> sections = new ArrayList<>();
        for (SectionScore score : scores.subList(0, scores.size() - 1)) {
            sections.add(score.section() + " " + score.met() + "/" + score.applicable());
        }
        return "completeness: " + all.percent() + "% (" + all.met() + " of " + all.applicable() + " applicable criteria met; "
                + String.join(", ", sections) + ")";
    }

    /**
     * "FILE:LINE:COLUMN: message" of the first problem of {@code protocol}, a file not checked, with
     * how many more it has: the line that standard error shows for it when the reports go to files.
     */
    public static String firstProblem(ProtocolResult protocol) {
        Problem first = protocol.problems().get(0);
        int more = protocol.problems().size() - 1;
        return shown(first.location().display()) + ": " + shown(first.message())
                + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")");
    }

    /** "Summary: 4 protocols, 4 checked, …": the counts of a run, the text report's summary line. */
    public static String summary(Tally tally) {
        Map<Severity, Integer> open = tally.openBySeverity();
        return String.format(Locale.ROOT, "Summary: %d protocol%s, %d checked, %d not checked; open findings: %d critical, %d major,"
                        + " %d minor, %d info; %d waived",
                tally.protocols(), tally.protocols() == 1 ? "" : "s", tally.checked(), tally.notChecked(),
                open.get(Severity.CRITICAL), open.get(Severity.MAJOR), open.get(Severity.MINOR), open.get(Severity.INFO),
                tally.waived()) + extras(tally);
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
