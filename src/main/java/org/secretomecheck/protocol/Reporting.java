package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code protocol.reporting}: generated from the field table of {@code protocol-format.md}. */
public final class Reporting extends Section {

    /** {@code protocol.reporting.checklists (list; setpoint, conditional)}. */
    @Unique
    @JsonProperty("checklists")
    private List<@OneOf({"misev2018", "misev2023", "isev_cell_culture_checklist", "ev_track"}) String> checklists;

    /** {@code protocol.reporting.ev_track_id (id string; setpoint, optional)}. */
    @IdString
    @JsonProperty("ev_track_id")
    private String evTrackId;

    public List<String> getChecklists() {
        return checklists;
    }

    public String getEvTrackId() {
        return evTrackId;
    }
}
