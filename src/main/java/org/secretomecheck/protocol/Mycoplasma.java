package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Null;

/** {@code protocol.release_testing.mycoplasma}: generated from the field table of {@code protocol-format.md}. */
public final class Mycoplasma extends Section {

    /** {@code protocol.release_testing.mycoplasma.method (enum; setpoint, both stages)}. */
    @OneOf({"culture", "indicator_cell_culture", "nat", "other"})
    @JsonProperty("method")
    private String method;

    /** {@code protocol.release_testing.mycoplasma.method_validated (bool; setpoint, conditional)}. */
    @JsonProperty("method_validated")
    private Boolean methodValidated;

    /** {@code protocol.release_testing.mycoplasma.sample_point (enum; setpoint, both stages)}. */
    @OneOf({"harvest_cells_and_supernatant", "harvest_supernatant", "post_filtration", "final_product"})
    @JsonProperty("sample_point")
    private String samplePoint;

    /** {@code protocol.release_testing.mycoplasma.result (enum; result, batch_record)}. */
    @OneOf({"negative", "positive", "not_done"})
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
