package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** {@code protocol.conditioning.medium}: generated from the field table of {@code protocol-format.md}. */
@NotApplicableReason({"evDepleted"})
public final class ConditioningMedium extends Section {

    /** {@code protocol.conditioning.medium.basal (enum; setpoint, both stages)}. */
    @OneOf({"alpha_mem", "dmem_low_glucose", "dmem_high_glucose", "dmem_f12", "proprietary_serum_free", "other"})
    @JsonProperty("basal")
    private String basal;

    /** {@code protocol.conditioning.medium.phenol_red_free (bool; setpoint, optional)}. */
    @JsonProperty("phenol_red_free")
    private Boolean phenolRedFree;

    /** {@code protocol.conditioning.medium.supplement (enum; setpoint, both stages)}. */
    @OneOf({"none", "fbs", "hpl", "human_serum", "defined_serum_free_supplement"})
    @JsonProperty("supplement")
    private String supplement;

    /** {@code protocol.conditioning.medium.supplement_pct (number (percent), % v/v; setpoint, optional)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @JsonProperty("supplement_pct")
    private BigDecimal supplementPct;

    /** {@code protocol.conditioning.medium.ev_depleted (enum; setpoint, conditional)}. */
    @OneOf({"depleted", "not_depleted", "not_applicable"})
    @JsonProperty("ev_depleted")
    private String evDepleted;

    /** {@code protocol.conditioning.medium.ev_depletion_method (enum; setpoint, conditional)}. */
    @OneOf({"ultracentrifugation", "ultrafiltration", "commercial_depleted_product", "other"})
    @JsonProperty("ev_depletion_method")
    private String evDepletionMethod;

    /** {@code protocol.conditioning.medium.antibiotics (enum; setpoint, both stages)}. */
    @OneOf({"none", "penicillin_streptomycin", "gentamicin", "amphotericin_b", "other"})
    @JsonProperty("antibiotics")
    private String antibiotics;

    /** {@code protocol.conditioning.medium.total_volume_ml (number, mL; setpoint, both stages)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("total_volume_ml")
    private BigDecimal totalVolumeMl;

    /** {@code reason for ev_depleted: not_applicable}. */
    @JsonProperty("ev_depleted_reason")
    private String evDepletedReason;

    public String getBasal() {
        return basal;
    }

    public Boolean getPhenolRedFree() {
        return phenolRedFree;
    }

    public String getSupplement() {
        return supplement;
    }

    public BigDecimal getSupplementPct() {
        return supplementPct;
    }

    public String getEvDepleted() {
        return evDepleted;
    }

    public String getEvDepletionMethod() {
        return evDepletionMethod;
    }

    public String getAntibiotics() {
        return antibiotics;
    }

    public BigDecimal getTotalVolumeMl() {
        return totalVolumeMl;
    }

    public String getEvDepletedReason() {
        return evDepletedReason;
    }
}
