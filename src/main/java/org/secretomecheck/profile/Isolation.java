package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Isolation {

    @JsonProperty("cm_mwco_max_kda")
    private BigDecimal cmMwcoMaxKda;
    @JsonProperty("cm_mwco_major_kda")
    private BigDecimal cmMwcoMajorKda;
    @JsonProperty("ev_tff_mwco_min_kda")
    private BigDecimal evTffMwcoMinKda;
    @JsonProperty("min_diafiltration_volumes")
    private BigDecimal minDiafiltrationVolumes;
    @JsonProperty("uc_min_xg_small_ev")
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
