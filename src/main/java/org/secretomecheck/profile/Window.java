package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Window {

    @JsonProperty("min")
    @DecimalMin("0")
    private BigDecimal min;
    @JsonProperty("max")
    @DecimalMin("0")
    private BigDecimal max;

    public BigDecimal getMin() {
        return min;
    }

    public BigDecimal getMax() {
        return max;
    }
}
