package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class EvCharacterization {

    @JsonProperty("min_particles_per_ug_protein")
    @DecimalMin("0")
    private BigDecimal minParticlesPerUgProtein;
    @JsonProperty("min_markers")
    @Valid
    private MarkerMinimums minMarkers;
    @JsonProperty("small_ev_max_window_nm")
    @DecimalMin(value = "0", inclusive = false)
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
