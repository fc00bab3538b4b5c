package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Null;
import java.math.BigDecimal;

/** {@code protocol.release_testing.particles}: generated from the field table of {@code protocol-format.md}. */
@ConsistentFields
public final class Particles extends Section {

    /** {@code protocol.release_testing.particles.method (enum; setpoint, conditional)}. */
    @OneOf({"nta", "trps", "nano_flow_cytometry", "other"})
    @JsonProperty("method")
    private String method;

    /** {@code protocol.release_testing.particles.result_per_ml (number or censored string, particles/mL; result, conditional)}. */
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("result_per_ml")
    private Measurement resultPerMl;

    /** {@code protocol.release_testing.particles.size_mode_nm (number, nm; result, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("size_mode_nm")
    private BigDecimal sizeModeNm;

    /** {@code protocol.release_testing.particles.window_low_nm (number, nm; acceptance, conditional)}. */
    @DecimalMin(value = "0")
    @JsonProperty("window_low_nm")
    private BigDecimal windowLowNm;

    /** {@code protocol.release_testing.particles.window_high_nm (number, nm; acceptance, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("window_high_nm")
    private BigDecimal windowHighNm;

    /** {@code protocol.release_testing.particles.in_window_min_pct (number (percent), % of particles; acceptance, conditional)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @JsonProperty("in_window_min_pct")
    private BigDecimal inWindowMinPct;

    /** {@code protocol.release_testing.particles.in_window_pct (number (percent), % of particles; result, conditional)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("in_window_pct")
    private BigDecimal inWindowPct;

    public String getMethod() {
        return method;
    }

    public Measurement getResultPerMl() {
        return resultPerMl;
    }

    public BigDecimal getSizeModeNm() {
        return sizeModeNm;
    }

    public BigDecimal getWindowLowNm() {
        return windowLowNm;
    }

    public BigDecimal getWindowHighNm() {
        return windowHighNm;
    }

    public BigDecimal getInWindowMinPct() {
        return inWindowMinPct;
    }

    public BigDecimal getInWindowPct() {
        return inWindowPct;
    }
}
