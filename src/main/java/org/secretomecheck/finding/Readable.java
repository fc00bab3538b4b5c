package org.secretomecheck.finding;

import java.util.Locale;

/**
 * Keeps text that a message echoes from a file on one readable line: a double-quoted YAML scalar
 * can hold line breaks, control characters (terminal escape sequences), line and paragraph
 * separators, characters that make a line read differently from what it holds (bidirectional
 * overrides, zero-width spaces; see {@link #isDeceptive}) and lone surrogates, which must neither
 * break a report's lines nor reach a terminal.
 */
public final class Readable {

    /** Most characters of a whole message. */
    public static final int MAX_MESSAGE = 1_000;

    private Readable() {}

    /**
     * Appends {@code codePoint}, written as an escape when it is not visible text: {@code \n},
     * {@code \r} and {@code \t} as such, any other control or separator character, a deceptive one
     * ({@link #isDeceptive}) and a lone surrogate as {@code \\uXXXX}.
     */
    public static void appendVisible(StringBuilder out, int codePoint) {
        switch (codePoint) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (isEscaped(codePoint)) {
                    out.append(escape(codePoint));
                } else {
                    out.appendCodePoint(codePoint);
                }
            }
        }
    }

    /**
     * {@code codePoint} as the escape every report writes for a character it cannot or will not
     * show: {@code \\u0001}, {@code \\u202E}, {@code \\u1FFFF}.
     */
    public static String escape(int codePoint) {
        return String.format(Locale.ROOT, "\\u%04X", codePoint);
    }

    /**
     * True for a character that makes text read differently from what it holds: a bidirectional
     * control (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) or a zero-width space or
     * byte order mark (U+200B, U+2060, U+FEFF). Other invisible format characters (the zero-width
     * joiner and non-joiner of Persian or emoji, the soft hyphen) belong to the text and are kept.
     */
    public static boolean isDeceptive(int codePoint) {
        return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint == 0x200B || codePoint == 0x2060 || codePoint == 0xFEFF;
    }

    /**
     * What {@code c} is, when it looks like a space or a colon but is not one to YAML ("a no-break
     * space", pasted from a word processor; "a full-width colon"); else null.
     */
    public static String lookalike(int c) {
        return switch (c) {
            case 0x00A0 -> "a no-break space";
            case 0x202F -> "a narrow no-break space";
            case 0x200B -> "a zero-width space";
            case 0x3000 -> "an ideographic (full-width) space";
            case 0xFF1A -> "a full-width colon";
            default -> c >= 0x2000 && c <= 0x200A ? "a typographic space" : null;
        };
    }

    /** A key written with its value after the colon and no space ({@code co2_pct:5}), which YAML reads as one text. */
    private static final java.util.regex.Pattern GLUED_KEY = java.util.regex.Pattern.compile("([A-Za-z0-9_]+):(\\S.*)");

    /** {@code co2_pct: 5} for a text that is a key glued to its value ({@code co2_pct:5}), else null. */
    public static String gluedKey(String text) {
        java.util.regex.Matcher glued = GLUED_KEY.matcher(text.strip());
        if (!glued.matches() || glued.group(2).startsWith(":")) {
            return null;
        }
        String value = glued.group(2);
        int start = 0; // a no-break space after the colon is no space to YAML: the advice holds a real one
        while (start < value.length() && (Character.isWhitespace(value.charAt(start)) || lookalike(value.charAt(start)) != null
                && value.charAt(start) != 0xFF1A)) {
            start++;
        }
        return start == value.length() ? null : glued.group(1) + ": " + value.substring(start).strip();
    }

    /**
     * "; "−" is U+2212 MINUS SIGN, not an ASCII character" for each visible character outside
     * ASCII in {@code text} (the first three, then how many more), for a value that must be ASCII
     * (a number, a date, an ID, a value of a closed list) and may look right: a minus sign or an
     * en dash pasted from a word processor, a Cyrillic letter. "" when there is none. Characters
     * that messages show as escapes ({@link #lookalike}, invisible ones) are named there instead.
     */
    public static String nonAsciiNote(String text) {
        java.util.List<Integer> found = text.codePoints().filter(Readable::isVisibleNonAscii).distinct().boxed().toList();
        StringBuilder note = new StringBuilder();
        for (int c : found.subList(0, Math.min(3, found.size()))) {
            note.append("; \"").appendCodePoint(c).append("\" is ").append(String.format(Locale.ROOT, "U+%04X", c))
                    .append(' ').append(Character.getName(c)).append(", not an ASCII character");
        }
        if (found.size() > 3) {
            note.append("; and ").append(found.size() - 3).append(" more characters outside ASCII");
        }
        return note.toString();
    }

    private static boolean isVisibleNonAscii(int c) {
        if (c <= 0x7E || lookalike(c) != null || isDeceptive(c) || !Character.isDefined(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SPACE_SEPARATOR
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.SURROGATE && type != Character.PRIVATE_USE;
    }

    /** ", which YAML does not read as a space" (or a colon) for a {@link #lookalike} {@code c}. */
    public static String misreadByYaml(int c) {
        return ", which YAML does not read as " + (c == 0xFF1A ? "a colon" : "a space");
    }

    /** An escape {@link #escapedWithLookalikes} or {@link #escaped} wrote, not one the text held ({@code \\\\u00A0}). */
    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("(?<!\\\\)\\\\u([0-9A-F]{4})");

    /**
     * "; \\u00A0 is a no-break space, which YAML does not read as a space" for each look-alike
     * escaped in {@code message}, once each; "" for none.
     */
    public static String lookalikeNotes(String message) {
        StringBuilder notes = new StringBuilder();
        java.util.regex.Matcher escape = ESCAPE.matcher(message);
        java.util.Set<Integer> named = new java.util.HashSet<>();
        while (escape.find()) {
            int c = Integer.parseInt(escape.group(1), 16);
            if (lookalike(c) != null && named.add(c)) {
                notes.append("; ").append(escape.group()).append(" is ").append(lookalike(c)).append(misreadByYaml(c));
            }
        }
        return notes.toString();
    }

    /**
     * {@code text} with every invisible character escaped, cut after {@code max} code points with
     * a note of its full length.
     */
    public static String escaped(String text, int max) {
        return escaped(text, max, false);
    }

    /**
     * {@code text} as {@link #escaped} writes it, and each {@link #lookalike} too, for a message
     * about a key or value that reads as valid and is not; a backslash the text holds before a
     * {@code u} is doubled, so that its own {@code \\u00A0} is no escape. See
     * {@link #lookalikeNotes}.
     */
    public static String escapedWithLookalikes(String text, int max) {
        return escaped(text, max, true);
    }

    private static String escaped(String text, int max, boolean lookalikes) {
        if (text == null) {
            return "null";
        }
        if (text.length() <= max && isVisible(text)
                && (!lookalikes || !text.contains("\\u") && text.codePoints().noneMatch(c -> lookalike(c) != null))) {
            return text; // the common case: nothing to escape or cut
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            if (shown == max) {
                int total = text.codePointCount(0, text.length());
                return out.append("…(").append(total).append(" characters)").toString();
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            shown++;
            if (lookalikes && c == '\\' && i < text.length() && text.charAt(i) == 'u') {
                out.append("\\\\");
            } else if (lookalikes && lookalike(c) != null) {
                out.append(escape(c));
            } else {
                appendVisible(out, c);
            }
        }
        return out.toString();
    }

    /** True when {@link #appendVisible} writes {@code codePoint} as an escape. */
    private static boolean isEscaped(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE
                || isDeceptive(codePoint) || codePoint == 0x2028 || codePoint == 0x2029;
    }

    /**
     * True when {@link #appendVisible} would write every character of {@code text} as it is (a
     * surrogate pair counts as escaped here: such text takes the slower path, with the same result).
     */
    private static boolean isVisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isEscaped(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A whole message made one readable line of at most about {@link #MAX_MESSAGE} characters. */
    public static String line(String message) {
        return escaped(message, MAX_MESSAGE);
    }
}
