package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** {@code protocol.pre_conditioning.hypoxia}: generated from the field table of {@code protocol-format.md}. */
public final class Hypoxia extends Section {

    /** {@code protocol.pre_conditioning.hypoxia.applied (bool; setpoint, both stages)}. */
    @JsonProperty("applied")
    private Boolean applied;

    /** {@code protocol.pre_conditioning.hypoxia.o2_pct (number (percent), % O2; setpoint, conditional)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @JsonProperty("o2_pct")
    private BigDecimal o2Pct;

    /** {@code protocol.pre_conditioning.hypoxia.duration_h (number, h; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("duration_h")
    private BigDecimal durationH;

    /** {@code protocol.pre_conditioning.hypoxia.o2_measurement (enum; setpoint, conditional)}. */
    @OneOf({"incubator_setpoint", "pericellular_probe", "medium_dissolved_oxygen"})
    @JsonProperty("o2_measurement")
    private String o2Measurement;

    public Boolean getApplied() {
        return applied;
    }

    public BigDecimal getO2Pct() {
        return o2Pct;
    }

    public BigDecimal getDurationH() {
        return durationH;
    }

    public String getO2Measurement() {
        return o2Measurement;
    }
}
