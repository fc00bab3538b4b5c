package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Clarification {

    @JsonProperty("cell_removal_min_xg")
    @DecimalMin("0")
    private BigDecimal cellRemovalMinXg;
    @JsonProperty("cell_removal_min_time_min")
    @DecimalMin("0")
    private BigDecimal cellRemovalMinTimeMin;
    @JsonProperty("debris_min_xg")
    @DecimalMin("0")
    private BigDecimal debrisMinXg;
    @JsonProperty("debris_min_time_min")
    @DecimalMin("0")
    private BigDecimal debrisMinTimeMin;
    @JsonProperty("sterile_filter_max_pore_um")
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal sterileFilterMaxPoreUm;

    public BigDecimal getCellRemovalMinXg() {
        return cellRemovalMinXg;
    }

    public BigDecimal getCellRemovalMinTimeMin() {
        return cellRemovalMinTimeMin;
    }

    public BigDecimal getDebrisMinXg() {
        return debrisMinXg;
    }

    public BigDecimal getDebrisMinTimeMin() {
        return debrisMinTimeMin;
    }

    public BigDecimal getSterileFilterMaxPoreUm() {
        return sterileFilterMaxPoreUm;
    }
}
