package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.List;

/** {@code protocol.formulation_storage}: generated from the field table of {@code protocol-format.md}. */
public final class FormulationStorage extends Section {

    /** {@code protocol.formulation_storage.buffer (enum; setpoint, optional)}. */
    @OneOf({"pbs", "saline", "basal_medium", "other"})
    @JsonProperty("buffer")
    private String buffer;

    /** {@code protocol.formulation_storage.excipients (list; setpoint, optional)}. */
    @Unique
    @JsonProperty("excipients")
    private List<@OneOf({"human_serum_albumin", "trehalose", "sucrose", "mannitol", "other"}) String> excipients;

    /** {@code protocol.formulation_storage.container (enum; setpoint, optional)}. */
    @OneOf({"low_protein_binding", "standard_polypropylene", "glass_vial", "cryobag", "other"})
    @JsonProperty("container")
    private String container;

    /** {@code protocol.formulation_storage.fill_volume_ml (number, mL; setpoint, optional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("fill_volume_ml")
    private BigDecimal fillVolumeMl;

    /** {@code protocol.formulation_storage.total_product_volume_ml (number, mL; setpoint, optional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("total_product_volume_ml")
    private BigDecimal totalProductVolumeMl;

    /** {@code protocol.formulation_storage.storage_temp_c (number, °C; setpoint, both stages)}. */
    @DecimalMin(value = "-200")
    @DecimalMax(value = "200")
    @JsonProperty("storage_temp_c")
    private BigDecimal storageTempC;

    /** {@code protocol.formulation_storage.freeze_thaw_cycles_max (int; setpoint, conditional)}. */
    @Min(0)
    @JsonProperty("freeze_thaw_cycles_max")
    private Integer freezeThawCyclesMax;

    /** {@code protocol.formulation_storage.lyophilized (bool; setpoint, optional)}. */
    @JsonProperty("lyophilized")
    private Boolean lyophilized;

    /** {@code protocol.formulation_storage.residual_moisture_max_pct (number (percent), % w/w; acceptance, conditional)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @JsonProperty("residual_moisture_max_pct")
    private BigDecimal residualMoistureMaxPct;

    /** {@code protocol.formulation_storage.shelf_life_months (number, months; setpoint, both stages)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("shelf_life_months")
    private BigDecimal shelfLifeMonths;

    /** {@code protocol.formulation_storage.stability_study_id (id string; setpoint, conditional)}. */
    @IdString
    @JsonProperty("stability_study_id")
    private String stabilityStudyId;

    /** {@code protocol.formulation_storage.stability_supported_months (number, months; setpoint, conditional)}. */
    @DecimalMin(value = "0")
    @JsonProperty("stability_supported_months")
    private BigDecimal stabilitySupportedMonths;

    public String getBuffer() {
        return buffer;
    }

    public List<String> getExcipients() {
        return excipients;
    }

    public String getContainer() {
        return container;
    }

    public BigDecimal getFillVolumeMl() {
        return fillVolumeMl;
    }

    public BigDecimal getTotalProductVolumeMl() {
        return totalProductVolumeMl;
    }

    public BigDecimal getStorageTempC() {
        return storageTempC;
    }

    public Integer getFreezeThawCyclesMax() {
        return freezeThawCyclesMax;
    }

    public Boolean getLyophilized() {
        return lyophilized;
    }

    public BigDecimal getResidualMoistureMaxPct() {
        return residualMoistureMaxPct;
    }

    public BigDecimal getShelfLifeMonths() {
        return shelfLifeMonths;
    }

    public String getStabilityStudyId() {
        return stabilityStudyId;
    }

    public BigDecimal getStabilitySupportedMonths() {
        return stabilitySupportedMonths;
    }
}
