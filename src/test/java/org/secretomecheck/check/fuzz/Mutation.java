package org.secretomecheck.check.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One change to the bytes of a protocol file. Lines are split on LF and kept as ISO-8859-1 text,
 * so every byte survives a line edit unchanged. Indices are taken modulo the size of what they
 * index, so every mutation applies to every input (shrinking stays meaningful).
 */
sealed interface Mutation {

    byte[] apply(byte[] content);

    /** Flips the bits of {@code mask} in the byte at {@code at}. */
    record FlipByte(int at, int mask) implements Mutation {
        public byte[] apply(byte[] content) {
            if (content.length == 0) {
                return content;
            }
            byte[] out = content.clone();
            out[Math.floorMod(at, out.length)] ^= (byte) (mask == 0 ? 1 : mask);
            return out;
        }
    }

    record DeleteLine(int line) implements Mutation {
        public byte[] apply(byte[] content) {
            List<String> lines = lines(content);
            lines.remove(Math.floorMod(line, lines.size()));
            return join(lines);
        }
    }

    record DuplicateLine(int line) implements Mutation {
        public byte[] apply(byte[] content) {
            List<String> lines = lines(content);
            int at = Math.floorMod(line, lines.size());
            lines.add(at, lines.get(at));
            return join(lines);
        }
    }

    /**
     * Repeats a list item {@code times} times (the {@code line}-th line that holds list items):
     * the first item of a flow list on the line
     * ({@code [a, b]} to {@code [a, a, a, b]}), else the line itself (a block item, or any line).
     * Thousands of equal items once took Hibernate Validator quadratic time.
     */
    record RepeatItem(int line, int times) implements Mutation {
        public byte[] apply(byte[] content) {
            List<String> lines = lines(content);
            List<Integer> items = new ArrayList<>(); // list items, the lines this is meant for
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("[") || lines.get(i).stripLeading().startsWith("- ")) {
                    items.add(i);
                }
            }
            int at = items.isEmpty() ? Math.floorMod(line, lines.size()) : items.get(Math.floorMod(line, items.size()));
            String text = lines.get(at);
            int open = text.indexOf('[');
            int end = open < 0 ? -1 : text.indexOf(',', open) >= 0 ? text.indexOf(',', open) : text.indexOf(']', open);
            if (end > open + 1) {
                String item = text.substring(open + 1, end);
                lines.set(at, text.substring(0, end) + (", " + item.strip()).repeat(times) + text.substring(end));
            } else {
                for (int i = 0; i < Math.min(times, 2_000); i++) { // more only makes the file slower to check
                    lines.add(at, text);
                }
            }
            return join(lines);
        }
    }

    record SwapLines(int first, int second) implements Mutation {
        public byte[] apply(byte[] content) {
            List<String> lines = lines(content);
            int a = Math.floorMod(first, lines.size());
            int b = Math.floorMod(second, lines.size());
            String kept = lines.get(a);
            lines.set(a, lines.get(b));
            lines.set(b, kept);
            return join(lines);
        }
    }

    /** Adds ({@code by > 0}) or removes indentation of a line, or replaces it with tabs ({@code by == 0}). */
    record Indent(int line, int by) implements Mutation {
        public byte[] apply(byte[] content) {
            List<String> lines = lines(content);
            int at = Math.floorMod(line, lines.size());
            String text = lines.get(at);
            String stripped = text.stripLeading();
            int indent = text.length() - stripped.length();
            String changed;
            if (by == 0) {
                changed = "\t".repeat(Math.max(1, indent / 2)) + stripped;
            } else if (by > 0) {
                changed = " ".repeat(by) + text;
            } else {
                changed = text.substring(Math.min(indent, -by));
            }
            lines.set(at, changed);
            return join(lines);
        }
    }

    /** Replaces the value of a {@code key: value} or {@code - value} line with {@code scalar}. */
    record SwapScalar(int line, String scalar) implements Mutation {
        public byte[] apply(byte[] content) {
            List<String> lines = lines(content);
            int at = Math.floorMod(line, lines.size());
            String text = lines.get(at);
            int colon = text.indexOf(": ");
            int dash = text.indexOf("- ");
            String value = latin(scalar);
            if (colon >= 0) {
                lines.set(at, text.substring(0, colon + 2) + value);
            } else if (dash >= 0) {
                lines.set(at, text.substring(0, dash + 2) + value);
            } else {
                lines.set(at, text + " " + value);
            }
            return join(lines);
        }

        @Override
        public String toString() {
            return "SwapScalar[line=" + line + ", scalar=" + Fuzz.shown(scalar) + "]";
        }
    }

    /** Renames the key of a {@code key: ...} line (in a flow mapping: the first key). */
    record RenameKey(int line, String key) implements Mutation {
        public byte[] apply(byte[] content) {
            List<String> lines = lines(content);
            int at = Math.floorMod(line, lines.size());
            String text = lines.get(at);
            int colon = text.indexOf(':');
            if (colon < 0) {
                return content;
            }
            int start = colon;
            while (start > 0 && !" \t{,-".contains(String.valueOf(text.charAt(start - 1)))) {
                start--;
            }
            lines.set(at, text.substring(0, start) + latin(key) + text.substring(colon));
            return join(lines);
        }
    }

    /** Replaces everything after the first {@code ": "} of a line with a null spelling. */
    record NullValue(int line, String spelling) implements Mutation {
        public byte[] apply(byte[] content) {
            List<String> lines = lines(content);
            int at = Math.floorMod(line, lines.size());
            String text = lines.get(at);
            int colon = text.indexOf(": ");
            if (colon < 0) {
                return content;
            }
            lines.set(at, (text.substring(0, colon + 1) + " " + spelling).stripTrailing());
            return join(lines);
        }
    }

    /** Inserts a whole line. */
    record InsertLine(int line, String text) implements Mutation {
        public byte[] apply(byte[] content) {
            List<String> lines = lines(content);
            int at = Math.floorMod(line, lines.size() + 1);
            lines.add(at, latin(text));
            return join(lines);
        }

        @Override
        public String toString() {
            return "InsertLine[line=" + line + ", text=" + Fuzz.shown(text) + "]";
        }
    }

    /** Cuts the file after {@code permille}/1000 of its bytes. */
    record Truncate(int permille) implements Mutation {
        public byte[] apply(byte[] content) {
            int length = (int) ((long) content.length * Math.floorMod(permille, 1000) / 1000);
            return Arrays.copyOf(content, length);
        }
    }

    /** Inserts raw bytes at {@code permille}/1000 of the file. */
    record InsertBytes(int permille, String bytes) implements Mutation {
        public byte[] apply(byte[] content) {
            int at = (int) ((long) content.length * Math.floorMod(permille, 1001) / 1000);
            byte[] inserted = bytes.getBytes(StandardCharsets.ISO_8859_1);
            byte[] out = new byte[content.length + inserted.length];
            System.arraycopy(content, 0, out, 0, at);
            System.arraycopy(inserted, 0, out, at, inserted.length);
            System.arraycopy(content, at, out, at + inserted.length, content.length - at);
            return out;
        }

        @Override
        public String toString() {
            return "InsertBytes[permille=" + permille + ", bytes=" + Fuzz.escape(bytes.getBytes(StandardCharsets.ISO_8859_1)) + "]";
        }
    }

    /** Rewrites every LF as CRLF, or every line end as a lone CR. */
    record LineEnds(boolean loneCr) implements Mutation {
        public byte[] apply(byte[] content) {
            String text = new String(content, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
            return text.replace("\n", loneCr ? "\r" : "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static List<String> lines(byte[] content) {
        return new ArrayList<>(Arrays.asList(new String(content, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The UTF-8 bytes of {@code text}, one char per byte, to splice into ISO-8859-1 lines. */
    private static String latin(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
