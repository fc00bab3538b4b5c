package org.secretomecheck.finding;

import java.util.Objects;

/**
 * A waiver as reports name it when it is not attached to a finding: a stale waiver (it matches no
 * finding of the protocol) or one due to expire soon.
 *
 * @param rule the rule ID it waives
 * @param pointer the JSON Pointer it is limited to, or null for every finding of the rule
 * @param location where the waiver is written (its file, pointer in that file, line and column)
 * @param expiresOn its last day, {@code YYYY-MM-DD}
 */
public record WaiverRef(String rule, String pointer, Location location, String expiresOn) {

    public WaiverRef {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(expiresOn, "expiresOn");
    }

    /** Where the waiver is written, as {@code file:line:column}. */
    public String source() {
        return location.display();
    }
}
