package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;

/** {@code protocol.documentation.deviations[]}: generated from the field table of {@code protocol-format.md}. */
public final class Deviation extends ListItem {

    /** {@code protocol.documentation.deviations.id (id string; result, structural)}. */
    @NotNull
    @IdString
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("id")
    private String id;

    /** {@code protocol.documentation.deviations.severity (enum; result, optional)}. */
    @OneOf({"critical", "major", "minor"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("severity")
    private String severity;

    /** {@code protocol.documentation.deviations.capa_ref (id string; result, optional)}. */
    @IdString
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("capa_ref")
    private String capaRef;

    public String getId() {
        return id;
    }

    public String getSeverity() {
        return severity;
    }

    public String getCapaRef() {
        return capaRef;
    }
}
