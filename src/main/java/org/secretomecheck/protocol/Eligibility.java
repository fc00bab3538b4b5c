package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Null;
import java.util.List;

/** {@code protocol.donor.eligibility}: generated from the field table of {@code protocol-format.md}. */
public final class Eligibility extends Section {

    /** {@code protocol.donor.eligibility.regulation (enum; setpoint, optional)}. */
    @OneOf({"eu_2006_17_ec", "eu_2024_1938", "us_21_cfr_1271", "other"})
    @JsonProperty("regulation")
    private String regulation;

    /** {@code protocol.donor.eligibility.tests (list of mappings; setpoint, both stages)}. */
    @UniqueBy("test")
    @JsonProperty("tests")
    private List<@Valid EligibilityTest> tests;

    /** {@code protocol.donor.eligibility.htlv_high_prevalence_link (bool; result, optional)}. */
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("htlv_high_prevalence_link")
    private Boolean htlvHighPrevalenceLink;

    /** {@code protocol.donor.eligibility.risk_assessment_id (id string; result, conditional)}. */
    @IdString
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("risk_assessment_id")
    private String riskAssessmentId;

    public String getRegulation() {
        return regulation;
    }

    public List<EligibilityTest> getTests() {
        return tests;
    }

    public Boolean getHtlvHighPrevalenceLink() {
        return htlvHighPrevalenceLink;
    }

    public String getRiskAssessmentId() {
        return riskAssessmentId;
    }
}
