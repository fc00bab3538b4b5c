package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Media {

    @JsonProperty("min_washes_before_conditioning")
    @Min(0)
    private int minWashesBeforeConditioning;

    public int getMinWashesBeforeConditioning() {
        return minWashesBeforeConditioning;
    }
}
