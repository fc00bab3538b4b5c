package org.secretomecheck.validate;

import org.secretomecheck.finding.Readable;

/**
 * Keeps what a problem message echoes from the file short and on one readable line: a value or
 * key may be 65,536 characters long and may hold line breaks or control characters (written as
 * escapes in a double-quoted scalar), which must neither flood a report nor reach a terminal.
 */
final class Shown {

    /** Most code points of one echoed value. */
    static final int MAX_VALUE = 80;

    private Shown() {
    }

    /**
     * {@code text} with control characters escaped, and the characters that look like a space or a
     * colon but are not one to YAML ({@link Readable#escapedWithLookalikes}), cut after
     * {@link #MAX_VALUE} code points.
     */
    static String value(String text) {
        return Readable.escapedWithLookalikes(text, MAX_VALUE);
    }

    /**
     * A whole message made one readable line of at most about {@link Readable#MAX_MESSAGE}
     * characters, with a note on what each look-alike {@link #value} escaped is: such a value reads
     * like a valid key or "key: value" where nothing shows the character that makes it neither.
     */
    static String line(String message) {
        return Readable.line(message + Readable.lookalikeNotes(message));
    }
}
