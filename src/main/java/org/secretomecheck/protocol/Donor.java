package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Null;
import java.math.BigDecimal;
import java.util.List;

/** {@code protocol.donor}: generated from the field table of {@code protocol-format.md}. */
@ConsistentFields
public final class Donor extends Section {

    /** {@code protocol.donor.pooled (bool; setpoint, optional)}. */
    @JsonProperty("pooled")
    private Boolean pooled;

    /** {@code protocol.donor.count (int; setpoint, conditional)}. */
    @Min(1)
    @JsonProperty("count")
    private Integer count;

    /** {@code protocol.donor.pooling_rationale (string; setpoint, conditional)}. */
    @Text
    @JsonProperty("pooling_rationale")
    private String poolingRationale;

    /** {@code protocol.donor.ids (list of ids; result, batch_record)}. */
    @Unique
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("ids")
    private List<@IdString String> ids;

    /** {@code protocol.donor.age_years (number, years; result, batch_record)}. */
    @DecimalMin(value = "0")
    @DecimalMax(value = "120")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("age_years")
    private BigDecimal ageYears;

    /** {@code protocol.donor.sex (enum; result, batch_record)}. */
    @OneOf({"female", "male", "mixed"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("sex")
    private String sex;

    /** {@code protocol.donor.informed_consent (bool; result, batch_record)}. */
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("informed_consent")
    private Boolean informedConsent;

    /** {@code protocol.donor.consent_document_id (id string; result, batch_record)}. */
    @IdString
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("consent_document_id")
    private String consentDocumentId;

    /** {@code protocol.donor.medical_history_screened (bool; result, batch_record)}. */
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("medical_history_screened")
    private Boolean medicalHistoryScreened;

    /** {@code protocol.donor.eligibility (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("eligibility")
    private Eligibility eligibility;

    public Boolean getPooled() {
        return pooled;
    }

    public Integer getCount() {
        return count;
    }

    public String getPoolingRationale() {
        return poolingRationale;
    }

    public List<String> getIds() {
        return ids;
    }

    public BigDecimal getAgeYears() {
        return ageYears;
    }

    public String getSex() {
        return sex;
    }

    public Boolean getInformedConsent() {
        return informedConsent;
    }

    public String getConsentDocumentId() {
        return consentDocumentId;
    }

    public Boolean getMedicalHistoryScreened() {
        return medicalHistoryScreened;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }
}
