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

    public void setConfluenceAtStartPct(BigDecimal confluenceAtStartPct) {
        this.confluenceAtStartPct = confluenceAtStartPct;
    }

    public BigDecimal getViabilityAtStartMinPct() {
        return viabilityAtStartMinPct;
    }

    public void setViabilityAtStartMinPct(BigDecimal viabilityAtStartMinPct) {
        this.viabilityAtStartMinPct = viabilityAtStartMinPct;
    }

    public BigDecimal getViabilityAtStartPct() {
        return viabilityAtStartPct;
    }

    public void setViabilityAtStartPct(BigDecimal viabilityAtStartPct) {
        this.viabilityAtStartPct = viabilityAtStartPct;
    }

    public String getCellCountMethod() {
        return cellCountMethod;
    }

    public void setCellCountMethod(String cellCountMethod) {
        this.cellCountMethod = cellCountMethod;
    }

    public BigDecimal getCellCountAtStart() {
        return cellCountAtStart;
    }

    public void setCellCountAtStart(BigDecimal cellCountAtStart) {
        this.cellCountAtStart = cellCountAtStart;
    }

    public BigDecimal getCellCountAtHarvest() {
        return cellCountAtHarvest;
    }

    public void setCellCountAtHarvest(BigDecimal cellCountAtHarvest) {
        this.cellCountAtHarvest = cellCountAtHarvest;
    }

    public WashesBeforeConditioning getWashesBeforeConditioning() {
        return washesBeforeConditioning;
    }

    public void setWashesBeforeConditioning(WashesBeforeConditioning washesBeforeConditioning) {
        this.washesBeforeConditioning = washesBeforeConditioning;
    }

    public ConditioningMedium getMedium() {
        return medium;
    }

    public void setMedium(ConditioningMedium medium) {
        this.medium = medium;
    }

    public BigDecimal getO2Pct() {
        return o2Pct;
    }

    public void setO2Pct(BigDecimal o2Pct) {
        this.o2Pct = o2Pct;
    }

    public BigDecimal getDurationH() {
        return durationH;
    }

    public void setDurationH(BigDecimal durationH) {
        this.durationH = durationH;
    }

    public String getDurationJustification() {
        return durationJustification;
    }

    public void setDurationJustification(String durationJustification) {
        this.durationJustification = durationJustification;
    }

    public Harvests getHarvests() {
        return harvests;
    }

    public void setHarvests(Harvests harvests) {
        this.harvests = harvests;
    }

    public BigDecimal getViabilityAtHarvestMinPct() {
        return viabilityAtHarvestMinPct;
    }

    public void setViabilityAtHarvestMinPct(BigDecimal viabilityAtHarvestMinPct) {
        this.viabilityAtHarvestMinPct = viabilityAtHarvestMinPct;
    }

    public BigDecimal getViabilityAtHarvestPct() {
        return viabilityAtHarvestPct;
    }

    public void setViabilityAtHarvestPct(BigDecimal viabilityAtHarvestPct) {
        this.viabilityAtHarvestPct = viabilityAtHarvestPct;
    }
}
