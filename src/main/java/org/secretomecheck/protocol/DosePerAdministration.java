package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** {@code protocol.dose.per_administration}: generated from the field table of {@code protocol-format.md}. */
public final class DosePerAdministration extends Section {

    /** {@code protocol.dose.per_administration.volume_ml (number, mL; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("volume_ml")
    private BigDecimal volumeMl;

    /** {@code protocol.dose.per_administration.particles (number, particles; setpoint, both stages)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("particles")
    private BigDecimal particles;

    /** {@code protocol.dose.per_administration.protein_ug (number, µg; setpoint, both stages)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("protein_ug")
    private BigDecimal proteinUg;

    /** {@code protocol.dose.per_administration.cell_equivalents (number, producer cells; setpoint, both stages)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("cell_equivalents")
    private BigDecimal cellEquivalents;

    public BigDecimal getVolumeMl() {
        return volumeMl;
    }

    public BigDecimal getParticles() {
        return particles;
    }

    public BigDecimal getProteinUg() {
        return proteinUg;
    }

    public BigDecimal getCellEquivalents() {
        return cellEquivalents;
    }
}
