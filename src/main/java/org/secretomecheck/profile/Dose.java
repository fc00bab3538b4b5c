package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Dose {

    @JsonProperty("min_dose_units")
    @Min(0)
    private int minDoseUnits;

    public int getMinDoseUnits() {
        return minDoseUnits;
    }
}
