package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Identity {

    @JsonProperty("positive_marker_min_pct")
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal positiveMarkerMinPct;
    @JsonProperty("negative_marker_max_pct")
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal negativeMarkerMaxPct;
    @JsonProperty("adipose_cd34_exception_max_passage")
    @Min(0)
    private int adiposeCd34ExceptionMaxPassage;
    @JsonProperty("flow_is_release_spec")
    private boolean flowIsReleaseSpec;

    public BigDecimal getPositiveMarkerMinPct() {
        return positiveMarkerMinPct;
    }

    public BigDecimal getNegativeMarkerMaxPct() {
        return negativeMarkerMaxPct;
    }

    public int getAdiposeCd34ExceptionMaxPassage() {
        return adiposeCd34ExceptionMaxPassage;
    }

    public boolean isFlowIsReleaseSpec() {
        return flowIsReleaseSpec;
    }
}
