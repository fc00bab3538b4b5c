package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Priming {

    @JsonProperty("ifn_gamma_ng_per_ml")
    private Window ifnGammaNgPerMl;
    @JsonProperty("tnf_alpha_ng_per_ml")
    private Window tnfAlphaNgPerMl;
    @JsonProperty("il_1_beta_ng_per_ml")
    private Window il1BetaNgPerMl;
    @JsonProperty("duration_min_h")
    private BigDecimal durationMinH;
    @JsonProperty("duration_max_h")
    private BigDecimal durationMaxH;

    public Window getIfnGammaNgPerMl() {
        return ifnGammaNgPerMl;
    }

    public Window getTnfAlphaNgPerMl() {
        return tnfAlphaNgPerMl;
    }

    public Window getIl1BetaNgPerMl() {
        return il1BetaNgPerMl;
    }

    public BigDecimal getDurationMinH() {
        return durationMinH;
    }

    public BigDecimal getDurationMaxH() {
        return durationMaxH;
    }
}
