package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** {@code protocol.expansion.supplement}: generated from the field table of {@code protocol-format.md}. */
public final class ExpansionSupplement extends Section {

    /** {@code protocol.expansion.supplement.type (enum; setpoint, both stages)}. */
    @OneOf({"fbs", "hpl", "human_serum", "serum_free_defined", "xeno_free_defined"})
    @JsonProperty("type")
    private String type;

    /** {@code protocol.expansion.supplement.concentration_pct (number (percent), % v/v; setpoint, optional)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @JsonProperty("concentration_pct")
    private BigDecimal concentrationPct;

    /** {@code protocol.expansion.supplement.pathogen_reduced (bool; setpoint, conditional)}. */
    @JsonProperty("pathogen_reduced")
    private Boolean pathogenReduced;

    /** {@code protocol.expansion.supplement.heparin_iu_per_ml (number, IU/mL; setpoint, optional)}. */
    @DecimalMin(value = "0")
    @JsonProperty("heparin_iu_per_ml")
    private BigDecimal heparinIuPerMl;

    /** {@code protocol.expansion.supplement.origin_certificate_ref (id string; setpoint, conditional)}. */
    @IdString
    @JsonProperty("origin_certificate_ref")
    private String originCertificateRef;

    /** {@code protocol.expansion.supplement.gamma_irradiated (bool; setpoint, conditional)}. */
    @JsonProperty("gamma_irradiated")
    private Boolean gammaIrradiated;

    public String getType() {
        return type;
    }

    public BigDecimal getConcentrationPct() {
        return concentrationPct;
    }

    public Boolean getPathogenReduced() {
        return pathogenReduced;
    }

    public BigDecimal getHeparinIuPerMl() {
        return heparinIuPerMl;
    }

    public String getOriginCertificateRef() {
        return originCertificateRef;
    }

    public Boolean getGammaIrradiated() {
        return gammaIrradiated;
    }
}
