package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A group of profile thresholds (see {@code profiles/default.yaml} for units and sources). */
public final class Identity {

    @JsonProperty("positive_marker_min_pct")
    private BigDecimal positiveMarkerMinPct;
    @JsonProperty("negative_marker_max_pct")
    private BigDecimal negativeMarkerMaxPct;
    @JsonProperty("adipose_cd34_exception_max_passage")
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
