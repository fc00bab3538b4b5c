package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Null;
import java.math.BigDecimal;

/** {@code protocol.release_testing.endotoxin}: generated from the field table of {@code protocol-format.md}. */
public final class Endotoxin extends Section {

    /** {@code protocol.release_testing.endotoxin.method (string; setpoint, both stages)}. */
    @Text
    @JsonProperty("method")
    private String method;

    /** {@code protocol.release_testing.endotoxin.limit_eu_per_ml (number, EU/mL; acceptance, both stages)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("limit_eu_per_ml")
    private BigDecimal limitEuPerMl;

    /** {@code protocol.release_testing.endotoxin.limit_basis (string; acceptance, conditional)}. */
    @Text
    @JsonProperty("limit_basis")
    private String limitBasis;

    /** {@code protocol.release_testing.endotoxin.result_eu_per_ml (number or censored string, EU/mL; result, batch_record)}. */
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("result_eu_per_ml")
    private Measurement resultEuPerMl;

    public String getMethod() {
        return method;
    }

    public BigDecimal getLimitEuPerMl() {
        return limitEuPerMl;
    }

    public String getLimitBasis() {
        return limitBasis;
    }

    public Measurement getResultEuPerMl() {
        return resultEuPerMl;
    }
}
