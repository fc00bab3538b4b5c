package org.secretomecheck.validate;

/**
 * Keeps what a problem message echoes from the file short and on one readable line: a value or
 * key may be 65,536 characters long and may hold line breaks or control characters (written as
 * escapes in a double-quoted scalar), which must neither flood a report nor reach a terminal.
 */
final class Shown {

    /** Most code points of one echoed value. */
    static final int MAX_VALUE = 80;

    /** Most characters of a whole message. */
    static final int MAX_MESSAGE = 1_000;

    private Shown() {
    }

    /** {@code text} with control characters escaped, cut after {@link #MAX_VALUE} code points. */
    static String value(String text) {
        return escaped(text, MAX_VALUE);
    }

    /** A whole message made one readable line of at most about {@link #MAX_MESSAGE} characters. */
    static String line(String message) {
        return escaped(message, MAX_MESSAGE);
    }

    private static String escaped(String text, int max) {
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
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
                            || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
