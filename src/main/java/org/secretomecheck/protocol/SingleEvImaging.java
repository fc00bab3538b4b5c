package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code protocol.release_testing.single_ev_imaging}: generated from the field table of {@code protocol-format.md}. */
public final class SingleEvImaging extends Section {

    /** {@code protocol.release_testing.single_ev_imaging.method (enum; setpoint, conditional)}. */
    @OneOf({"tem", "cryo_em", "afm", "other"})
    @JsonProperty("method")
    private String method;

    /** {@code protocol.release_testing.single_ev_imaging.performed_on (enum; setpoint, optional)}. */
    @OneOf({"each_lot", "characterization_study"})
    @JsonProperty("performed_on")
    private String performedOn;

    public String getMethod() {
        return method;
    }

    public String getPerformedOn() {
        return performedOn;
    }
}
