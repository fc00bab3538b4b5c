package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Storage {

    @JsonProperty("max_temp_c")
    @DecimalMin("-273.15")
    private BigDecimal maxTempC;
    @JsonProperty("lyophilized_max_temp_c")
    @DecimalMin("-273.15")
    private BigDecimal lyophilizedMaxTempC;
    @JsonProperty("max_freeze_thaw")
    @Min(0)
    private int maxFreezeThaw;
    @JsonProperty("residual_moisture_max_pct")
    @DecimalMin("0")
    @DecimalMax("100")
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
