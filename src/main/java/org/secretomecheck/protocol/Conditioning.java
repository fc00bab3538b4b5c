package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Null;
import java.math.BigDecimal;

/** {@code protocol.conditioning}: generated from the field table of {@code protocol-format.md}. */
public final class Conditioning extends Section {

    /** {@code protocol.conditioning.confluence_at_start_pct (number (percent), % confluence; setpoint, conditional)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @JsonProperty("confluence_at_start_pct")
    private BigDecimal confluenceAtStartPct;

    /** {@code protocol.conditioning.viability_at_start_min_pct (number (percent), % viable; acceptance, both stages)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @JsonProperty("viability_at_start_min_pct")
    private BigDecimal viabilityAtStartMinPct;

    /** {@code protocol.conditioning.viability_at_start_pct (number (percent), % viable; result, batch_record)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("viability_at_start_pct")
    private BigDecimal viabilityAtStartPct;

    /** {@code protocol.conditioning.cell_count_method (string; setpoint, both stages)}. */
    @Text
    @JsonProperty("cell_count_method")
    private String cellCountMethod;

    /** {@code protocol.conditioning.cell_count_at_start (number, cells; result, batch_record)}. */
    @DecimalMin(value = "0")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cell_count_at_start")
    private BigDecimal cellCountAtStart;

    /** {@code protocol.conditioning.cell_count_at_harvest (number, cells; result, batch_record)}. */
    @DecimalMin(value = "0")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cell_count_at_harvest")
    private BigDecimal cellCountAtHarvest;

    /** {@code protocol.conditioning.washes_before_conditioning (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("washes_before_conditioning")
    private WashesBeforeConditioning washesBeforeConditioning;

    /** {@code protocol.conditioning.medium (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("medium")
    private ConditioningMedium medium;

    /** {@code protocol.conditioning.o2_pct (number (percent), % O2; setpoint, both stages)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @JsonProperty("o2_pct")
    private BigDecimal o2Pct;

    /** {@code protocol.conditioning.duration_h (number, h; setpoint, both stages)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("duration_h")
    private BigDecimal durationH;

    /** {@code protocol.conditioning.duration_justification (string; setpoint, conditional)}. */
    @Text
    @JsonProperty("duration_justification")
    private String durationJustification;

    /** {@code protocol.conditioning.harvests (mapping; section, optional)}. */
    @Valid
    @JsonProperty("harvests")
    private Harvests harvests;

    /** {@code protocol.conditioning.viability_at_harvest_min_pct (number (percent), % viable; acceptance, both stages)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @JsonProperty("viability_at_harvest_min_pct")
    private BigDecimal viabilityAtHarvestMinPct;

    /** {@code protocol.conditioning.viability_at_harvest_pct (number (percent), % viable; result, batch_record)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("viability_at_harvest_pct")
    private BigDecimal viabilityAtHarvestPct;

    public BigDecimal getConfluenceAtStartPct() {
        return confluenceAtStartPct;
    }

    public BigDecimal getViabilityAtStartMinPct() {
        return viabilityAtStartMinPct;
    }

    public BigDecimal getViabilityAtStartPct() {
        return viabilityAtStartPct;
    }

    public String getCellCountMethod() {
        return cellCountMethod;
    }

    public BigDecimal getCellCountAtStart() {
        return cellCountAtStart;
    }

    public BigDecimal getCellCountAtHarvest() {
        return cellCountAtHarvest;
    }

    public WashesBeforeConditioning getWashesBeforeConditioning() {
        return washesBeforeConditioning;
    }

    public ConditioningMedium getMedium() {
        return medium;
    }

    public BigDecimal getO2Pct() {
        return o2Pct;
    }

    public BigDecimal getDurationH() {
        return durationH;
    }

    public String getDurationJustification() {
        return durationJustification;
    }

    public Harvests getHarvests() {
        return harvests;
    }

    public BigDecimal getViabilityAtHarvestMinPct() {
        return viabilityAtHarvestMinPct;
    }

    public BigDecimal getViabilityAtHarvestPct() {
        return viabilityAtHarvestPct;
    }
}
