package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Null;
import java.math.BigDecimal;

/** {@code protocol.identity_msc.flow}: generated from the field table of {@code protocol-format.md}. */
public final class Flow extends Section {

    /** {@code protocol.identity_msc.flow.method (string; setpoint, both stages)}. */
    @Text
    @JsonProperty("method")
    private String method;

    /** {@code protocol.identity_msc.flow.cd73_pct (number (percent), %; result, batch_record)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cd73_pct")
    private BigDecimal cd73Pct;

    /** {@code protocol.identity_msc.flow.cd90_pct (number (percent), %; result, batch_record)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cd90_pct")
    private BigDecimal cd90Pct;

    /** {@code protocol.identity_msc.flow.cd105_pct (number (percent), %; result, batch_record)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cd105_pct")
    private BigDecimal cd105Pct;

    /** {@code protocol.identity_msc.flow.cd45_pct (number (percent), %; result, batch_record)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cd45_pct")
    private BigDecimal cd45Pct;

    /** {@code protocol.identity_msc.flow.cd34_pct (number (percent), %; result, batch_record)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cd34_pct")
    private BigDecimal cd34Pct;

    /** {@code protocol.identity_msc.flow.cd14_or_cd11b_pct (number (percent), %; result, batch_record)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cd14_or_cd11b_pct")
    private BigDecimal cd14OrCd11bPct;

    /** {@code protocol.identity_msc.flow.cd79a_or_cd19_pct (number (percent), %; result, batch_record)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cd79a_or_cd19_pct")
    private BigDecimal cd79aOrCd19Pct;

    /** {@code protocol.identity_msc.flow.hla_dr_pct (number (percent), %; result, batch_record)}. */
    @DecimalMin("0")
    @DecimalMax("100")
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("hla_dr_pct")
    private BigDecimal hlaDrPct;

    public String getMethod() {
        return method;
    }

    public BigDecimal getCd73Pct() {
        return cd73Pct;
    }

    public BigDecimal getCd90Pct() {
        return cd90Pct;
    }

    public BigDecimal getCd105Pct() {
        return cd105Pct;
    }

    public BigDecimal getCd45Pct() {
        return cd45Pct;
    }

    public BigDecimal getCd34Pct() {
        return cd34Pct;
    }

    public BigDecimal getCd14OrCd11bPct() {
        return cd14OrCd11bPct;
    }

    public BigDecimal getCd79aOrCd19Pct() {
        return cd79aOrCd19Pct;
    }

    public BigDecimal getHlaDrPct() {
        return hlaDrPct;
    }
}
