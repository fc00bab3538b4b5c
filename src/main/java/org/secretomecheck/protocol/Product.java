package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/** {@code protocol.product}: generated from the field table of {@code protocol-format.md}. */
public final class Product extends Section {

    /** {@code protocol.product.name (string; setpoint, optional)}. */
    @Text
    @JsonProperty("name")
    private String name;

    /** {@code protocol.product.type (enum; setpoint, structural)}. */
    @NotNull
    @OneOf({"conditioned_medium", "cm_concentrate", "lyophilized_secretome", "ev_total", "ev_small"})
    @JsonProperty("type")
    private String type;

    /** {@code protocol.product.route (enum; setpoint, structural)}. */
    @NotNull
    @OneOf({"intravenous", "intrathecal", "intra_articular", "nebulized", "topical", "intradermal", "other"})
    @JsonProperty("route")
    private String route;

    /** {@code protocol.product.clinical_stage (enum; setpoint, structural)}. */
    @NotNull
    @OneOf({"research", "preclinical", "phase1", "phase2", "phase3", "marketed"})
    @JsonProperty("clinical_stage")
    private String clinicalStage;

    /** {@code protocol.product.intended_mechanism (enum; setpoint, optional)}. */
    @OneOf({"immunomodulation", "anti_inflammatory", "pro_angiogenic", "tissue_repair", "anti_fibrotic", "neuroprotection", "other"})
    @JsonProperty("intended_mechanism")
    private String intendedMechanism;

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getRoute() {
        return route;
    }

    public String getClinicalStage() {
        return clinicalStage;
    }

    public String getIntendedMechanism() {
        return intendedMechanism;
    }
}
