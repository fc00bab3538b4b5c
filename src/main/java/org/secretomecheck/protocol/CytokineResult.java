package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;

/** {@code protocol.release_testing.cytokine_profile.results[]}: generated from the field table of {@code protocol-format.md}. */
public final class CytokineResult extends ListItem {

    /** {@code protocol.release_testing.cytokine_profile.results.analyte (enum; result, structural)}. */
    @NotNull
    @OneOf({"vegf_a", "hgf", "il_6", "il_8", "mcp_1", "tgf_beta_1", "tsg_6", "pge2", "kynurenine", "bdnf", "igf_1", "fgf_2", "pdgf_bb", "other"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("analyte")
    private String analyte;

    /** {@code protocol.release_testing.cytokine_profile.results.conc_pg_per_ml (number or censored string, pg/mL; result, optional)}. */
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("conc_pg_per_ml")
    private Measurement concPgPerMl;

    public String getAnalyte() {
        return analyte;
    }

    public Measurement getConcPgPerMl() {
        return concPgPerMl;
    }
}
