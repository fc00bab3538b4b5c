package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;

/** {@code protocol.donor.eligibility.tests[]}: generated from the field table of {@code protocol-format.md}. */
public final class EligibilityTest extends ListItem {

    /** {@code protocol.donor.eligibility.tests.test (enum; setpoint, structural)}. */
    @NotNull
    @OneOf({"anti_hiv_1_2", "hbsag", "anti_hbc", "anti_hcv", "syphilis", "htlv_1", "nat_hiv_hbv_hcv"})
    @JsonProperty("test")
    private String test;

    /** {@code protocol.donor.eligibility.tests.result (enum; result, batch_record)}. */
    @OneOf({"negative", "positive", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("result")
    private String result;

    public String getTest() {
        return test;
    }

    public String getResult() {
        return result;
    }
}
