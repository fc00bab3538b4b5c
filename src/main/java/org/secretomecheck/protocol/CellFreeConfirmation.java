package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Null;

/** {@code protocol.release_testing.cell_free_confirmation}: generated from the field table of {@code protocol-format.md}. */
public final class CellFreeConfirmation extends Section {

    /** {@code protocol.release_testing.cell_free_confirmation.method (string; setpoint, both stages)}. */
    @Text
    @JsonProperty("method")
    private String method;

    /** {@code protocol.release_testing.cell_free_confirmation.result (enum; result, batch_record)}. */
    @OneOf({"none_detected", "cells_detected", "not_done"})
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
