package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** {@code protocol.dose}: generated from the field table of {@code protocol-format.md}. */
public final class Dose extends Section {

    /** {@code protocol.dose.per_administration (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("per_administration")
    private DosePerAdministration perAdministration;

    /** {@code protocol.dose.reference_body_weight_kg (number, kg; setpoint, optional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("reference_body_weight_kg")
    private BigDecimal referenceBodyWeightKg;

    public DosePerAdministration getPerAdministration() {
        return perAdministration;
    }

    public BigDecimal getReferenceBodyWeightKg() {
        return referenceBodyWeightKg;
    }
}
