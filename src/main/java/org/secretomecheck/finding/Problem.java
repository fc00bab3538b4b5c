package org.secretomecheck.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something that stopped the tool from judging a protocol: unreadable YAML, a structural error,
 * a rule that threw. A problem is never a finding and never a pass.
 */
public record Problem(Kind kind, Location location, String message) {

    /** File order: by line, then column, then message (so that problems at one place always come in one order). */
    public static final Comparator<Problem> BY_POSITION = Comparator.comparingInt((Problem p) -> p.location().line())
            .thenComparingInt(p -> p.location().column()).thenComparing(Problem::message);

    /** Why judging stopped. */
    public enum Kind {
        /** The file could not be read or parsed as YAML. */
        UNREADABLE,
        /** The YAML is readable but breaks the protocol format. */
        STRUCTURE,
        /** A rule failed while judging this protocol. */
        RULE,
        /** The tool itself failed on this file: a defect to report, never a pass. */
        INTERNAL
    }

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
    }
}
