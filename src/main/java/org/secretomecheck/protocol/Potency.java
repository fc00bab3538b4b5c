package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Null;

/** {@code protocol.release_testing.potency}: generated from the field table of {@code protocol-format.md}. */
public final class Potency extends Section {

    /** {@code protocol.release_testing.potency.assay (string; setpoint, both stages)}. */
    @Text
    @JsonProperty("assay")
    private String assay;

    /** {@code protocol.release_testing.potency.mechanism_link (enum; setpoint, both stages)}. */
    @OneOf({"immunomodulation", "anti_inflammatory", "pro_angiogenic", "tissue_repair", "anti_fibrotic", "neuroprotection", "other"})
    @JsonProperty("mechanism_link")
    private String mechanismLink;

    /** {@code protocol.release_testing.potency.acceptance (string; acceptance, both stages)}. */
    @Text
    @JsonProperty("acceptance")
    private String acceptance;

    /** {@code protocol.release_testing.potency.result (enum; result, batch_record)}. */
    @OneOf({"pass", "fail", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("result")
    private String result;

    public String getAssay() {
        return assay;
    }

    public String getMechanismLink() {
        return mechanismLink;
    }

    public String getAcceptance() {
        return acceptance;
    }

    public String getResult() {
        return result;
    }
}
