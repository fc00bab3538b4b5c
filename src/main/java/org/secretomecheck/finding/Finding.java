package org.secretomecheck.finding;

import java.util.List;
import java.util.Objects;

/**
 * One deviation from a criterion: the rule that found it, its severity, where it is, and a
 * sentence for people. {@code value} is the value written at the location when the location is a
 * scalar field (the offending value), else null. {@code waiver} is null for an open finding that
 * no waiver ever covered; it names the waiver that covers a waived finding, or the waiver that
 * covered an open finding until it expired ({@link WaiverNote#expired()}). {@code baseline} is true
 * for an open finding recorded in the baseline in use. {@code targets} are the JSON Pointers of the
 * fields the finding is about (the {@code @target} of each check merged into it): its location when
 * they are present, else their nearest present parent. They are not written in any report.
 */
public record Finding(String ruleId, Severity severity, Location location, String message, String value,
        WaiverNote waiver, boolean baseline, List<String> targets) {

    /**
     * The approved exception that covers a waived finding, or that covered a finding until it
     * expired: then the finding is open again.
     *
     * @param approvedOn the approval date, {@code YYYY-MM-DD}
     * @param expiresOn its last day, {@code YYYY-MM-DD}
     * @param reference the deviation or change-control reference, or null when none is given
     * @param source where the waiver is written, as {@code file:line:column}
     * @param expired true when the waiver expired before the check date
     * @param pending true when the waiver is approved from a day after the check date (not yet in force)
     */
    public record WaiverNote(String justification, String approvedBy, String approvedOn, String expiresOn,
            String reference, String source, boolean expired, boolean pending) {

        /** The approval in words: {@code approved by QA on 2025-02-01, expires 2026-01-31, reference DEV-1}. */
        public String approval() {
            return "approved by " + approvedBy + " on " + approvedOn + ", expires " + expiresOn
                    + (reference == null ? "" : ", reference " + reference);
        }
    }

    /** A finding outside any baseline, about the field at its location. */
    public Finding(String ruleId, Severity severity, Location location, String message, String value, WaiverNote waiver) {
        this(ruleId, severity, location, message, value, waiver, false, location == null ? List.of() : List.of(location.pointer()));
    }

    public Finding {
        if (ruleId == null || ruleId.isBlank()) {
            throw new IllegalArgumentException("a finding needs a rule ID");
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a message");
        }
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
    }

    /** An open finding about the field at its location. */
    public static Finding open(String ruleId, Severity severity, Location location, String message, String value) {
        return new Finding(ruleId, severity, location, message, value, null);
    }

    /** An open finding about the fields at {@code targets} (an absent field's finding sits at its nearest present parent). */
    public static Finding open(String ruleId, Severity severity, Location location, String message, String value,
            List<String> targets) {
        return new Finding(ruleId, severity, location, message, value, null, false, targets);
    }

    /** This finding marked waived by {@code note}, or, when the note says it expired, open with that note. */
    public Finding waivedBy(WaiverNote note) {
        return new Finding(ruleId, severity, location, message, value, Objects.requireNonNull(note), baseline, targets);
    }

    /** This finding marked as recorded in the baseline (or not). */
    public Finding inBaseline(boolean recorded) {
        return new Finding(ruleId, severity, location, message, value, waiver, recorded, targets);
    }

    /** True when a waiver in force covers this finding. */
    public boolean isWaived() {
        return waiver != null && !waiver.expired() && !waiver.pending();
    }

    /** True when this finding is open and only a waiver not yet in force covers it. */
    public boolean isPending() {
        return waiver != null && waiver.pending();
    }

    /** True when this finding is open because the waiver that covered it expired. */
    public boolean isReopened() {
        return waiver != null && waiver.expired();
    }

    /** {@code open} or {@code waived}. */
    public String status() {
        return isWaived() ? "waived" : "open";
    }
}
