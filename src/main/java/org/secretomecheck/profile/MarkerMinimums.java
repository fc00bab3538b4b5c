package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class MarkerMinimums {

    @JsonProperty("transmembrane")
    @Min(0)
    private int transmembrane;
    @JsonProperty("cytosolic")
    @Min(0)
    private int cytosolic;
    @JsonProperty("purity")
    @Min(0)
    private int purity;

    public int getTransmembrane() {
        return transmembrane;
    }

    public int getCytosolic() {
        return cytosolic;
    }

    public int getPurity() {
        return purity;
    }
}
