package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class EvCharacterization {

    @JsonProperty("min_particles_per_ug_protein")
    private BigDecimal minParticlesPerUgProtein;
    @JsonProperty("min_markers")
    private MarkerMinimums minMarkers;
    @JsonProperty("small_ev_max_window_nm")
    private BigDecimal smallEvMaxWindowNm;

    public BigDecimal getMinParticlesPerUgProtein() {
        return minParticlesPerUgProtein;
    }

    public MarkerMinimums getMinMarkers() {
        return minMarkers;
    }

    public BigDecimal getSmallEvMaxWindowNm() {
        return smallEvMaxWindowNm;
    }
}
