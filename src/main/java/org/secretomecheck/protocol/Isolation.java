package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.List;

/** {@code protocol.isolation}: generated from the field table of {@code protocol-format.md}. */
@ConsistentFields
public final class Isolation extends Section {

    /** {@code protocol.isolation.methods (list; setpoint, both stages)}. */
    @Unique
    @JsonProperty("methods")
    private List<@OneOf({"none", "uf_centrifugal", "tff", "uc", "sec", "density_gradient", "peg_precipitation", "affinity"}) String> methods;

    /** {@code protocol.isolation.mwco_kda (number, kDa; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("mwco_kda")
    private BigDecimal mwcoKda;

    /** {@code protocol.isolation.concentration_factor (number, fold (×); setpoint, conditional)}. */
    @DecimalMin(value = "1")
    @JsonProperty("concentration_factor")
    private BigDecimal concentrationFactor;

    /** {@code protocol.isolation.diafiltration_volumes (number, diavolumes; setpoint, conditional)}. */
    @DecimalMin(value = "0")
    @JsonProperty("diafiltration_volumes")
    private BigDecimal diafiltrationVolumes;

    /** {@code protocol.isolation.uc_steps (list of mappings; setpoint, conditional)}. */
    @JsonProperty("uc_steps")
    private List<@Valid UcStep> ucSteps;

    /** {@code protocol.isolation.sec (mapping; section, conditional)}. */
    @Valid
    @JsonProperty("sec")
    private IsolationSec sec;

    /** {@code protocol.isolation.peg_removal_validation_ref (id string; setpoint, conditional)}. */
    @IdString
    @JsonProperty("peg_removal_validation_ref")
    private String pegRemovalValidationRef;

    /** {@code protocol.isolation.final_filtration_um (number, µm; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("final_filtration_um")
    private BigDecimal finalFiltrationUm;

    public List<String> getMethods() {
        return methods;
    }

    public BigDecimal getMwcoKda() {
        return mwcoKda;
    }

    public BigDecimal getConcentrationFactor() {
        return concentrationFactor;
    }

    public BigDecimal getDiafiltrationVolumes() {
        return diafiltrationVolumes;
    }

    public List<UcStep> getUcSteps() {
        return ucSteps;
    }

    public IsolationSec getSec() {
        return sec;
    }

    public String getPegRemovalValidationRef() {
        return pegRemovalValidationRef;
    }

    public BigDecimal getFinalFiltrationUm() {
        return finalFiltrationUm;
    }
}
