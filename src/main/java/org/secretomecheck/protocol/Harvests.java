package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/** {@code protocol.conditioning.harvests}: generated from the field table of {@code protocol-format.md}. */
public final class Harvests extends Section {

    /** {@code protocol.conditioning.harvests.count (int; setpoint, optional)}. */
    @Min(1)
    @JsonProperty("count")
    private Integer count;

    /** {@code protocol.conditioning.harvests.interval_h (number, h; setpoint, optional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("interval_h")
    private BigDecimal intervalH;

    /** {@code protocol.conditioning.harvests.viability_check_each (bool; setpoint, conditional)}. */
    @JsonProperty("viability_check_each")
    private Boolean viabilityCheckEach;

    public Integer getCount() {
        return count;
    }

    public BigDecimal getIntervalH() {
        return intervalH;
    }

    public Boolean getViabilityCheckEach() {
        return viabilityCheckEach;
    }
}
