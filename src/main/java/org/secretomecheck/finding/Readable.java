package org.secretomecheck.finding;

import java.util.Locale;

/**
 * Keeps text that a message echoes from a file on one readable line: a double-quoted YAML scalar
 * can hold line breaks, control characters (terminal escape sequences), line and paragraph
 * separators, invisible format characters (bidirectional overrides that make a line read
 * differently from what it holds, zero-width spaces) and lone surrogates, which must neither
 * break a report's lines nor reach a terminal.
 */
public final class Readable {

    /** Most characters of a whole message. */
    public static final int MAX_MESSAGE = 1_000;

    private Readable() {}

    /**
     * Appends {@code codePoint}, written as an escape when it is not visible text: {@code \n},
     * {@code \r} and {@code \t} as such, any other control, separator or format character
     * (bidirectional controls, zero-width characters, the byte order mark) and a lone surrogate as
     * {@code \\uXXXX}.
     */
    public static void appendVisible(StringBuilder out, int codePoint) {
        switch (codePoint) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                int type = Character.getType(codePoint);
                if (Character.isISOControl(codePoint) || type == Character.SURROGATE || type == Character.FORMAT
                        || codePoint == 0x2028 || codePoint == 0x2029) {
                    out.append(String.format(Locale.ROOT, "\\u%04X", codePoint));
                } else {
                    out.appendCodePoint(codePoint);
                }
            }
        }
    }

    /**
     * {@code text} with every invisible character escaped, cut after {@code max} code points with
     * a note of its full length.
     */
    public static String escaped(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            if (shown == max) {
                int total = text.codePointCount(0, text.length());
                return out.append("…(").append(total).append(" characters)").toString();
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            shown++;
            appendVisible(out, c);
        }
        return out.toString();
    }

    /** A whole message made one readable line of at most about {@link #MAX_MESSAGE} characters. */
    public static String line(String message) {
        return escaped(message, MAX_MESSAGE);
    }
}
