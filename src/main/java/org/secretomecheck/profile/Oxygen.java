package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Oxygen {

    @JsonProperty("hypoxia_min_o2_pct")
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal hypoxiaMinO2Pct;
    @JsonProperty("hypoxia_max_o2_pct")
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal hypoxiaMaxO2Pct;
    @JsonProperty("hypoxia_max_duration_h")
    @DecimalMin("0")
    private BigDecimal hypoxiaMaxDurationH;

    public BigDecimal getHypoxiaMinO2Pct() {
        return hypoxiaMinO2Pct;
    }

    public BigDecimal getHypoxiaMaxO2Pct() {
        return hypoxiaMaxO2Pct;
    }

    public BigDecimal getHypoxiaMaxDurationH() {
        return hypoxiaMaxDurationH;
    }
}
