package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Null;
import java.util.List;

/** {@code protocol.documentation}: generated from the field table of {@code protocol-format.md}. */
public final class Documentation extends Section {

    /** {@code protocol.documentation.batch_id (id string; result, batch_record)}. */
    @IdString
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("batch_id")
    private String batchId;

    /** {@code protocol.documentation.sop_refs (list of ids; setpoint, both stages)}. */
    @Unique
    @JsonProperty("sop_refs")
    private List<@IdString String> sopRefs;

    /** {@code protocol.documentation.raw_materials (list of mappings; setpoint, both stages)}. */
    @JsonProperty("raw_materials")
    private List<@Valid RawMaterial> rawMaterials;

    /** {@code protocol.documentation.deviations (list of mappings; result, conditional)}. */
    @UniqueBy("id")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("deviations")
    private List<@Valid Deviation> deviations;

    /** {@code protocol.documentation.retention_samples (bool; setpoint, both stages)}. */
    @JsonProperty("retention_samples")
    private Boolean retentionSamples;

    /** {@code protocol.documentation.regulatory_status (enum; setpoint, both stages)}. */
    @OneOf({"research_use_only", "investigational_medicinal_product", "atmp", "hospital_exemption", "soho_preparation", "other"})
    @JsonProperty("regulatory_status")
    private String regulatoryStatus;

    public String getBatchId() {
        return batchId;
    }

    public List<String> getSopRefs() {
        return sopRefs;
    }

    public List<RawMaterial> getRawMaterials() {
        return rawMaterials;
    }

    public List<Deviation> getDeviations() {
        return deviations;
    }

    public Boolean getRetentionSamples() {
        return retentionSamples;
    }

    public String getRegulatoryStatus() {
        return regulatoryStatus;
    }
}
