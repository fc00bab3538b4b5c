package org.secretomecheck.load;

import org.secretomecheck.finding.Readable;

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
                default -> Readable.appendVisible(out, c);
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

    /**
     * A whole message as one readable line: control characters, line and paragraph separators and
     * lone surrogates (a double-quoted scalar can hold any of them as an escape) written as
     * {@code \\uXXXX}, and cut at 1,000 characters. The last guard before a message leaves the loader.
     */
    static String readable(String message) {
        return shorten(message, 1_000);
    }

    private static String shorten(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); shown++) {
            if (shown == max) {
                return out.append('…').toString();
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Readable.appendVisible(out, c);
        }
        return out.toString();
    }

}
