package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** {@code protocol.isolation.sec}: generated from the field table of {@code protocol-format.md}. */
public final class IsolationSec extends Section {

    /** {@code protocol.isolation.sec.column (string; setpoint, conditional)}. */
    @Text
    @JsonProperty("column")
    private String column;

    /** {@code protocol.isolation.sec.load_volume_ml (number, mL; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("load_volume_ml")
    private BigDecimal loadVolumeMl;

    /** {@code protocol.isolation.sec.max_load_volume_ml (number, mL; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("max_load_volume_ml")
    private BigDecimal maxLoadVolumeMl;

    /** {@code protocol.isolation.sec.fractions_pooled (string; setpoint, conditional)}. */
    @Text
    @JsonProperty("fractions_pooled")
    private String fractionsPooled;

    public String getColumn() {
        return column;
    }

    public BigDecimal getLoadVolumeMl() {
        return loadVolumeMl;
    }

    public BigDecimal getMaxLoadVolumeMl() {
        return maxLoadVolumeMl;
    }

    public String getFractionsPooled() {
        return fractionsPooled;
    }
}
