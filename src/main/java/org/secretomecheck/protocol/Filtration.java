package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Null;
import java.math.BigDecimal;

/** {@code protocol.harvest_processing.filtration}: generated from the field table of {@code protocol-format.md}. */
public final class Filtration extends Section {

    /** {@code protocol.harvest_processing.filtration.pore_um (number, µm; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("pore_um")
    private BigDecimal poreUm;

    /** {@code protocol.harvest_processing.filtration.material (enum; setpoint, optional)}. */
    @OneOf({"pes", "pvdf", "cellulose_acetate", "nylon", "other"})
    @JsonProperty("material")
    private String material;

    /** {@code protocol.harvest_processing.filtration.integrity_test_required (bool; setpoint, conditional)}. */
    @JsonProperty("integrity_test_required")
    private Boolean integrityTestRequired;

    /** {@code protocol.harvest_processing.filtration.integrity_test_result (enum; result, conditional)}. */
    @OneOf({"pass", "fail", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("integrity_test_result")
    private String integrityTestResult;

    /** {@code protocol.harvest_processing.filtration.claims_mycoplasma_removal (bool; setpoint, optional)}. */
    @JsonProperty("claims_mycoplasma_removal")
    private Boolean claimsMycoplasmaRemoval;

    public BigDecimal getPoreUm() {
        return poreUm;
    }

    public String getMaterial() {
        return material;
    }

    public Boolean getIntegrityTestRequired() {
        return integrityTestRequired;
    }

    public String getIntegrityTestResult() {
        return integrityTestResult;
    }

    public Boolean getClaimsMycoplasmaRemoval() {
        return claimsMycoplasmaRemoval;
    }
}
