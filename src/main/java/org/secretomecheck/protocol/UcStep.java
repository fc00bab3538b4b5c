package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** {@code protocol.isolation.uc_steps[]}: generated from the field table of {@code protocol-format.md}. */
public final class UcStep extends ListItem {

    /** {@code protocol.isolation.uc_steps.purpose (enum; setpoint, structural)}. */
    @NotNull
    @OneOf({"pellet", "wash"})
    @JsonProperty("purpose")
    private String purpose;

    /** {@code protocol.isolation.uc_steps.g_force_xg (number, × g; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("g_force_xg")
    private BigDecimal gForceXg;

    /** {@code protocol.isolation.uc_steps.time_min (number, min; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("time_min")
    private BigDecimal timeMin;

    public String getPurpose() {
        return purpose;
    }

    public BigDecimal getGForceXg() {
        return gForceXg;
    }

    public BigDecimal getTimeMin() {
        return timeMin;
    }
}
