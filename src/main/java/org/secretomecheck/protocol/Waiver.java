package org.secretomecheck.protocol;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.secretomecheck.finding.Location;

/**
 * An approved, time-limited exception to a criterion ({@code protocol-format.md} Section 8),
 * written in a protocol's {@code waivers} or in a waiver file.
 *
 * @param rule the rule ID it waives
 * @param pointer the JSON Pointer it is limited to, or null for every finding of the rule
 * @param justification why the exception is acceptable
 * @param approvedBy who approved it
 * @param approvedOn the approval date
 * @param expiresOn the last day on which it applies
 * @param reference the deviation or change-control reference, as text, or null when none is given
 * @param location where the waiver is written: its file, its pointer in that file, line and column
 * @param protocols the protocol IDs a waiver of a waiver file is limited to; empty for every
 *        protocol (and always empty for a waiver written in a protocol)
 */
public record Waiver(String rule, String pointer, String justification, String approvedBy,
        LocalDate approvedOn, LocalDate expiresOn, String reference, Location location, List<String> protocols) {

    public Waiver {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedOn, "approvedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(location, "location");
        protocols = List.copyOf(protocols);
    }

    /** Where the waiver is written, as {@code file:line:column}. */
    public String source() {
        return location.display();
    }

    /** True when this waiver applies to the protocol with ID {@code protocolId}. */
    public boolean appliesTo(String protocolId) {
        return protocols.isEmpty() || protocols.contains(protocolId);
    }

    /** True when the check date falls within approval and expiry, both included. */
    public boolean isActiveOn(LocalDate checkDate) {
        return !checkDate.isBefore(approvedOn) && !checkDate.isAfter(expiresOn);
    }

    /** True when the waiver is approved from a day after the check date. */
    public boolean isPendingOn(LocalDate checkDate) {
        return checkDate.isBefore(approvedOn);
    }

    /** True when the waiver's last day is before the check date. */
    public boolean hasExpiredBy(LocalDate checkDate) {
        return checkDate.isAfter(expiresOn);
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
