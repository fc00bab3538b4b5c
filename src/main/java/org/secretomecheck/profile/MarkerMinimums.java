package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class MarkerMinimums {

    @JsonProperty("transmembrane")
    private int transmembrane;
    @JsonProperty("cytosolic")
    private int cytosolic;
    @JsonProperty("purity")
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
