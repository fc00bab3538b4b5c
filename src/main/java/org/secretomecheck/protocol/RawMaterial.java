package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;

/** {@code protocol.documentation.raw_materials[]}: generated from the field table of {@code protocol-format.md}. */
public final class RawMaterial extends ListItem {

    /** {@code protocol.documentation.raw_materials.name (string; setpoint, structural)}. */
    @NotNull
    @Text
    @JsonProperty("name")
    private String name;

    /** {@code protocol.documentation.raw_materials.category (enum; setpoint, optional)}. */
    @OneOf({"basal_medium", "supplement", "cytokine", "enzyme", "buffer", "excipient", "filter", "tff_cassette", "chromatography_resin", "antibiotic", "other"})
    @JsonProperty("category")
    private String category;

    /** {@code protocol.documentation.raw_materials.grade (enum; setpoint, conditional)}. */
    @OneOf({"gmp", "pharmacopoeial", "clinical_grade", "research_grade"})
    @JsonProperty("grade")
    private String grade;

    /** {@code protocol.documentation.raw_materials.supplier (string; setpoint, optional)}. */
    @Text
    @JsonProperty("supplier")
    private String supplier;

    /** {@code protocol.documentation.raw_materials.lot (id string; result, batch_record)}. */
    @IdString
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("lot")
    private String lot;

    /** {@code protocol.documentation.raw_materials.coa_ref (id string; result, conditional)}. */
    @IdString
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("coa_ref")
    private String coaRef;

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getGrade() {
        return grade;
    }

    public String getSupplier() {
        return supplier;
    }

    public String getLot() {
        return lot;
    }

    public String getCoaRef() {
        return coaRef;
    }
}
