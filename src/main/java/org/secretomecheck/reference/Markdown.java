package org.secretomecheck.reference;

/** Small helpers for writing Markdown text safely. */
final class Markdown {

    private Markdown() {}

    /** Text for a table cell: pipes escaped, line breaks folded. */
    static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /** Text for running prose: Markdown and HTML specials escaped. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
            if ("\\`*[]<>".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Inline code. */
    static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }
}
