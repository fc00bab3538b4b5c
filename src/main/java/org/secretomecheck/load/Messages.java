package org.secretomecheck.load;

/** Helpers that keep problem messages on one readable line. */
final class Messages {

    private static final int MAX_SHOWN = 80;

    private Messages() {
    }

    /** {@code text} in double quotes, with line breaks and quotes escaped, cut when long. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(MAX_SHOWN).forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.appendCodePoint(c);
            }
        });
        if (text.codePointCount(0, text.length()) > MAX_SHOWN) {
            out.append('…');
        }
        return out.append('"').toString();
    }

    /** {@code text} with every run of white space (line breaks included) made one space, cut when long. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return shorten(text.strip().replaceAll("\\s+", " "), 300);
    }

    static String shorten(String text) {
        return shorten(text, MAX_SHOWN);
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }
}
