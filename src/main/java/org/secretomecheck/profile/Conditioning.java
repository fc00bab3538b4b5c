package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Conditioning {

    @JsonProperty("confluence_low_flag_pct")
    private BigDecimal confluenceLowFlagPct;
    @JsonProperty("confluence_high_flag_pct")
    private BigDecimal confluenceHighFlagPct;
    @JsonProperty("viability_start_min_pct")
    private BigDecimal viabilityStartMinPct;
    @JsonProperty("viability_start_major_below_pct")
    private BigDecimal viabilityStartMajorBelowPct;
    @JsonProperty("duration_low_flag_h")
    private BigDecimal durationLowFlagH;
    @JsonProperty("duration_max_h")
    private BigDecimal durationMaxH;
    @JsonProperty("max_serum_free_harvests")
    private int maxSerumFreeHarvests;
    @JsonProperty("viability_harvest_min_pct")
    private BigDecimal viabilityHarvestMinPct;
    @JsonProperty("viability_harvest_major_below_pct")
    private BigDecimal viabilityHarvestMajorBelowPct;
    @JsonProperty("hold_max_h")
    private BigDecimal holdMaxH;
    @JsonProperty("hold_frozen_max_temp_c")
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
