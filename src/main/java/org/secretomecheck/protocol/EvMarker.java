package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;

/** {@code protocol.release_testing.ev_markers[]}: generated from the field table of {@code protocol-format.md}. */
public final class EvMarker extends ListItem {

    /** {@code protocol.release_testing.ev_markers.marker (string; setpoint, structural)}. */
    @NotNull
    @Text
    @JsonProperty("marker")
    private String marker;

    /** {@code protocol.release_testing.ev_markers.category (enum; setpoint, structural)}. */
    @NotNull
    @OneOf({"transmembrane", "cytosolic", "purity"})
    @JsonProperty("category")
    private String category;

    /** {@code protocol.release_testing.ev_markers.result (enum; result, conditional)}. */
    @OneOf({"negative", "positive", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("result")
    private String result;

    public String getMarker() {
        return marker;
    }

    public String getCategory() {
        return category;
    }

    public String getResult() {
        return result;
    }
}
