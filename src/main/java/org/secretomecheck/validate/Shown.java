package org.secretomecheck.validate;

import java.util.stream.IntStream;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.load.Lookalikes;

/**
 * Keeps what a problem message echoes from the file short and on one readable line: a value or
 * key may be 65,536 characters long and may hold line breaks or control characters (written as
 * escapes in a double-quoted scalar), which must neither flood a report nor reach a terminal.
 */
final class Shown {

    /** The characters {@link Lookalikes} names, in order. */
    private static final int[] LOOKALIKES = IntStream.rangeClosed(0, 0xFFFF)
            .filter(c -> Lookalikes.name(c) != null).toArray();

    /** Most code points of one echoed value. */
    static final int MAX_VALUE = 80;

    private Shown() {
    }

    /**
     * {@code text} with control characters escaped, and the characters that look like a space or a
     * colon but are not one to YAML ({@link Lookalikes}), cut after {@link #MAX_VALUE} code points.
     */
    static String value(String text) {
        String shown = Readable.escaped(text, MAX_VALUE);
        if (shown.codePoints().noneMatch(c -> Lookalikes.name(c) != null)) {
            return shown;
        }
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(c -> {
            if (Lookalikes.name(c) != null) {
                out.append(Readable.escape(c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * A whole message made one readable line of at most about {@link Readable#MAX_MESSAGE}
     * characters, with a note on what an escaped look-alike ({@link #value}) is: such a value
     * reads like a valid key or "key: value" where nothing shows the character that makes it
     * neither.
     */
    static String line(String message) {
        StringBuilder notes = new StringBuilder();
        for (int c : LOOKALIKES) {
            String escape = Readable.escape(c);
            if (message.contains(escape)) {
                notes.append("; ").append(escape).append(" is ").append(Lookalikes.name(c)).append(Lookalikes.misread(c));
            }
        }
        return Readable.line(message + notes);
    }
}
