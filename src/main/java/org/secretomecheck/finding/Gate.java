package org.secretomecheck.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What fails a run: an open finding at or above {@code failOn} that the baseline, if any, does not
 * record; and, when {@code failOnStaleWaivers} is set, a stale waiver. A protocol that was not
 * checked fails it in any case. The exit code and every report's verdict come from here, so they
 * cannot disagree. {@code expiryWarningDays} fails nothing: it is the run's other rule that
 * reports show, the window in which a waiver in force is listed as expiring soon.
 */
public record Gate(Severity failOn, boolean failOnStaleWaivers, int expiryWarningDays) {

    /** The window of {@code --expiry-warning} when it is not given. */
    public static final int EXPIRY_WARNING_DAYS = 30;

    /** The command line's defaults: major or worse fails, stale waivers do not. */
    public static final Gate DEFAULT = new Gate(Severity.MAJOR, false);

    /** A gate with the default expiry window. */
    public Gate(Severity failOn, boolean failOnStaleWaivers) {
        this(failOn, failOnStaleWaivers, EXPIRY_WARNING_DAYS);
    }

    /** How a run ends. */
    public enum Outcome {
        PASS(0), FAIL(1), NOT_CHECKED(2);

        private final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }

        /** The lower-case name used in reports ({@code not_checked}). */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The exit code of {@code check} that ends so (README "Exit codes"). */
        public int exitCode() {
            return exitCode;
        }
    }

    public Gate {
        Objects.requireNonNull(failOn, "failOn");
    }

    /** True when {@code finding} alone fails the run: open, at or above {@code failOn}, and not in the baseline. */
    public boolean fails(Finding finding) {
        return !finding.isWaived() && !finding.baseline() && finding.severity().atLeast(failOn);
    }

    /** The outcome of a run with these counts. */
    public Outcome outcome(Tally tally) {
        if (tally.notChecked() > 0) {
            return Outcome.NOT_CHECKED;
        }
        return tally.hasNewOpenAtLeast(failOn) || failOnStaleWaivers && tally.staleWaivers() > 0
                ? Outcome.FAIL : Outcome.PASS;
    }

    /** One sentence saying how the run ended and why, for the reports people read. */
    public String verdict(Tally tally, boolean withBaseline) {
        String threshold = failOn.label() + (failOn == Severity.CRITICAL ? "" : " or worse")
                + (withBaseline ? " outside the baseline" : "");
        List<String> reasons = new ArrayList<>(); // every reason: mending one alone would not pass
        if (tally.notChecked() > 0) {
            reasons.add("not every protocol was checked");
        }
        if (tally.hasNewOpenAtLeast(failOn)) {
            reasons.add("open findings " + threshold);
        }
        if (failOnStaleWaivers && tally.staleWaivers() > 0) {
            reasons.add("stale waivers (--fail-on-stale-waivers)");
        }
        return switch (outcome(tally)) {
            case NOT_CHECKED, FAIL -> "Fails: " + (reasons.size() == 1 ? reasons.get(0)
                    : String.join(", ", reasons.subList(0, reasons.size() - 1)) + " and " + reasons.get(reasons.size() - 1))
                    + ".";
            case PASS -> tally.openBySeverity().values().stream().allMatch(n -> n == 0)
                    ? "Passes: no open findings."
                    : "Passes: no open finding " + threshold + ".";
        };
    }
}
