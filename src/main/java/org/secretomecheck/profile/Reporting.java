package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Reporting {

    @JsonProperty("required_checklists_ev")
    private List<String> requiredChecklistsEv;

    public List<String> getRequiredChecklistsEv() {
        return requiredChecklistsEv;
    }
}
