package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import java.math.BigDecimal;
import java.util.List;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class CultureFormat {

    @JsonProperty("spheroid_max_diameter_um")
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal spheroidMaxDiameterUm;
    @JsonProperty("required_monitored_parameters")
    @NotEmpty
    private List<String> requiredMonitoredParameters;

    public BigDecimal getSpheroidMaxDiameterUm() {
        return spheroidMaxDiameterUm;
    }

    public List<String> getRequiredMonitoredParameters() {
        return requiredMonitoredParameters;
    }
}
