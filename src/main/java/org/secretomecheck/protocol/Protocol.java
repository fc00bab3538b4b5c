package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** {@code protocol}: generated from the field table of {@code protocol-format.md}. */
@ConsistentFields
public final class Protocol extends Section {

    /** {@code protocol.id (id string; setpoint, structural)}. */
    @NotNull
    @IdString
    @JsonProperty("id")
    private String id;

    /** {@code protocol.title (string; setpoint, optional)}. */
    @Text
    @JsonProperty("title")
    private String title;

    /** {@code protocol.version (string; setpoint, both stages)}. */
    @Text
    @JsonProperty("version")
    private String version;

    /** {@code protocol.stage (enum; setpoint, structural)}. */
    @NotNull
    @OneOf({"design", "batch_record"})
    @JsonProperty("stage")
    private String stage;

    /** {@code protocol.site (string; setpoint, optional)}. */
    @Text
    @JsonProperty("site")
    private String site;

    /** {@code protocol.author (string; setpoint, optional)}. */
    @Text
    @JsonProperty("author")
    private String author;

    /** {@code protocol.approved_by (string; setpoint, both stages)}. */
    @Text
    @JsonProperty("approved_by")
    private String approvedBy;

    /** {@code protocol.effective_date (date; setpoint, both stages)}. */
    @JsonProperty("effective_date")
    private LocalDate effectiveDate;

    /** {@code protocol.product (mapping; section, structural)}. */
    @Valid
    @JsonProperty("product")
    private Product product;

    /** {@code protocol.source (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("source")
    private CellSource source;

    /** {@code protocol.donor (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("donor")
    private Donor donor;

    /** {@code protocol.cell_bank (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("cell_bank")
    private CellBank cellBank;

    /** {@code protocol.identity_msc (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("identity_msc")
    private IdentityMsc identityMsc;

    /** {@code protocol.expansion (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("expansion")
    private Expansion expansion;

    /** {@code protocol.culture_format (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("culture_format")
    private CultureFormat cultureFormat;

    /** {@code protocol.pre_conditioning (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("pre_conditioning")
    private PreConditioning preConditioning;

    /** {@code protocol.conditioning (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("conditioning")
    private Conditioning conditioning;

    /** {@code protocol.harvest_processing (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("harvest_processing")
    private HarvestProcessing harvestProcessing;

    /** {@code protocol.isolation (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("isolation")
    private Isolation isolation;

    /** {@code protocol.formulation_storage (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("formulation_storage")
    private FormulationStorage formulationStorage;

    /** {@code protocol.release_testing (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("release_testing")
    private ReleaseTesting releaseTesting;

    /** {@code protocol.dose (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("dose")
    private Dose dose;

    /** {@code protocol.reporting (mapping; section, conditional)}. */
    @Valid
    @JsonProperty("reporting")
    private Reporting reporting;

    /** {@code protocol.documentation (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("documentation")
    private Documentation documentation;

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getVersion() {
        return version;
    }

    public String getStage() {
        return stage;
    }

    public String getSite() {
        return site;
    }

    public String getAuthor() {
        return author;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public Product getProduct() {
        return product;
    }

    public CellSource getSource() {
        return source;
    }

    public Donor getDonor() {
        return donor;
    }

    public CellBank getCellBank() {
        return cellBank;
    }

    public IdentityMsc getIdentityMsc() {
        return identityMsc;
    }

    public Expansion getExpansion() {
        return expansion;
    }

    public CultureFormat getCultureFormat() {
        return cultureFormat;
    }

    public PreConditioning getPreConditioning() {
        return preConditioning;
    }

    public Conditioning getConditioning() {
        return conditioning;
    }

    public HarvestProcessing getHarvestProcessing() {
        return harvestProcessing;
    }

    public Isolation getIsolation() {
        return isolation;
    }

    public FormulationStorage getFormulationStorage() {
        return formulationStorage;
    }

    public ReleaseTesting getReleaseTesting() {
        return releaseTesting;
    }

    public Dose getDose() {
        return dose;
    }

    public Reporting getReporting() {
        return reporting;
    }

    public Documentation getDocumentation() {
        return documentation;
    }
}
