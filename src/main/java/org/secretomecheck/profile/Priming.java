package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Priming {

    @JsonProperty("ifn_gamma_ng_per_ml")
    @Valid
    private Window ifnGammaNgPerMl;
    @JsonProperty("tnf_alpha_ng_per_ml")
    @Valid
    private Window tnfAlphaNgPerMl;
    @JsonProperty("il_1_beta_ng_per_ml")
    @Valid
    private Window il1BetaNgPerMl;
    @JsonProperty("duration_min_h")
    @DecimalMin("0")
    private BigDecimal durationMinH;
    @JsonProperty("duration_max_h")
    @DecimalMin("0")
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
