package org.secretomecheck.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.NumberText;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.Severity;

/**
 * The change-control view of two versions of a protocol: every leaf value that was added,
 * removed or changed, and every finding that the new version introduced, resolved or kept, both
 * checked with the same rules, profile and check date.
 *
 * @param tool the tool that made it
 * @param rules the rule set both versions were checked with
 * @param profile the profile in force
 * @param checkDate the date waivers were judged against
 * @param inputs the waiver files both versions were judged with, with their SHA-256
 * @param failOn the lowest severity of an introduced open finding that fails the change
 * @param before the check of the old version
 * @param after the check of the new version
 * @param values every changed leaf value, in document order
 * @param findings the new findings (in the new version's report order), then the resolved ones (in
 *        the old version's order), then the unchanged ones (in the new version's order)
 */
public record ProtocolDiff(Report.Tool tool, Report.RuleSet rules, Report.ProfileInfo profile, LocalDate checkDate,
        List<Report.Input> inputs, Severity failOn, ProtocolResult before, ProtocolResult after, List<ValueChange> values,
        List<FindingChange> findings) {

    public ProtocolDiff {
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        inputs = List.copyOf(inputs);
        values = List.copyOf(values);
        findings = List.copyOf(findings);
    }

    /**
     * The diff of two checked versions, failing on introduced open findings at or above
     * {@code failOn}; {@code header} (a report without protocols) names the tool, rules, profile,
     * check date and waiver files.
     */
    public static ProtocolDiff of(Report header, Severity failOn, ProtocolVersion before, ProtocolVersion after) {
        if (!before.isChecked() || !after.isChecked()) {
            throw new IllegalArgumentException("both versions must have been checked");
        }
        return new ProtocolDiff(header.tool(), header.rules(), header.profile(), header.checkDate(), header.inputs(),
                failOn, before.result(), after.result(), TreeDiff.of(before.document(), after.document()),
                findings(before.result().findings(), after.result().findings()));
    }

    /** True when the change fails: the new version introduces an open finding at or above {@link #failOn}. */
    public boolean fails() {
        return !introduced(failOn).isEmpty();
    }

    /** The verdict sentence, as every format gives it and the exit code follows. */
    public String verdict() {
        int introduced = introduced(failOn).size();
        String level = failOn.label() + (failOn == Severity.CRITICAL ? "" : " or worse");
        return introduced == 0 ? "Passes: the new version introduces no open finding " + level + "."
                : "Fails: the new version introduces " + introduced + " open finding" + (introduced == 1 ? "" : "s") + " "
                        + level + " (new, no longer waived, or more severe).";
    }

    /** A warning when the two files declare different protocol IDs, or null. */
    public String warning() {
        return Objects.equals(before.id(), after.id()) ? null : "the two files hold different protocols ("
                + before.id() + " and " + after.id() + "); they are compared all the same.";
    }

    static List<FindingChange> findings(List<Finding> before, List<Finding> after) {
        Map<String, Finding> old = byKey(before);
        Map<String, Finding> now = byKey(after);
        List<FindingChange> changes = new ArrayList<>();
        now.forEach((key, finding) -> {
            if (!old.containsKey(key)) {
                changes.add(new FindingChange(FindingChange.Status.NEW, null, finding));
            }
        });
        old.forEach((key, finding) -> {
            if (!now.containsKey(key)) {
                changes.add(new FindingChange(FindingChange.Status.RESOLVED, finding, null));
            }
        });
        now.forEach((key, finding) -> {
            if (old.containsKey(key)) {
                changes.add(new FindingChange(FindingChange.Status.UNCHANGED, old.get(key), finding));
            }
        });
        return changes;
    }

    /**
     * Findings by rule ID, pointer and offending value (a number by its value: 91.0 is 91), as a
     * baseline matches them: a deviation whose value changed (storage at 25 °C where it was -20 °C)
     * is a new one, and the old one is resolved. And by the fields the finding is about (its
     * targets): a deviation merged into a finding at the same place (a second absent field of
     * the section) makes it a new one too. The rule book merges findings of a rule at one
     * pointer, so keys are unique.
     */
    private static Map<String, Finding> byKey(List<Finding> findings) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byKey.putIfAbsent(finding.ruleId() + "\u0000" + finding.location().pointer() + "\u0000"
                    + (finding.value() == null ? "" : "=" + NumberText.canonical(finding.value())) + "\u0000"
                    + String.join("\u0000", new java.util.TreeSet<>(finding.targets())), finding);
        }
        return byKey;
    }

    /** The findings with {@code status}, in this diff's order. */
    public List<FindingChange> findings(FindingChange.Status status) {
        return findings.stream().filter(change -> change.status() == status).toList();
    }

    /** The changed values of {@code kind}. */
    public List<ValueChange> values(ValueChange.Kind kind) {
        return values.stream().filter(change -> change.kind() == kind).toList();
    }

    /**
     * The open findings of the new version at or above {@code threshold} that the old version did not
     * already have open at or above it: new findings, findings whose waiver no longer covers them,
     * and findings that became more severe.
     */
    public List<FindingChange> introduced(Severity threshold) {
        return findings.stream()
                .filter(change -> failing(change.after(), threshold) && !failing(change.before(), threshold))
                .toList();
    }

    private static boolean failing(Finding finding, Severity threshold) {
        return finding != null && !finding.isWaived() && finding.severity().atLeast(threshold);
    }
}
