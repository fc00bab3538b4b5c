package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A mapping of the protocol file. Every section exists in the model after loading, so that rules
 * can match it; {@link #isPresent()} tells whether the file actually wrote it.
 */
public abstract class Section {

    @JsonIgnore
    private boolean present = true;

    /** True when the file holds this mapping (with any content, {@code {}} included). */
    @JsonIgnore
    public boolean isPresent() {
        return present;
    }

    @JsonIgnore
    void setPresent(boolean present) {
        this.present = present;
    }
}
