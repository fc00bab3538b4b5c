package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import java.math.BigDecimal;
import java.util.List;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Donor {

    @JsonProperty("mandatory_tests")
    @NotEmpty
    private List<String> mandatoryTests;
    @JsonProperty("age_warn_years")
    @DecimalMin("0")
    private BigDecimal ageWarnYears;

    public List<String> getMandatoryTests() {
        return mandatoryTests;
    }

    public BigDecimal getAgeWarnYears() {
        return ageWarnYears;
    }
}
