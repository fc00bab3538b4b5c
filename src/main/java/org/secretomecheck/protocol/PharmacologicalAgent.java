package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** {@code protocol.pre_conditioning.pharmacological.agents[]}: generated from the field table of {@code protocol-format.md}. */
public final class PharmacologicalAgent extends ListItem {

    /** {@code protocol.pre_conditioning.pharmacological.agents.name (string; setpoint, structural)}. */
    @NotNull
    @Text
    @JsonProperty("name")
    private String name;

    /** {@code protocol.pre_conditioning.pharmacological.agents.conc_umol_per_l (number, µM; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("conc_umol_per_l")
    private BigDecimal concUmolPerL;

    /** {@code protocol.pre_conditioning.pharmacological.agents.duration_h (number, h; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("duration_h")
    private BigDecimal durationH;

    public String getName() {
        return name;
    }

    public BigDecimal getConcUmolPerL() {
        return concUmolPerL;
    }

    public BigDecimal getDurationH() {
        return durationH;
    }
}
