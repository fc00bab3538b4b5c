package org.secretomecheck.finding;

import java.util.List;
import java.util.Objects;

/**
 * One open finding as a baseline records it. It matches a finding by rule ID, protocol ID and
 * pointer that is not more severe than recorded and, when the entry records them, has the
 * offending value, belongs to the batch record of that batch ID, and is about no field beyond
 * those recorded; the file, line and column are there for people reading the baseline.
 *
 * @param value the value written at the pointer ({@link Finding#value()}), or null when the
 *              finding had none (its location is not a scalar) or the baseline was written before
 *              values were recorded
 * @param batchId the batch ID of the batch record the finding was in: a record of another batch
 *              with the same protocol ID is another record, whose findings are new. Null for a
 *              design, a batch record without one (whose batch ID, once written, is that
 *              record's: the entry matches any batch) or a baseline written before batch IDs were
 *              recorded
 * @param targets the JSON Pointers of the fields the finding was about ({@link Finding#targets()}),
 *              or null for a baseline written before they were recorded: a field that went
 *              missing later, merged into a finding at the same place, makes it new
 */
public record BaselineEntry(String ruleId, String protocolId, String pointer, String severity, String value, String file,
        int line, int column, String batchId, List<String> targets) {

    public BaselineEntry {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(severity, "severity");
        targets = targets == null ? null : List.copyOf(new java.util.TreeSet<>(targets));
    }

    /** The entry for {@code finding}, an open finding of protocol {@code protocolId} (batch {@code batchId}, or null). */
    public static BaselineEntry of(String protocolId, String batchId, Finding finding) {
        return new BaselineEntry(finding.ruleId(), protocolId, finding.location().pointer(), finding.severity().label(),
                finding.value(), finding.location().file(), finding.location().line(), finding.location().column(), batchId,
                finding.targets());
    }

    /**
     * True when this entry records {@code finding} of protocol {@code id}, batch {@code batch}: a
     * finding more severe than recorded, or whose value is not the one recorded (storage at 25 °C
     * where -20 °C was), is new.
     */
    public boolean matches(String id, String batch, Finding finding) {
        return isAbout(id, batch, finding) && Severity.of(severity).atLeast(finding.severity());
    }

    /**
     * True when {@code finding} of protocol {@code id}, batch {@code batch}, is the finding this
     * entry is about, whatever its severity now: same rule, protocol and pointer, and the value
     * recorded, if any (a number by its value: 91.0 is 91), the batch recorded, if any, and no
     * field beyond those recorded, if they are.
     */
    public boolean isAbout(String id, String batch, Finding finding) {
        return ruleId.equals(finding.ruleId()) && protocolId.equals(id) && pointer.equals(finding.location().pointer())
                && (value == null || sameValue(value, finding.value()))
                && (batchId == null || batchId.equals(batch))
                && (targets == null || targets.containsAll(finding.targets()));
    }

    private static boolean sameValue(String recorded, String now) {
        return recorded.equals(now) || now != null && NumberText.canonical(recorded).equals(NumberText.canonical(now));
    }

    /** What the entry records of its finding besides the place: {@code major}, or {@code major, value -20}. */
    public String recorded() {
        return value == null ? severity : severity + ", value " + value;
    }

    /** {@code file:line:column} where the finding was when the baseline was written. */
    public String display() {
        return file == null ? "" : new Location(file, pointer, line, column).display();
    }
}
