package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Gating {

    @JsonProperty("clinical_from_stage")
    private String clinicalFromStage;
    @JsonProperty("potency_critical_from_stage")
    private String potencyCriticalFromStage;

    public String getClinicalFromStage() {
        return clinicalFromStage;
    }

    public String getPotencyCriticalFromStage() {
        return potencyCriticalFromStage;
    }
}
