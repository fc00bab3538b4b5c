package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Null;

/** {@code protocol.cell_bank.adventitious_virus}: generated from the field table of {@code protocol-format.md}. */
public final class AdventitiousVirus extends Section {

    /** {@code protocol.cell_bank.adventitious_virus.method (string; setpoint, both stages)}. */
    @Text
    @JsonProperty("method")
    private String method;

    /** {@code protocol.cell_bank.adventitious_virus.result (enum; result, batch_record)}. */
    @OneOf({"pass", "fail", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("result")
    private String result;

    public String getMethod() {
        return method;
    }

    public String getResult() {
        return result;
    }
}
