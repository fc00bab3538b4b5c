package org.secretomecheck.load;

import java.io.IOException;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.Problem;

/**
 * Stops reading: the file is unreadable (Section 7, errors 1 and 2, or an input limit). Carries the
 * one-line message and where it happened; {@link #toProblem(String)} makes the problem. An
 * {@link IOException} so that the parser can throw it from {@code getEvent()} past Jackson.
 */
final class UnreadableYamlException extends IOException {

    private final String pointer;
    private final int line;
    private final int column;

    /** {@code line} and {@code column} are 1-based, 0 when unknown. */
    UnreadableYamlException(String message, String pointer, int line, int column) {
        super(message);
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    /** A problem about the file as a whole, with no position. */
    static UnreadableYamlException ofFile(String message) {
        return new UnreadableYamlException(message, "", 0, 0);
    }

    Problem toProblem(String file) {
        return new Problem(Problem.Kind.UNREADABLE, new Location(file, pointer, line, column), Messages.readable(getMessage()));
    }
}
