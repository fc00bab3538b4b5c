package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An item of a list of mappings; {@link #getIndex()} is its zero-based position in the list. */
public abstract class ListItem extends Section {

    @JsonIgnore
    private int index;

    @JsonIgnore
    public int getIndex() {
        return index;
    }

    @JsonIgnore
    void setIndex(int index) {
        this.index = index;
    }
}
