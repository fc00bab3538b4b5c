package org.secretomecheck.load;

import java.util.Locale;
import org.secretomecheck.finding.Readable;
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
     * "; line L, column C holds ..." for the look-alike character nearest to {@code error}, from two
     * lines above {@code from}'s line to the end of {@code error}'s line, or "" when there is none.
     * Characters inside quoted text are skipped: there they are text, and harmless.
     *
     * @param from  where the token in error starts (a scanner error), else {@code error} itself
     * @param error where the error was found
     */
    static String near(Mark from, Mark error) {
        if (from == null || error == null || error.getBuffer() == null) {
            return "";
        }
        int[] text = error.getBuffer();
        int fromLine = Math.min(from.getLine(), error.getLine()) - LINES_BEFORE;
        int toLine = Math.max(from.getLine(), error.getLine());
        int line = 0;
        int column = 0;
        int quote = 0; // the quote character of the quoted text being passed, or 0
        String found = null;
        int distance = Integer.MAX_VALUE;
        for (int i = 0; i < text.length && line <= toLine; i++) {
            int c = text[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++; // an escaped character
                    column++;
                }
            } else if ((c == '"' || c == '\'') && opensQuote(text, i)) {
                quote = c;
            } else if (Readable.lookalike(c) != null && line >= fromLine && Math.abs(i - error.getPointer()) < distance) {
                distance = Math.abs(i - error.getPointer());
                found = "; line " + (line + 1) + ", column " + (column + 1) + " holds " + Readable.lookalike(c)
                        + String.format(Locale.ROOT, " (U+%04X)", c) + Readable.misreadByYaml(c);
            }
            // lines and columns counted as TextStreamReader counts them for SnakeYAML's marks
            if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029
                    || (c == '\r' && i + 1 < text.length && text[i + 1] != '\n')) {
                line++;
                column = 0;
                quote = 0; // a guess that keeps a stray quote from hiding the lines below it
            } else if (c != 0xFEFF) {
                column++;
            }
        }
        return found == null ? "" : found;
    }

    /** True when the quote at {@code i} starts a value: at the start of a line or after : - [ { , and spaces. */
    private static boolean opensQuote(int[] text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            int c = text[j];
            if (c != ' ' && c != '\t') {
                return c == ':' || c == '-' || c == '[' || c == '{' || c == ',' || c == '\n' || c == '\r';
            }
        }
        return true;
    }
}
