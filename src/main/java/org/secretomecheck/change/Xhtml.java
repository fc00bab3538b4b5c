package org.secretomecheck.change;

import org.secretomecheck.finding.Readable;

/**
 * A small writer of well-formed XHTML: every text and attribute value from the inputs is escaped,
 * and characters XML does not allow are replaced, so the page parses as XML.
 */
final class Xhtml {

    /** The style of every change-control page: inline, nothing fetched, prints on A4. */
    static final String STYLE = "\n"
            + "@page { size: A4 landscape; margin: 15mm; }\n"
            + "body { font-family: \"Liberation Sans\", Arial, Helvetica, sans-serif; font-size: 10pt; color: #1a1a1a;"
            + " max-width: 90em; margin: 1.5em auto; padding: 0 1.5em; line-height: 1.35; }\n"
            + "h1 { font-size: 15pt; margin: 0 0 4pt 0; color: #1f3a5f; }\n"
            + "h2 { font-size: 12pt; margin: 14pt 0 4pt 0; color: #1f3a5f; border-bottom: 1pt solid #1f3a5f; }\n"
            + "table { border-collapse: collapse; width: 100%; margin: 3pt 0 8pt 0; }\n"
            + "th, td { border: 0.6pt solid #9aa5b1; padding: 2pt 4pt; text-align: left; vertical-align: top;"
            + " word-wrap: break-word; }\n"
            + "th { background: #eef1f5; }\n"
            + "code, .mono { font-family: \"Liberation Mono\", \"Courier New\", monospace; font-size: 0.9em; }\n"
            + ".meta { color: #444; }\n"
            + ".hash { font-size: 0.75em; font-weight: normal; word-wrap: break-word; }\n"
            + "tr.differs th.parameter { background: #fff4d6; }\n"
            + "td.outside { background: #fde2e1; }\n"
            + ".rules { display: block; font-size: 0.85em; font-weight: bold; color: #a4161a; }\n"
            + ".waived { color: #555; font-weight: normal; }\n"
            + ".none { color: #888; }\n"
            + ".mark { color: #8a5a00; font-weight: bold; }\n"
            + ".added { color: #1b5e20; } .removed { color: #a4161a; } .changed { color: #8a5a00; }\n"
            + ".sev-critical, .sev-major { font-weight: bold; color: #a4161a; }\n"
            + ".verdict { border: 1pt solid; padding: 4pt 6pt; font-weight: bold; }\n"
            + ".verdict.fail { border-color: #8b1a1a; background: #fbeaea; color: #8b1a1a; }\n"
            + ".verdict.pass { border-color: #1d5e2e; background: #e9f5ec; color: #1d5e2e; }\n"
            + ".warning { color: #8a5a00; font-weight: bold; }\n"
            + "tr { page-break-inside: avoid; }\n";

    private final StringBuilder out = new StringBuilder();

    /** Starts a page with {@code title}; the caller writes the body and calls {@link #end()}. */
    static Xhtml page(String title) {
        Xhtml page = new Xhtml();
        page.out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n");
        page.element("title", title).nl();
        page.out.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        return page;
    }

    /** Ends the page and gives it. */
    String end() {
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /** Opens {@code tag} with attributes given as name, value pairs (a null value leaves the attribute out). */
    Xhtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Xhtml text(String text) {
        out.append(escape(text == null ? "" : text));
        return this;
    }

    /** {@code <tag attributes>text</tag>}. */
    Xhtml element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Xhtml nl() {
        out.append('\n');
        return this;
    }

    /** {@code text} with the XML specials escaped and characters XML 1.0 forbids written as escapes ({@link Readable#escape}). */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                    if (allowed) {
                        escaped.appendCodePoint(c);
                    } else {
                        escaped.append(Readable.escape(c));
                    }
                }
            }
        });
        return escaped.toString();
    }
}
