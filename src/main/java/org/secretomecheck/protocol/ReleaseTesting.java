package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;

/** {@code protocol.release_testing}: generated from the field table of {@code protocol-format.md}. */
public final class ReleaseTesting extends Section {

    /** {@code protocol.release_testing.sterility (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("sterility")
    private Sterility sterility;

    /** {@code protocol.release_testing.mycoplasma (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("mycoplasma")
    private Mycoplasma mycoplasma;

    /** {@code protocol.release_testing.endotoxin (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("endotoxin")
    private Endotoxin endotoxin;

    /** {@code protocol.release_testing.total_protein (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("total_protein")
    private TotalProtein totalProtein;

    /** {@code protocol.release_testing.particles (mapping; section, conditional)}. */
    @Valid
    @JsonProperty("particles")
    private Particles particles;

    /** {@code protocol.release_testing.ev_markers (list of mappings; setpoint, conditional)}. */
    @JsonProperty("ev_markers")
    private List<@Valid EvMarker> evMarkers;

    /** {@code protocol.release_testing.msc_origin_markers (mapping; section, conditional)}. */
    @Valid
    @JsonProperty("msc_origin_markers")
    private MscOriginMarkers mscOriginMarkers;

    /** {@code protocol.release_testing.single_ev_imaging (mapping; section, conditional)}. */
    @Valid
    @JsonProperty("single_ev_imaging")
    private SingleEvImaging singleEvImaging;

    /** {@code protocol.release_testing.cytokine_profile (mapping; section, conditional)}. */
    @Valid
    @JsonProperty("cytokine_profile")
    private CytokineProfile cytokineProfile;

    /** {@code protocol.release_testing.potency (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("potency")
    private Potency potency;

    /** {@code protocol.release_testing.reference_standard_id (id string; setpoint, both stages)}. */
    @IdString
    @JsonProperty("reference_standard_id")
    private String referenceStandardId;

    /** {@code protocol.release_testing.cell_free_confirmation (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("cell_free_confirmation")
    private CellFreeConfirmation cellFreeConfirmation;

    /** {@code protocol.release_testing.residuals (list of mappings; setpoint, conditional)}. */
    @UniqueBy("analyte")
    @JsonProperty("residuals")
    private List<@Valid Residual> residuals;

    /** {@code protocol.release_testing.general_safety (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("general_safety")
    private GeneralSafety generalSafety;

    public Sterility getSterility() {
        return sterility;
    }

    public Mycoplasma getMycoplasma() {
        return mycoplasma;
    }

    public Endotoxin getEndotoxin() {
        return endotoxin;
    }

    public TotalProtein getTotalProtein() {
        return totalProtein;
    }

    public Particles getParticles() {
        return particles;
    }

    public List<EvMarker> getEvMarkers() {
        return evMarkers;
    }

    public MscOriginMarkers getMscOriginMarkers() {
        return mscOriginMarkers;
    }

    public SingleEvImaging getSingleEvImaging() {
        return singleEvImaging;
    }

    public CytokineProfile getCytokineProfile() {
        return cytokineProfile;
    }

    public Potency getPotency() {
        return potency;
    }

    public String getReferenceStandardId() {
        return referenceStandardId;
    }

    public CellFreeConfirmation getCellFreeConfirmation() {
        return cellFreeConfirmation;
    }

    public List<Residual> getResiduals() {
        return residuals;
    }

    public GeneralSafety getGeneralSafety() {
        return generalSafety;
    }
}
