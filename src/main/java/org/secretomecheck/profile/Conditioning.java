package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Conditioning {

    @JsonProperty("confluence_low_flag_pct")
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal confluenceLowFlagPct;
    @JsonProperty("confluence_high_flag_pct")
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal confluenceHighFlagPct;
    @JsonProperty("viability_start_min_pct")
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal viabilityStartMinPct;
    @JsonProperty("viability_start_major_below_pct")
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal viabilityStartMajorBelowPct;
    @JsonProperty("duration_low_flag_h")
    @DecimalMin("0")
    private BigDecimal durationLowFlagH;
    @JsonProperty("duration_max_h")
    @DecimalMin("0")
    private BigDecimal durationMaxH;
    @JsonProperty("max_serum_free_harvests")
    @Min(0)
    private int maxSerumFreeHarvests;
    @JsonProperty("viability_harvest_min_pct")
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal viabilityHarvestMinPct;
    @JsonProperty("viability_harvest_major_below_pct")
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal viabilityHarvestMajorBelowPct;
    @JsonProperty("hold_max_h")
    @DecimalMin("0")
    private BigDecimal holdMaxH;
    @JsonProperty("hold_frozen_max_temp_c")
    @DecimalMin("-273.15")
    private BigDecimal holdFrozenMaxTempC;

    public BigDecimal getConfluenceLowFlagPct() {
        return confluenceLowFlagPct;
    }

    public BigDecimal getConfluenceHighFlagPct() {
        return confluenceHighFlagPct;
    }

    public BigDecimal getViabilityStartMinPct() {
        return viabilityStartMinPct;
    }

    public BigDecimal getViabilityStartMajorBelowPct() {
        return viabilityStartMajorBelowPct;
    }

    public BigDecimal getDurationLowFlagH() {
        return durationLowFlagH;
    }

    public BigDecimal getDurationMaxH() {
        return durationMaxH;
    }

    public int getMaxSerumFreeHarvests() {
        return maxSerumFreeHarvests;
    }

    public BigDecimal getViabilityHarvestMinPct() {
        return viabilityHarvestMinPct;
    }

    public BigDecimal getViabilityHarvestMajorBelowPct() {
        return viabilityHarvestMajorBelowPct;
    }

    public BigDecimal getHoldMaxH() {
        return holdMaxH;
    }

    public BigDecimal getHoldFrozenMaxTempC() {
        return holdFrozenMaxTempC;
    }
}
