package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Safety {

    @JsonProperty("endotoxin_k_eu_per_kg")
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal endotoxinKEuPerKg;
    @JsonProperty("endotoxin_k_intrathecal_eu_per_kg")
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal endotoxinKIntrathecalEuPerKg;
    @JsonProperty("reference_body_weight_kg")
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal referenceBodyWeightKg;

    public BigDecimal getEndotoxinKEuPerKg() {
        return endotoxinKEuPerKg;
    }

    public BigDecimal getEndotoxinKIntrathecalEuPerKg() {
        return endotoxinKIntrathecalEuPerKg;
    }

    public BigDecimal getReferenceBodyWeightKg() {
        return referenceBodyWeightKg;
    }
}
