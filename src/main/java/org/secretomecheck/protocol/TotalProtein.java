package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Null;

/** {@code protocol.release_testing.total_protein}: generated from the field table of {@code protocol-format.md}. */
public final class TotalProtein extends Section {

    /** {@code protocol.release_testing.total_protein.method (string; setpoint, both stages)}. */
    @Text
    @JsonProperty("method")
    private String method;

    /** {@code protocol.release_testing.total_protein.result_ug_per_ml (number or censored string, µg/mL; result, batch_record)}. */
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("result_ug_per_ml")
    private Measurement resultUgPerMl;

    public String getMethod() {
        return method;
    }

    public Measurement getResultUgPerMl() {
        return resultUgPerMl;
    }
}
