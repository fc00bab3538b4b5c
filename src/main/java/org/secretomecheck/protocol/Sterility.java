package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Null;

/** {@code protocol.release_testing.sterility}: generated from the field table of {@code protocol-format.md}. */
public final class Sterility extends Section {

    /** {@code protocol.release_testing.sterility.method (enum; setpoint, both stages)}. */
    @OneOf({"ph_eur_2_6_1", "usp_71", "ph_eur_2_6_27_alternative", "other"})
    @JsonProperty("method")
    private String method;

    /** {@code protocol.release_testing.sterility.method_validated (bool; setpoint, conditional)}. */
    @JsonProperty("method_validated")
    private Boolean methodValidated;

    /** {@code protocol.release_testing.sterility.sample_point (enum; setpoint, both stages)}. */
    @OneOf({"final_product", "in_process"})
    @JsonProperty("sample_point")
    private String samplePoint;

    /** {@code protocol.release_testing.sterility.result (enum; result, batch_record)}. */
    @OneOf({"no_growth", "growth", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("result")
    private String result;

    public String getMethod() {
        return method;
    }

    public Boolean getMethodValidated() {
        return methodValidated;
    }

    public String getSamplePoint() {
        return samplePoint;
    }

    public String getResult() {
        return result;
    }
}
