package org.secretomecheck.report;

import java.io.IOException;
import java.io.Writer;
import org.secretomecheck.finding.Readable;

/**
 * Writes XHTML-compatible markup. Every text and attribute value goes through {@link #escape}:
 * no text from the inputs is ever written raw. Characters XML does not allow, and deceptive ones,
 * are written as escapes ({@link Readable#escape}), as in text.
 * Markup with a sink hands what it holds to the sink at each {@link #drain()}, so that a report
 * over thousands of protocols is never held as one string.
 */
final class Markup {

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Writer sink;

    /** Markup held until {@link #toString()}. */
    Markup() {
        this(null);
    }

    /** Markup written to {@code sink} at each {@link #drain()}; null holds it. */
    Markup(Writer sink) {
        this.sink = sink;
    }

    /** Writes what is held to the sink, if there is one. */
    void drain() throws IOException {
        if (sink != null) {
            sink.append(out);
            out.setLength(0);
        }
    }

    Markup open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element that HTML knows as void ({@code meta}, {@code br}), written self-closed. */
    Markup voidElement(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element with text content; empty content still gets an end tag (never {@code <td/>}). */
    Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Markup span(String cssClass, String text) {
        return element("span", text, "class", cssClass);
    }

    Markup text(String text) {
        escape(text, false, out);
        return this;
    }

    /** Markup written as is: only for constants of this class. */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    Markup nl() {
        out.append('\n');
        return this;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name-value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true, out);
            out.append('"');
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Escapes {@code text} for XML and HTML content (and, with {@code attribute}, for a double-quoted value). */
    static void escape(String text, boolean attribute, StringBuilder out) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\t' -> out.append(attribute ? "&#" + c + ";" : Character.toString(c));
                case '\r' -> out.append("&#13;");
                default -> {
                    if (allowed(c)) {
                        out.appendCodePoint(c);
                    } else {
                        out.append(Readable.escape(c));
                    }
                }
            }
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        escape(text, false, out);
        return out.toString();
    }

    /**
     * XML 1.0 characters, without the C1 controls and noncharacters HTML warns about, and without
     * deceptive ones ({@link Readable#isDeceptive}): a bidirectional override would make a report
     * line read differently from what it holds.
     */
    private static boolean allowed(int c) {
        return ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF
                && !(c >= 0xFDD0 && c <= 0xFDEF)) || (c >= 0x10000 && c <= 0x10FFFF && (c & 0xFFFE) != 0xFFFE))
                && !Readable.isDeceptive(c);
    }

    /** A CSS string literal for {@code text}: quoted, with quotes, backslashes and non-ASCII escaped. */
    static String cssString(String text) {
        StringBuilder css = new StringBuilder("\"");
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') {
                css.appendCodePoint(c);
            } else {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        }
        return css.append('"').toString();
    }
}
