package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code protocol.release_testing.general_safety}: generated from the field table of {@code protocol-format.md}. */
@NotApplicableReason({"cytotoxicity", "hemocompatibility"})
public final class GeneralSafety extends Section {

    /** {@code protocol.release_testing.general_safety.cytotoxicity (enum; setpoint, both stages)}. */
    @OneOf({"each_lot", "characterization_study", "not_performed", "not_applicable"})
    @JsonProperty("cytotoxicity")
    private String cytotoxicity;

    /** {@code protocol.release_testing.general_safety.hemocompatibility (enum; setpoint, both stages)}. */
    @OneOf({"each_lot", "characterization_study", "not_performed", "not_applicable"})
    @JsonProperty("hemocompatibility")
    private String hemocompatibility;

    /** {@code protocol.release_testing.general_safety.report_ref (id string; setpoint, optional)}. */
    @IdString
    @JsonProperty("report_ref")
    private String reportRef;

    /** {@code reason for cytotoxicity: not_applicable}. */
    @JsonProperty("cytotoxicity_reason")
    private String cytotoxicityReason;

    /** {@code reason for hemocompatibility: not_applicable}. */
    @JsonProperty("hemocompatibility_reason")
    private String hemocompatibilityReason;

    public String getCytotoxicity() {
        return cytotoxicity;
    }

    public String getHemocompatibility() {
        return hemocompatibility;
    }

    public String getReportRef() {
        return reportRef;
    }

    public String getCytotoxicityReason() {
        return cytotoxicityReason;
    }

    public String getHemocompatibilityReason() {
        return hemocompatibilityReason;
    }
}
