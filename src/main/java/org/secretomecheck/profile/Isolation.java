package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Isolation {

    @JsonProperty("cm_mwco_max_kda")
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal cmMwcoMaxKda;
    @JsonProperty("cm_mwco_major_kda")
    @DecimalMin("0")
    private BigDecimal cmMwcoMajorKda;
    @JsonProperty("ev_tff_mwco_min_kda")
    @DecimalMin("0")
    private BigDecimal evTffMwcoMinKda;
    @JsonProperty("min_diafiltration_volumes")
    @DecimalMin("0")
    private BigDecimal minDiafiltrationVolumes;
    @JsonProperty("uc_min_xg_small_ev")
    @DecimalMin("0")
    private BigDecimal ucMinXgSmallEv;

    public BigDecimal getCmMwcoMaxKda() {
        return cmMwcoMaxKda;
    }

    public BigDecimal getCmMwcoMajorKda() {
        return cmMwcoMajorKda;
    }

    public BigDecimal getEvTffMwcoMinKda() {
        return evTffMwcoMinKda;
    }

    public BigDecimal getMinDiafiltrationVolumes() {
        return minDiafiltrationVolumes;
    }

    public BigDecimal getUcMinXgSmallEv() {
        return ucMinXgSmallEv;
    }
}
