package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Dose {

    @JsonProperty("min_dose_units")
    private int minDoseUnits;

    public int getMinDoseUnits() {
        return minDoseUnits;
    }
}
