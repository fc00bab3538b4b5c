package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Null;

/** {@code protocol.identity_msc}: generated from the field table of {@code protocol-format.md}. */
public final class IdentityMsc extends Section {

    /** {@code protocol.identity_msc.tested_at_passage (int; setpoint, optional)}. */
    @Min(0)
    @JsonProperty("tested_at_passage")
    private Integer testedAtPassage;

    /** {@code protocol.identity_msc.tested_on (enum; setpoint, conditional)}. */
    @OneOf({"unprimed_cells", "primed_cells"})
    @JsonProperty("tested_on")
    private String testedOn;

    /** {@code protocol.identity_msc.hla_dr_justification (string; setpoint, conditional)}. */
    @Text
    @JsonProperty("hla_dr_justification")
    private String hlaDrJustification;

    /** {@code protocol.identity_msc.plastic_adherence (bool; result, batch_record)}. */
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("plastic_adherence")
    private Boolean plasticAdherence;

    /** {@code protocol.identity_msc.flow (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("flow")
    private Flow flow;

    /** {@code protocol.identity_msc.trilineage (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("trilineage")
    private Trilineage trilineage;

    public Integer getTestedAtPassage() {
        return testedAtPassage;
    }

    public String getTestedOn() {
        return testedOn;
    }

    public String getHlaDrJustification() {
        return hlaDrJustification;
    }

    public Boolean getPlasticAdherence() {
        return plasticAdherence;
    }

    public Flow getFlow() {
        return flow;
    }

    public Trilineage getTrilineage() {
        return trilineage;
    }
}
