package org.secretomecheck.change;

/** Helpers of the text views: widths in characters (not UTF-16 units) and padding. */
final class Text {

    private Text() {}

    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    /** {@code text} on one line: line breaks and other control characters as escapes. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                line.append("\\n");
            } else if (c == '\r') {
                line.append("\\r");
            } else if (c == '\t') {
                line.append("\\t");
            } else if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0) {
                line.append(String.format("\\u%04X", c));
            } else {
                line.appendCodePoint(c);
            }
        });
        return line.toString();
    }
}
