package org.secretomecheck.finding;

import java.util.Locale;
import java.util.Objects;

/**
 * What fails a run: an open finding at or above {@code failOn} that the baseline, if any, does not
 * record; and, when {@code failOnStaleWaivers} is set, a stale waiver. A protocol that was not
 * checked fails it in any case. The exit code and every report's verdict come from here, so they
 * cannot disagree.
 */
public record Gate(Severity failOn, boolean failOnStaleWaivers) {

    /** The command line's defaults: major or worse fails, stale waivers do not. */
    public static final Gate DEFAULT = new Gate(Severity.MAJOR, false);

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
        boolean findings = tally.hasNewOpenAtLeast(failOn);
        boolean stale = failOnStaleWaivers && tally.staleWaivers() > 0;
        return switch (outcome(tally)) {
            // the checked protocols' own reasons too: mending the files not checked would not pass the run
            case NOT_CHECKED -> "Fails: not every protocol was checked" + (findings ? "; and open findings " + threshold
                    : stale ? "; and stale waivers (--fail-on-stale-waivers)" : "") + ".";
            case FAIL -> findings
                    ? "Fails: open findings " + threshold + "."
                    : "Fails: stale waivers (--fail-on-stale-waivers).";
            case PASS -> tally.openBySeverity().values().stream().allMatch(n -> n == 0)
                    ? "Passes: no open findings."
                    : "Passes: no open finding " + threshold + ".";
        };
    }
}
