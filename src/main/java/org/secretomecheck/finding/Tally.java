package org.secretomecheck.finding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of a run, added up one protocol at a time, so that a report can be summarized
 * without holding every protocol: protocols, those not checked, open findings by severity, waived
 * findings, findings re-opened by an expired waiver, findings whose waiver is not yet in force,
 * stale and expiring waivers, and how the open findings compare with the baseline.
 */
public final class Tally {

    private final Map<Severity, Integer> open = new EnumMap<>(Severity.class);
    private final Map<Severity, Integer> fresh = new EnumMap<>(Severity.class);
    /**
     * By protocol ID, the baseline entries gone from every checked file of that ID so far: an
     * entry still open in one file of a protocol is not gone, and a gone one is listed once.
     */
    private final Map<String, java.util.Set<BaselineEntry>> gone = new java.util.LinkedHashMap<>();
    /** Protocol IDs with a file that was not checked: none of their entries can be called gone. */
    private final java.util.Set<String> unjudged = new java.util.HashSet<>();
    private int protocols;
    private int notChecked;
    private int waived;
    private int reopened;
    private int pending;
    private int stale;
    private int expiring;
    private int inBaseline;

    public Tally() {
        for (Severity severity : Severity.values()) {
            open.put(severity, 0);
            fresh.put(severity, 0);
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
                if (finding.baseline()) {
                    inBaseline++;
                } else {
                    fresh.merge(finding.severity(), 1, Integer::sum);
                }
                if (finding.isReopened()) {
                    reopened++;
                }
                if (finding.isPending()) {
                    pending++;
                }
            }
        }
        stale += result.staleWaivers().size();
        expiring += result.expiringWaivers().size();
        if (result.id() == null) {
            return;
        }
        if (result.isChecked()) {
            gone.merge(result.id(), new java.util.LinkedHashSet<>(result.baselineGone()), (before, here) -> {
                before.retainAll(here);
                return before;
            });
        } else {
            unjudged.add(result.id());
        }
    }

    /** Open findings whose waiver expired. */
    public int reopened() {
        return reopened;
    }

    /** Open findings whose waiver is approved from a day after the check date. */
    public int pending() {
        return pending;
    }

    /** Waivers that match no finding, counted once per protocol they apply to. */
    public int staleWaivers() {
        return stale;
    }

    /** Waivers in force that expire within the warning period, counted once per protocol they apply to. */
    public int expiringWaivers() {
        return expiring;
    }

    /** Open findings recorded in the baseline. */
    public int baselineMatched() {
        return inBaseline;
    }

    /** Open findings not recorded in the baseline (all open findings without a baseline). */
    public int baselineNew() {
        return fresh.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Baseline entries whose finding no file of the protocol has open, in input order: every file
     * of that protocol ID was checked, and none has it.
     */
    public List<BaselineEntry> baselineGone() {
        return gone.entrySet().stream().filter(byId -> !unjudged.contains(byId.getKey()))
                .flatMap(byId -> byId.getValue().stream()).toList();
    }

    /** True when some open finding outside the baseline is at or above {@code threshold}. */
    public boolean hasNewOpenAtLeast(Severity threshold) {
        return fresh.entrySet().stream().anyMatch(e -> e.getValue() > 0 && e.getKey().atLeast(threshold));
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
}
