package org.secretomecheck.protocol;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An approved, time-limited exception to a criterion ({@code protocol-format.md} Section 8).
 *
 * @param rule the rule ID it waives
 * @param pointer the JSON Pointer it is limited to, or null for every finding of the rule
 * @param justification why the exception is acceptable
 * @param approvedBy who approved it
 * @param approvedOn the approval date
 * @param expiresOn the last day on which it applies
 * @param source where the waiver is written, as {@code file:line:column}
 */
public record Waiver(String rule, String pointer, String justification, String approvedBy,
        LocalDate approvedOn, LocalDate expiresOn, String source) {

    public Waiver {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedOn, "approvedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
    }

    /** True when the check date falls within approval and expiry, both included. */
    public boolean isActiveOn(LocalDate checkDate) {
        return !checkDate.isBefore(approvedOn) && !checkDate.isAfter(expiresOn);
    }

    /** True when this waiver covers a finding of {@code ruleId} at {@code findingPointer}. */
    public boolean covers(String ruleId, String findingPointer) {
        if (!rule.equals(ruleId)) {
            return false;
        }
        return pointer == null || pointer.equals("/protocol") || findingPointer.equals(pointer)
                || findingPointer.startsWith(pointer + "/");
    }
}
