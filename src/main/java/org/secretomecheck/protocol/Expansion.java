package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Null;
import java.math.BigDecimal;
import java.util.List;

/** {@code protocol.expansion}: generated from the field table of {@code protocol-format.md}. */
public final class Expansion extends Section {

    /** {@code protocol.expansion.medium_basal (enum; setpoint, both stages)}. */
    @OneOf({"alpha_mem", "dmem_low_glucose", "dmem_high_glucose", "dmem_f12", "proprietary_serum_free", "other"})
    @JsonProperty("medium_basal")
    private String mediumBasal;

    /** {@code protocol.expansion.supplement (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("supplement")
    private ExpansionSupplement supplement;

    /** {@code protocol.expansion.o2_pct (number (percent), % O2; setpoint, both stages)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @JsonProperty("o2_pct")
    private BigDecimal o2Pct;

    /** {@code protocol.expansion.co2_pct (number (percent), % CO2; setpoint, both stages)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @JsonProperty("co2_pct")
    private BigDecimal co2Pct;

    /** {@code protocol.expansion.seeding_density_cells_per_cm2 (number, cells/cm²; setpoint, both stages)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("seeding_density_cells_per_cm2")
    private BigDecimal seedingDensityCellsPerCm2;

    /** {@code protocol.expansion.passage_at_conditioning (int, passage number; setpoint, both stages)}. */
    @Min(0)
    @JsonProperty("passage_at_conditioning")
    private Integer passageAtConditioning;

    /** {@code protocol.expansion.cumulative_population_doublings_max (number, population doublings; acceptance, both stages)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("cumulative_population_doublings_max")
    private BigDecimal cumulativePopulationDoublingsMax;

    /** {@code protocol.expansion.cumulative_population_doublings (number, population doublings; result, batch_record)}. */
    @DecimalMin(value = "0")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cumulative_population_doublings")
    private BigDecimal cumulativePopulationDoublings;

    /** {@code protocol.expansion.passage_history (list of mappings; result, optional)}. */
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("passage_history")
    private List<@Valid PassageRecord> passageHistory;

    /** {@code protocol.expansion.senescence_sa_beta_gal_pct (number (percent), % positive cells; result, batch_record)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("senescence_sa_beta_gal_pct")
    private BigDecimal senescenceSaBetaGalPct;

    public String getMediumBasal() {
        return mediumBasal;
    }

    public ExpansionSupplement getSupplement() {
        return supplement;
    }

    public BigDecimal getO2Pct() {
        return o2Pct;
    }

    public BigDecimal getCo2Pct() {
        return co2Pct;
    }

    public BigDecimal getSeedingDensityCellsPerCm2() {
        return seedingDensityCellsPerCm2;
    }

    public Integer getPassageAtConditioning() {
        return passageAtConditioning;
    }

    public BigDecimal getCumulativePopulationDoublingsMax() {
        return cumulativePopulationDoublingsMax;
    }

    public BigDecimal getCumulativePopulationDoublings() {
        return cumulativePopulationDoublings;
    }

    public List<PassageRecord> getPassageHistory() {
        return passageHistory;
    }

    public BigDecimal getSenescenceSaBetaGalPct() {
        return senescenceSaBetaGalPct;
    }
}
