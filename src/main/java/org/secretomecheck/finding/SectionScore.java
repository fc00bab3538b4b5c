package org.secretomecheck.finding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Completeness of one catalogue section for one protocol, in the spirit of EV-TRACK's EV-METRIC:
 * how many of the criteria that apply to the protocol it meets.
 *
 * @param section the section prefix ({@code SRC}, …), or {@code ALL} for the whole catalogue
 * @param applicable criteria that apply to the protocol (by product, stage and process step)
 * @param met applicable criteria without an open or waived finding (info notes do not count)
 */
public record SectionScore(String section, int applicable, int met) {

    /** The name of the score over every section. */
    public static final String ALL = "ALL";

    /** {@code met / applicable} to four decimals; 1 when nothing applies. */
    public BigDecimal score() {
        return applicable == 0 ? BigDecimal.ONE.setScale(4)
                : BigDecimal.valueOf(met).divide(BigDecimal.valueOf(applicable), 4, RoundingMode.HALF_EVEN);
    }

    /** The score as a whole percentage, for people. */
    public int percent() {
        return score().movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).intValue();
    }
}
