package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** {@code protocol.pre_conditioning.inflammatory_priming.agents[]}: generated from the field table of {@code protocol-format.md}. */
public final class PrimingAgent extends ListItem {

    /** {@code protocol.pre_conditioning.inflammatory_priming.agents.name (enum; setpoint, structural)}. */
    @NotNull
    @OneOf({"ifn_gamma", "tnf_alpha", "il_1_beta", "other"})
    @JsonProperty("name")
    private String name;

    /** {@code protocol.pre_conditioning.inflammatory_priming.agents.conc_ng_per_ml (number, ng/mL; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("conc_ng_per_ml")
    private BigDecimal concNgPerMl;

    /** {@code protocol.pre_conditioning.inflammatory_priming.agents.duration_h (number, h; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("duration_h")
    private BigDecimal durationH;

    public String getName() {
        return name;
    }

    public BigDecimal getConcNgPerMl() {
        return concNgPerMl;
    }

    public BigDecimal getDurationH() {
        return durationH;
    }
}
