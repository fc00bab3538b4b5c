package org.secretomecheck.finding;

import java.util.Objects;

/**
 * Where something is in a protocol file: the file as given by the user, a JSON Pointer into the
 * document and the 1-based line and column of the node it names (0 when unknown).
 */
public record Location(String file, String pointer, int line, int column) {

    public Location {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** A location for a file as a whole. */
    public static Location ofFile(String file) {
        return new Location(file, "", 0, 0);
    }

    /** {@code file:line:column}, or just the file when the line is unknown. */
    public String display() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
