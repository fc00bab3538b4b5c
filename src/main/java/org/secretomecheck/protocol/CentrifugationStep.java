package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** {@code protocol.harvest_processing.centrifugation_steps[]}: generated from the field table of {@code protocol-format.md}. */
public final class CentrifugationStep extends ListItem {

    /** {@code protocol.harvest_processing.centrifugation_steps.g_force_xg (number, × g; setpoint, both stages)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("g_force_xg")
    private BigDecimal gForceXg;

    /** {@code protocol.harvest_processing.centrifugation_steps.time_min (number, min; setpoint, both stages)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("time_min")
    private BigDecimal timeMin;

    /** {@code protocol.harvest_processing.centrifugation_steps.temp_c (number, °C; setpoint, both stages)}. */
    @DecimalMin(value = "-200")
    @DecimalMax(value = "200")
    @JsonProperty("temp_c")
    private BigDecimal tempC;

    /** {@code protocol.harvest_processing.centrifugation_steps.purpose (enum; setpoint, optional)}. */
    @OneOf({"cell_removal", "debris_removal", "large_ev_removal", "other"})
    @JsonProperty("purpose")
    private String purpose;

    public BigDecimal getGForceXg() {
        return gForceXg;
    }

    public BigDecimal getTimeMin() {
        return timeMin;
    }

    public BigDecimal getTempC() {
        return tempC;
    }

    public String getPurpose() {
        return purpose;
    }
}
