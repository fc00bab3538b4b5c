package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code protocol.source}: generated from the field table of {@code protocol-format.md}. */
public final class CellSource extends Section {

    /** {@code protocol.source.species (enum; setpoint, both stages)}. */
    @OneOf({"human", "mouse", "rat", "pig", "horse", "dog", "other"})
    @JsonProperty("species")
    private String species;

    /** {@code protocol.source.tissue (enum; setpoint, both stages)}. */
    @OneOf({"bone_marrow", "adipose", "umbilical_cord_wharton_jelly", "umbilical_cord_blood", "placenta", "amnion", "chorion", "dental_pulp", "shed", "menstrual_blood", "synovium", "ipsc_derived", "other"})
    @JsonProperty("tissue")
    private String tissue;

    /** {@code protocol.source.tissue_description (string; setpoint, conditional)}. */
    @Text
    @JsonProperty("tissue_description")
    private String tissueDescription;

    /** {@code protocol.source.tissue_site (string; setpoint, both stages)}. */
    @Text
    @JsonProperty("tissue_site")
    private String tissueSite;

    /** {@code protocol.source.isolation_method (enum; setpoint, both stages)}. */
    @OneOf({"explant", "enzymatic_digestion", "density_gradient", "direct_plating_adherence", "other"})
    @JsonProperty("isolation_method")
    private String isolationMethod;

    /** {@code protocol.source.cell_designation (enum; setpoint, both stages)}. */
    @OneOf({"mesenchymal_stromal_cells", "mesenchymal_stem_cells", "unspecified_msc"})
    @JsonProperty("cell_designation")
    private String cellDesignation;

    /** {@code protocol.source.stemness_evidence_ref (id string; setpoint, conditional)}. */
    @IdString
    @JsonProperty("stemness_evidence_ref")
    private String stemnessEvidenceRef;

    public String getSpecies() {
        return species;
    }

    public String getTissue() {
        return tissue;
    }

    public String getTissueDescription() {
        return tissueDescription;
    }

    public String getTissueSite() {
        return tissueSite;
    }

    public String getIsolationMethod() {
        return isolationMethod;
    }

    public String getCellDesignation() {
        return cellDesignation;
    }

    public String getStemnessEvidenceRef() {
        return stemnessEvidenceRef;
    }
}
