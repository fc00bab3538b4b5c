package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;

/** {@code protocol.conditioning.washes_before_conditioning}: generated from the field table of {@code protocol-format.md}. */
public final class WashesBeforeConditioning extends Section {

    /** {@code protocol.conditioning.washes_before_conditioning.count (int; setpoint, both stages)}. */
    @Min(0)
    @JsonProperty("count")
    private Integer count;

    /** {@code protocol.conditioning.washes_before_conditioning.buffer (enum; setpoint, optional)}. */
    @OneOf({"dpbs", "pbs", "basal_medium", "saline", "other"})
    @JsonProperty("buffer")
    private String buffer;

    public Integer getCount() {
        return count;
    }

    public String getBuffer() {
        return buffer;
    }
}
