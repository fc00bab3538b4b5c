package org.secretomecheck.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict names every reason a run fails: mending one alone would not make it pass. */
class GateTest {

    private static final Gate STRICT = new Gate(Severity.MAJOR, true);

    private static ProtocolResult checked(Severity severity, boolean staleWaiver) {
        Location at = new Location("a.yaml", "/protocol", 1, 1);
        return new ProtocolResult("a.yaml", "00", "A", "1", "design",
                severity == null ? List.of() : List.of(Finding.open("DOC-01", severity, at, "Not recorded.", null)),
                List.of(), List.of(), List.of(), List.of(),
                staleWaiver ? List.of(new WaiverRef("DON-02", "/protocol/donor", at, "2030-01-01")) : List.of(),
                List.of(), List.of(), null);
    }

    private static final ProtocolResult BROKEN = ProtocolResult.notChecked("b.yaml", "", null,
            List.of(new Problem(Problem.Kind.UNREADABLE, Location.ofFile("b.yaml"), "YAML syntax error")));

    @Test
    void eachReasonAloneAndTogether() {
        assertThat(STRICT.verdict(Tally.of(List.of(checked(Severity.MAJOR, false))), false))
                .isEqualTo("Fails: open findings major or worse.");
        assertThat(STRICT.verdict(Tally.of(List.of(checked(null, true))), false))
                .isEqualTo("Fails: stale waivers (--fail-on-stale-waivers).");
        assertThat(STRICT.verdict(Tally.of(List.of(checked(Severity.CRITICAL, true))), true))
                .isEqualTo("Fails: open findings major or worse outside the baseline and stale waivers"
                        + " (--fail-on-stale-waivers).");
        assertThat(STRICT.verdict(Tally.of(List.of(checked(Severity.MAJOR, true), BROKEN)), false))
                .isEqualTo("Fails: not every protocol was checked, open findings major or worse and stale waivers"
                        + " (--fail-on-stale-waivers).");
        assertThat(STRICT.verdict(Tally.of(List.of(checked(Severity.MINOR, false))), false))
                .isEqualTo("Passes: no open finding major or worse.");
    }
}
