package org.secretomecheck.change;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * One leaf value of a protocol document that differs between two versions.
 *
 * @param kind added, removed or changed
 * @param pointer the JSON Pointer of the value
 * @param before the value in the old version, or null when it was added
 * @param after the value in the new version, or null when it was removed
 * @param beforeLine the line of the value in the old file, 0 when it was added
 * @param afterLine the line of the value in the new file, 0 when it was removed
 */
public record ValueChange(Kind kind, String pointer, JsonNode before, JsonNode after, int beforeLine, int afterLine) {

    /** How a value changed. */
    public enum Kind {
        ADDED, REMOVED, CHANGED;

        /** The lower-case name used in reports. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The old value for people ({@code (absent)} when it was added). */
    public String shownBefore() {
        return Values.show(before);
    }

    /** The new value for people ({@code (absent)} when it was removed). */
    public String shownAfter() {
        return Values.show(after);
    }
}
