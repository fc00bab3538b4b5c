package org.secretomecheck.finding;

import java.util.Objects;

/**
 * One deviation from a criterion: the rule that found it, its severity, where it is, and a
 * sentence for people. {@code value} is the value written at the location when the location is a
 * scalar field (the offending value), else null. {@code waiver} is null for an open finding and
 * names the waiver that covers a waived one.
 */
public record Finding(String ruleId, Severity severity, Location location, String message, String value,
        WaiverNote waiver) {

    /** The approved exception that covers a waived finding. */
    public record WaiverNote(String justification, String approvedBy, String expiresOn, String source) {}

    public Finding {
        if (ruleId == null || ruleId.isBlank()) {
            throw new IllegalArgumentException("a finding needs a rule ID");
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a message");
        }
    }

    /** An open finding. */
    public static Finding open(String ruleId, Severity severity, Location location, String message, String value) {
        return new Finding(ruleId, severity, location, message, value, null);
    }

    /** This finding marked waived by {@code note}. */
    public Finding waivedBy(WaiverNote note) {
        return new Finding(ruleId, severity, location, message, value, Objects.requireNonNull(note));
    }

    /** True when a waiver covers this finding. */
    public boolean isWaived() {
        return waiver != null;
    }

    /** {@code open} or {@code waived}. */
    public String status() {
        return isWaived() ? "waived" : "open";
    }
}
