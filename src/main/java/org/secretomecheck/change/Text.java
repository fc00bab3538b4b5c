package org.secretomecheck.change;

import org.secretomecheck.finding.Readable;

/** Helpers of the text views: widths in characters (not UTF-16 units) and padding. */
final class Text {

    private Text() {}

    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    /** A protocol's version as the views show it: "-" when the protocol gives none. */
    static String version(String version) {
        return version == null ? "-" : version;
    }

    /** {@code text} on one line, its line breaks, control and invisible characters as escapes ({@link Readable}). */
    static String oneLine(String text) {
        return text == null ? "" : Readable.escaped(text, Integer.MAX_VALUE);
    }
}
