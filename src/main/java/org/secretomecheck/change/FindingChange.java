package org.secretomecheck.change;

import java.util.Locale;
import org.secretomecheck.finding.Finding;

/**
 * A finding seen across two versions of a protocol, matched by rule ID, pointer and offending
 * value (lines may move).
 *
 * @param status new, resolved or unchanged
 * @param before the finding in the old version, or null when it is new
 * @param after the finding in the new version, or null when it was resolved
 */
public record FindingChange(Status status, Finding before, Finding after) {

    /** Whether the new version introduced, resolved or kept a finding. */
    public enum Status {
        NEW, RESOLVED, UNCHANGED;

        /** The lower-case name used in reports. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The finding as it stands: the new version's, or the old one's when it was resolved. */
    public Finding finding() {
        return after != null ? after : before;
    }

    /** For an unchanged finding, what changed about it ({@code was waived}, {@code was minor}); else empty. */
    public String note() {
        if (before == null || after == null) {
            return "";
        }
        StringBuilder note = new StringBuilder();
        if (before.severity() != after.severity()) {
            note.append("was ").append(before.severity().label());
        }
        if (before.isWaived() != after.isWaived()) {
            note.append(note.length() > 0 ? ", " : "").append(before.isWaived() ? "was waived" : "was open");
        }
        return note.toString();
    }
}
