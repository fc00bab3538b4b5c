package org.secretomecheck.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns the bytes of a file into YAML text, as code points: strips a UTF-8 byte order mark,
 * rejects bytes that are not UTF-8 and characters that YAML does not allow (NUL and other control
 * characters, which mean binary data), each with the line and column where it happens. Lines are counted as SnakeYAML
 * counts them, so positions agree with those of the parser.
 */
final class TextDecoder {

    private TextDecoder() {
    }

    /**
     * The code points of {@code bytes}, checked. Plain ASCII text, the common case, is read in one
     * pass without a charset decoder.
     */
    static int[] decode(byte[] bytes) throws UnreadableYamlException {
        int start = hasBom(bytes) ? 3 : 0;
        int[] ascii = asciiCodePoints(bytes, start);
        return ascii != null ? ascii : codePoints(utf8(bytes, start));
    }

    /** The code points of {@code bytes} from {@code start} when all are printable ASCII, else null. */
    private static int[] asciiCodePoints(byte[] bytes, int start) {
        int[] points = new int[bytes.length - start];
        for (int i = start; i < bytes.length; i++) {
            int c = bytes[i];
            if (c < 0 || c == 0x7F || c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) {
                return null; // not ASCII, or a control character: the full path decodes or reports it
            }
            points[i - start] = c;
        }
        return points;
    }

    private static String utf8(byte[] bytes, int start) throws UnreadableYamlException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        if (result.isError()) {
            int bad = in.position();
            Cursor cursor = Cursor.walk(text, text.length());
            throw new UnreadableYamlException(String.format(Locale.ROOT,
                    "the file is not UTF-8 text (invalid byte 0x%02X at byte offset %d)%s", bytes[bad] & 0xFF, bad,
                    utf16(bytes) ? "; it starts with the byte order mark of UTF-16: save it as UTF-8" : ""),
                    "", cursor.line, cursor.column);
        }
        return text;
    }

    /** Whether {@code bytes} start with a UTF-16 byte order mark (FF FE or FE FF), as Windows tools write "Unicode" text. */
    private static boolean utf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The code points of {@code text}, each checked to be one that YAML allows. */
    private static int[] codePoints(String text) throws UnreadableYamlException {
        int[] points = new int[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isPrintable(c)) {
                Cursor cursor = Cursor.walk(text, i);
                throw new UnreadableYamlException(String.format(Locale.ROOT,
                        "the file holds binary data or a control character (U+%04X), not YAML text", c),
                        "", cursor.line, cursor.column);
            }
            points[count++] = c;
            i += Character.charCount(c);
        }
        return count == points.length ? points : Arrays.copyOf(points, count);
    }

    /** The characters YAML allows in a stream (the same set as SnakeYAML's reader). */
    private static boolean isPrintable(int c) {
        return (c >= 0x20 && c <= 0x7E) || c == 0x9 || c == 0xA || c == 0xD || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** A 1-based line and column (in code points), found by walking the text. */
    private static final class Cursor {
        private int line = 1;
        private int column = 1;

        /** The position of the character at {@code end}, line breaks counted as SnakeYAML does. */
        static Cursor walk(String text, int end) {
            Cursor cursor = new Cursor();
            for (int i = 0; i < end; ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                boolean lineBreak = c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029
                        || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'));
                if (lineBreak) {
                    cursor.line++;
                    cursor.column = 1;
                } else if (c != 0xFEFF) {
                    cursor.column++;
                }
            }
            return cursor;
        }
    }
}
