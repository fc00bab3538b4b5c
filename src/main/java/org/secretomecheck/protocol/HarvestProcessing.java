package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;

/** {@code protocol.harvest_processing}: generated from the field table of {@code protocol-format.md}. */
public final class HarvestProcessing extends Section {

    /** {@code protocol.harvest_processing.hold (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("hold")
    private Hold hold;

    /** {@code protocol.harvest_processing.aseptic_environment (enum; setpoint, both stages)}. */
    @OneOf({"closed_system", "grade_a_in_grade_b", "grade_a_in_grade_c", "grade_a_in_grade_d", "unclassified"})
    @JsonProperty("aseptic_environment")
    private String asepticEnvironment;

    /** {@code protocol.harvest_processing.aseptic_risk_assessment_ref (id string; setpoint, conditional)}. */
    @IdString
    @JsonProperty("aseptic_risk_assessment_ref")
    private String asepticRiskAssessmentRef;

    /** {@code protocol.harvest_processing.centrifugation_steps (list of mappings; setpoint, both stages)}. */
    @JsonProperty("centrifugation_steps")
    private List<@Valid CentrifugationStep> centrifugationSteps;

    /** {@code protocol.harvest_processing.filtration (mapping; section, conditional)}. */
    @Valid
    @JsonProperty("filtration")
    private Filtration filtration;

    public Hold getHold() {
        return hold;
    }

    public String getAsepticEnvironment() {
        return asepticEnvironment;
    }

    public String getAsepticRiskAssessmentRef() {
        return asepticRiskAssessmentRef;
    }

    public List<CentrifugationStep> getCentrifugationSteps() {
        return centrifugationSteps;
    }

    public Filtration getFiltration() {
        return filtration;
    }
}
