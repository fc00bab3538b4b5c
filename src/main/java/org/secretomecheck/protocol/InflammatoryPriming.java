package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;

/** {@code protocol.pre_conditioning.inflammatory_priming}: generated from the field table of {@code protocol-format.md}. */
public final class InflammatoryPriming extends Section {

    /** {@code protocol.pre_conditioning.inflammatory_priming.applied (bool; setpoint, both stages)}. */
    @JsonProperty("applied")
    private Boolean applied;

    /** {@code protocol.pre_conditioning.inflammatory_priming.agents (list of mappings; setpoint, conditional)}. */
    @JsonProperty("agents")
    private List<@Valid PrimingAgent> agents;

    /** {@code protocol.pre_conditioning.inflammatory_priming.removed_before_conditioning (bool; setpoint, conditional)}. */
    @JsonProperty("removed_before_conditioning")
    private Boolean removedBeforeConditioning;

    /** {@code protocol.pre_conditioning.inflammatory_priming.potency_comparison_ref (id string; setpoint, conditional)}. */
    @IdString
    @JsonProperty("potency_comparison_ref")
    private String potencyComparisonRef;

    public Boolean getApplied() {
        return applied;
    }

    public List<PrimingAgent> getAgents() {
        return agents;
    }

    public Boolean getRemovedBeforeConditioning() {
        return removedBeforeConditioning;
    }

    public String getPotencyComparisonRef() {
        return potencyComparisonRef;
    }
}
