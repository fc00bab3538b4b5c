package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Null;

/** {@code protocol.release_testing.msc_origin_markers}: generated from the field table of {@code protocol-format.md}. */
public final class MscOriginMarkers extends Section {

    /** {@code protocol.release_testing.msc_origin_markers.method (string; setpoint, conditional)}. */
    @Text
    @JsonProperty("method")
    private String method;

    /** {@code protocol.release_testing.msc_origin_markers.cd73 (enum; result, conditional)}. */
    @OneOf({"negative", "positive", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cd73")
    private String cd73;

    /** {@code protocol.release_testing.msc_origin_markers.cd90 (enum; result, conditional)}. */
    @OneOf({"negative", "positive", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cd90")
    private String cd90;

    /** {@code protocol.release_testing.msc_origin_markers.cd44 (enum; result, conditional)}. */
    @OneOf({"negative", "positive", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cd44")
    private String cd44;

    /** {@code protocol.release_testing.msc_origin_markers.cd45 (enum; result, conditional)}. */
    @OneOf({"negative", "positive", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cd45")
    private String cd45;

    /** {@code protocol.release_testing.msc_origin_markers.cd34 (enum; result, conditional)}. */
    @OneOf({"negative", "positive", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cd34")
    private String cd34;

    public String getMethod() {
        return method;
    }

    public String getCd73() {
        return cd73;
    }

    public String getCd90() {
        return cd90;
    }

    public String getCd44() {
        return cd44;
    }

    public String getCd45() {
        return cd45;
    }

    public String getCd34() {
        return cd34;
    }
}
