package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;

/** {@code protocol.release_testing.residuals[]}: generated from the field table of {@code protocol-format.md}. */
public final class Residual extends ListItem {

    /** {@code protocol.release_testing.residuals.analyte (enum; setpoint, structural)}. */
    @NotNull
    @OneOf({"antibiotics", "priming_cytokines", "preconditioning_agents", "peg", "bovine_protein", "enzyme", "other"})
    @JsonProperty("analyte")
    private String analyte;

    /** {@code protocol.release_testing.residuals.method (string; setpoint, optional)}. */
    @Text
    @JsonProperty("method")
    private String method;

    /** {@code protocol.release_testing.residuals.result (enum; result, batch_record)}. */
    @OneOf({"pass", "fail", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("result")
    private String result;

    public String getAnalyte() {
        return analyte;
    }

    public String getMethod() {
        return method;
    }

    public String getResult() {
        return result;
    }
}
