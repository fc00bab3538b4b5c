package org.secretomecheck.finding;

import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of a run, added up one protocol at a time, so that a report can be summarized
 * without holding every protocol: protocols, those not checked, open findings by severity and
 * waived findings.
 */
public final class Tally {

    private final Map<Severity, Integer> open = new EnumMap<>(Severity.class);
    private int protocols;
    private int notChecked;
    private int waived;

    public Tally() {
        for (Severity severity : Severity.values()) {
            open.put(severity, 0);
        }
    }

    /** The counts of {@code results}. */
    public static Tally of(Iterable<ProtocolResult> results) {
        Tally tally = new Tally();
        results.forEach(tally::add);
        return tally;
    }

    /** Counts one more protocol. */
    public void add(ProtocolResult result) {
        protocols++;
        if (!result.isChecked()) {
            notChecked++;
        }
        for (Finding finding : result.findings()) {
            if (finding.isWaived()) {
                waived++;
            } else {
                open.merge(finding.severity(), 1, Integer::sum);
            }
        }
    }

    /** Protocols counted. */
    public int protocols() {
        return protocols;
    }

    /** Protocols that could not be checked. */
    public int notChecked() {
        return notChecked;
    }

    /** Protocols that were checked. */
    public int checked() {
        return protocols - notChecked;
    }

    /** Waived findings. */
    public int waived() {
        return waived;
    }

    /** Open findings by severity, every severity present. */
    public Map<Severity, Integer> openBySeverity() {
        return new EnumMap<>(open);
    }

    /** True when some open finding is at or above {@code threshold}. */
    public boolean hasOpenAtLeast(Severity threshold) {
        return open.entrySet().stream().anyMatch(e -> e.getValue() > 0 && e.getKey().atLeast(threshold));
    }
}
