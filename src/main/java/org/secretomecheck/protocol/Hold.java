package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Null;
import java.math.BigDecimal;

/** {@code protocol.harvest_processing.hold}: generated from the field table of {@code protocol-format.md}. */
public final class Hold extends Section {

    /** {@code protocol.harvest_processing.hold.temp_c (number, °C; setpoint, both stages)}. */
    @DecimalMin(value = "-200")
    @DecimalMax(value = "200")
    @JsonProperty("temp_c")
    private BigDecimal tempC;

    /** {@code protocol.harvest_processing.hold.max_time_h (number, h; acceptance, both stages)}. */
    @DecimalMin(value = "0")
    @JsonProperty("max_time_h")
    private BigDecimal maxTimeH;

    /** {@code protocol.harvest_processing.hold.actual_time_h (number, h; result, optional)}. */
    @DecimalMin(value = "0")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("actual_time_h")
    private BigDecimal actualTimeH;

    public BigDecimal getTempC() {
        return tempC;
    }

    public BigDecimal getMaxTimeH() {
        return maxTimeH;
    }

    public BigDecimal getActualTimeH() {
        return actualTimeH;
    }
}
