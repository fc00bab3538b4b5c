package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Reporting {

    @JsonProperty("required_checklists_ev")
    @NotEmpty
    private List<String> requiredChecklistsEv;

    public List<String> getRequiredChecklistsEv() {
        return requiredChecklistsEv;
    }
}
