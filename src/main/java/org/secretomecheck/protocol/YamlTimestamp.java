package org.secretomecheck.protocol;

import java.time.LocalDate;

/**
 * A plain YAML scalar written in a timestamp form ({@code 2025-03-01},
 * {@code 2025-03-01 10:30:00}, {@code 2025-03-01T10:30:00Z}). It sits in the document tree as a
 * POJO node. {@code date} is null when the written date does not exist ({@code 2025-02-30});
 * {@code hasTime} is true for the date-time forms.
 */
public record YamlTimestamp(String text, LocalDate date, boolean hasTime) {

    /** A date-only timestamp whose date exists. */
    public boolean isValidDate() {
        return date != null && !hasTime;
    }

    @Override
    public String toString() {
        return text;
    }
}
