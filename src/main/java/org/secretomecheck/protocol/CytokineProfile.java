package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Null;
import java.util.List;

/** {@code protocol.release_testing.cytokine_profile}: generated from the field table of {@code protocol-format.md}. */
public final class CytokineProfile extends Section {

    /** {@code protocol.release_testing.cytokine_profile.method (string; setpoint, conditional)}. */
    @Text
    @JsonProperty("method")
    private String method;

    /** {@code protocol.release_testing.cytokine_profile.analytes (list; setpoint, conditional)}. */
    @Unique
    @JsonProperty("analytes")
    private List<@OneOf({"vegf_a", "hgf", "il_6", "il_8", "mcp_1", "tgf_beta_1", "tsg_6", "pge2", "kynurenine", "bdnf", "igf_1", "fgf_2", "pdgf_bb", "other"}) String> analytes;

    /** {@code protocol.release_testing.cytokine_profile.normalization (enum; setpoint, conditional)}. */
    @OneOf({"per_1e6_cells_per_24h", "per_ug_protein", "per_ml_at_defined_concentration", "none"})
    @JsonProperty("normalization")
    private String normalization;

    /** {@code protocol.release_testing.cytokine_profile.results (list of mappings; result, conditional)}. */
    @UniqueBy("analyte")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("results")
    private List<@Valid CytokineResult> results;

    public String getMethod() {
        return method;
    }

    public List<String> getAnalytes() {
        return analytes;
    }

    public String getNormalization() {
        return normalization;
    }

    public List<CytokineResult> getResults() {
        return results;
    }
}
