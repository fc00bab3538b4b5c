package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Expansion {

    @JsonProperty("max_passage")
    @Min(0)
    private int maxPassage;
    @JsonProperty("passage_major_above")
    @Min(0)
    private int passageMajorAbove;
    @JsonProperty("max_cpd")
    @DecimalMin("0")
    private BigDecimal maxCpd;
    @JsonProperty("max_sa_beta_gal_pct")
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal maxSaBetaGalPct;
    @JsonProperty("seeding_density_min_cells_per_cm2")
    @DecimalMin("0")
    private BigDecimal seedingDensityMinCellsPerCm2;
    @JsonProperty("seeding_density_max_cells_per_cm2")
    @DecimalMin("0")
    private BigDecimal seedingDensityMaxCellsPerCm2;

    public int getMaxPassage() {
        return maxPassage;
    }

    public int getPassageMajorAbove() {
        return passageMajorAbove;
    }

    public BigDecimal getMaxCpd() {
        return maxCpd;
    }

    public BigDecimal getMaxSaBetaGalPct() {
        return maxSaBetaGalPct;
    }

    public BigDecimal getSeedingDensityMinCellsPerCm2() {
        return seedingDensityMinCellsPerCm2;
    }

    public BigDecimal getSeedingDensityMaxCellsPerCm2() {
        return seedingDensityMaxCellsPerCm2;
    }
}
