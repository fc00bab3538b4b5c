package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Storage {

    @JsonProperty("max_temp_c")
    private BigDecimal maxTempC;
    @JsonProperty("lyophilized_max_temp_c")
    private BigDecimal lyophilizedMaxTempC;
    @JsonProperty("max_freeze_thaw")
    private int maxFreezeThaw;
    @JsonProperty("residual_moisture_max_pct")
    private BigDecimal residualMoistureMaxPct;

    public BigDecimal getMaxTempC() {
        return maxTempC;
    }

    public BigDecimal getLyophilizedMaxTempC() {
        return lyophilizedMaxTempC;
    }

    public int getMaxFreezeThaw() {
        return maxFreezeThaw;
    }

    public BigDecimal getResidualMoistureMaxPct() {
        return residualMoistureMaxPct;
    }
}
