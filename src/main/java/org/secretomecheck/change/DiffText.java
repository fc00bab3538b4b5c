package org.secretomecheck.change;

import java.util.Locale;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;

/**
 * The diff as text: the two versions, every changed value (one line each, the pointer column
 * aligned), then the findings grouped new, resolved, unchanged.
 *
 * <pre>
 *   changed  /protocol/expansion/passage_at_conditioning  9 (line 78) -&gt; 4 (line 89)
 *   RESOLVED  MAJOR     EXP-01  old.yaml:78:5  /protocol/expansion/passage_at_conditioning  Cells are ...
 * </pre>
 */
final class DiffText {

    private DiffText() {}

    static String render(ProtocolDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("Change control: ").append(Text.oneLine(diff.before().file())).append(" -> ")
                .append(Text.oneLine(diff.after().file())).append('\n');
        out.append("  old: ").append(describe(diff.before())).append('\n');
        out.append("  new: ").append(describe(diff.after())).append('\n');
        out.append("  check date ").append(diff.checkDate()).append("; ").append(diff.tool().label()).append("; rule set ").append(Text.oneLine(diff.rules().source())).append(" (")
                .append(diff.rules().rules()).append(" rules, sha256 ").append(diff.rules().sha256()).append("); profile ")
                .append(Text.oneLine(diff.profile().name())).append(' ')
                .append(Text.oneLine(String.valueOf(diff.profile().version()))).append(" (sha256 ")
                .append(diff.profile().sha256()).append(')');
        for (Report.Input input : diff.inputs()) {
            out.append("; ").append(input.role().label()).append(' ').append(Text.oneLine(input.file())).append(" (sha256 ")
                    .append(input.sha256()).append(')');
        }
        out.append('\n');
        if (diff.warning() != null) {
            out.append("  warning: ").append(Text.oneLine(diff.warning())).append('\n');
        }
        out.append(diff.verdict()).append('\n');

        out.append('\n').append(String.format(Locale.ROOT, "Parameters: %d changed, %d added, %d removed\n",
                diff.values(ValueChange.Kind.CHANGED).size(), diff.values(ValueChange.Kind.ADDED).size(),
                diff.values(ValueChange.Kind.REMOVED).size()));
        int pointerWidth = diff.values().stream().mapToInt(v -> Text.width(Text.oneLine(v.pointer()))).max().orElse(0);
        for (ValueChange change : diff.values()) {
            out.append("  ").append(Text.pad(change.kind().label(), 7)).append("  ")
                    .append(Text.pad(Text.oneLine(change.pointer()), pointerWidth)).append("  ")
                    .append(side(change.shownBefore(), change.beforeLine())).append(" -> ")
                    .append(side(change.shownAfter(), change.afterLine())).append('\n');
        }
        if (diff.values().isEmpty()) {
            out.append("  no value changed\n");
        }

        out.append('\n').append(String.format(Locale.ROOT, "Findings: %d new, %d resolved, %d unchanged\n",
                diff.findings(FindingChange.Status.NEW).size(), diff.findings(FindingChange.Status.RESOLVED).size(),
                diff.findings(FindingChange.Status.UNCHANGED).size()));
        int ruleWidth = diff.findings().stream().mapToInt(f -> Text.width(f.finding().ruleId())).max().orElse(0);
        int severityWidth = diff.findings().stream().mapToInt(f -> Text.width(severity(f.finding()))).max().orElse(0);
        for (FindingChange change : diff.findings()) {
            Finding finding = change.finding();
            String note = change.note().isEmpty() ? "" : " (" + change.note() + ")";
            out.append("  ").append(Text.pad(change.status().name(), 9)).append("  ")
                    .append(Text.pad(severity(finding), severityWidth))
                    .append("  ").append(Text.pad(finding.ruleId(), ruleWidth)).append("  ")
                    .append(Text.oneLine(finding.location().display())).append("  ")
                    .append(Text.oneLine(finding.location().pointer().isEmpty() ? "(root)" : finding.location().pointer()))
                    .append("  ").append(Text.oneLine(finding.message())).append(note).append('\n');
        }
        if (diff.findings().isEmpty()) {
            out.append("  neither version has findings\n");
        }
        return out.toString();
    }

    private static String describe(ProtocolResult result) {
        return Text.oneLine(result.file()) + "  " + Text.oneLine(String.valueOf(result.id())) + " version "
                + Text.oneLine(Text.version(result.version())) + ", " + result.stage() + ", sha256 " + result.sha256();
    }

    /** {@code MAJOR}, or {@code MAJOR waived} when a waiver covers the finding. */
    private static String severity(Finding finding) {
        String label = finding.severity().label().toUpperCase(Locale.ROOT);
        return finding.isWaived() ? label + " waived" : label;
    }

    private static String side(String value, int line) {
        return line > 0 ? value + " (line " + line + ")" : value;
    }
}
