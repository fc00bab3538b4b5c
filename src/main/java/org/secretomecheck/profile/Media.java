package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Media {

    @JsonProperty("min_washes_before_conditioning")
    private int minWashesBeforeConditioning;

    public int getMinWashesBeforeConditioning() {
        return minWashesBeforeConditioning;
    }
}
