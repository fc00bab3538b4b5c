package org.secretomecheck.load;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's character source, over text that is already in memory and already checked (see
 * {@link TextDecoder}).
 *
 * <p>SnakeYAML's own reader refills a window 1,024 characters at a time and copies the whole unread
 * window on every refill, so a single long token, comment line or block-scalar line costs time
 * quadratic in its length (about ten seconds for one 8 MiB token). This reader serves the same
 * methods with the same results (lines, columns, indices and marks counted exactly as SnakeYAML
 * counts them) from one code-point array, in constant time per call.
 */
final class TextStreamReader extends StreamReader {

    private static final String NAME = "'reader'";

    private final int[] text;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    /** A reader over {@code codePoints}, which it keeps (not copied). */
    TextStreamReader(int[] codePoints) {
        super("");
        this.text = codePoints;
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, index, line, column, text, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && pointer < text.length; i++) {
            int c = text[pointer++];
            index++;
            documentIndex++;
            boolean lineBreak = c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029
                    || (c == '\r' && pointer < text.length && text[pointer] != '\n');
            if (lineBreak) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return peek(0);
    }

    @Override
    public int peek(int offset) {
        int at = pointer + offset;
        return at >= 0 && at < text.length ? text[at] : '\0';
    }

    @Override
    public String prefix(int length) {
        int available = Math.max(0, Math.min(length, text.length - pointer));
        return available == 0 ? "" : new String(text, pointer, available);
    }

    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        index += length;
        documentIndex += length;
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getLine() {
        return line;
    }
}
