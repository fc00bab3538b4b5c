package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;

/** {@code protocol.pre_conditioning.pharmacological}: generated from the field table of {@code protocol-format.md}. */
public final class Pharmacological extends Section {

    /** {@code protocol.pre_conditioning.pharmacological.applied (bool; setpoint, optional)}. */
    @JsonProperty("applied")
    private Boolean applied;

    /** {@code protocol.pre_conditioning.pharmacological.agents (list of mappings; setpoint, conditional)}. */
    @JsonProperty("agents")
    private List<@Valid PharmacologicalAgent> agents;

    /** {@code protocol.pre_conditioning.pharmacological.removed_before_conditioning (bool; setpoint, conditional)}. */
    @JsonProperty("removed_before_conditioning")
    private Boolean removedBeforeConditioning;

    /** {@code protocol.pre_conditioning.pharmacological.potency_comparison_ref (id string; setpoint, conditional)}. */
    @IdString
    @JsonProperty("potency_comparison_ref")
    private String potencyComparisonRef;

    public Boolean getApplied() {
        return applied;
    }

    public List<PharmacologicalAgent> getAgents() {
        return agents;
    }

    public Boolean getRemovedBeforeConditioning() {
        return removedBeforeConditioning;
    }

    public String getPotencyComparisonRef() {
        return potencyComparisonRef;
    }
}
