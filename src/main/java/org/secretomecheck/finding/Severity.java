package org.secretomecheck.finding;

import java.util.Locale;

/** GMP deviation classes, ordered from least to most severe. */
public enum Severity {
    INFO, MINOR, MAJOR, CRITICAL;

    /** The lower-case name used in files and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a lower-case label such as {@code major}. */
    public static Severity of(String label) {
        for (Severity severity : values()) {
            if (severity.label().equals(label)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + label + "' (expected info, minor, major or critical)");
    }

    /** True when this severity is at or above {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }
}
