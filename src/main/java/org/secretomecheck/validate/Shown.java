package org.secretomecheck.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secretomecheck.finding.Readable;

/**
 * Keeps what a problem message echoes from the file short and on one readable line: a value or
 * key may be 65,536 characters long and may hold line breaks or control characters (written as
 * escapes in a double-quoted scalar), which must neither flood a report nor reach a terminal.
 */
final class Shown {

    /** Most code points of one echoed value. */
    static final int MAX_VALUE = 80;

    /** An escape {@link #value} wrote for a look-alike, not one the file held as text ({@code \\u00A0}). */
    private static final Pattern LOOKALIKE_ESCAPE = Pattern.compile("(?<!\\\\)\\\\u([0-9A-F]{4})");

    private Shown() {
    }

    /**
     * {@code text} with control characters escaped, and the characters that look like a space or a
     * colon but are not one to YAML ({@link Readable#lookalike}), cut after {@link #MAX_VALUE} code
     * points. A backslash that the text holds before a {@code u} is doubled, so that its
     * {@code \\u00A0} is not taken for an escape.
     */
    static String value(String text) {
        String shown = Readable.escaped(text.replace("\\u", "\\\\u"), MAX_VALUE);
        if (shown.codePoints().noneMatch(c -> Readable.lookalike(c) != null)) {
            return shown;
        }
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(c -> {
            if (Readable.lookalike(c) != null) {
                out.append(Readable.escape(c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * A whole message made one readable line of at most about {@link Readable#MAX_MESSAGE}
     * characters, with a note on what each look-alike escaped by {@link #value} is: such a value
     * reads like a valid key or "key: value" where nothing shows the character that makes it
     * neither.
     */
    static String line(String message) {
        StringBuilder notes = new StringBuilder();
        Matcher escape = LOOKALIKE_ESCAPE.matcher(message);
        java.util.Set<Integer> named = new java.util.HashSet<>();
        while (escape.find()) {
            int c = Integer.parseInt(escape.group(1), 16);
            if (Readable.lookalike(c) != null && named.add(c)) {
                notes.append("; ").append(escape.group()).append(" is ").append(Readable.lookalike(c))
                        .append(Readable.misreadByYaml(c));
            }
        }
        return Readable.line(message + notes);
    }
}
