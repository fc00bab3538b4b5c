package org.secretomecheck.load;

import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;

/**
 * Characters that look like a space or a colon but are not one to YAML: a no-break space pasted
 * from a word processor indents nothing, and a full-width colon separates no key from its value.
 * They are invisible in most editors, so a syntax error near one names it.
 */
final class Lookalikes {

    /** How many lines above the error are searched: the mistake often ends a line or two later. */
    private static final int LINES_BEFORE = 2;

    private Lookalikes() {
    }

    /**
     * "; line L, column C holds ..." for the first look-alike character from two lines above the
     * earlier mark's line to the end of the later mark's line, or "" when there is none (or no mark).
     */
    static String near(Mark context, Mark problem) {
        Mark any = context != null ? context : problem;
        if (any == null || any.getBuffer() == null) {
            return "";
        }
        int[] text = any.getBuffer();
        int fromLine = Math.min(lineOf(context, Integer.MAX_VALUE), lineOf(problem, Integer.MAX_VALUE)) - LINES_BEFORE;
        int toLine = Math.max(lineOf(context, -1), lineOf(problem, -1));
        int line = 0;
        int column = 0;
        for (int i = 0; i < text.length && line <= toLine; i++) {
            int c = text[i];
            String name = name(c);
            if (name != null && line >= fromLine) {
                return "; line " + (line + 1) + ", column " + (column + 1) + " holds " + name
                        + String.format(Locale.ROOT, " (U+%04X)", c) + ", which YAML does not read as "
                        + (c == 0xFF1A ? "a colon" : "a space");
            }
            // lines and columns counted as TextStreamReader counts them for SnakeYAML's marks
            if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029
                    || (c == '\r' && i + 1 < text.length && text[i + 1] != '\n')) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
        return "";
    }

    private static int lineOf(Mark mark, int otherwise) {
        return mark == null ? otherwise : mark.getLine();
    }

    private static String name(int c) {
        return switch (c) {
            case 0x00A0 -> "a no-break space";
            case 0x202F -> "a narrow no-break space";
            case 0x200B -> "a zero-width space";
            case 0x3000 -> "an ideographic (full-width) space";
            case 0xFF1A -> "a full-width colon";
            default -> c >= 0x2000 && c <= 0x200A ? "a typographic space" : null;
        };
    }
}
