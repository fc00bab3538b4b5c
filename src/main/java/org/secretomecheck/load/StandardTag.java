package org.secretomecheck.load;

/** The eight explicit tags a protocol file may carry ({@code protocol-format.md} Section 2.1). */
enum StandardTag {
    STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, SEQ, MAP;

    static final String PREFIX = "tag:yaml.org,2002:";

    private final String shortName = "!!" + name().toLowerCase(java.util.Locale.ROOT);

    /** The standard tag whose full name is {@code tag}, or null for any other tag. */
    static StandardTag of(String tag) {
        for (StandardTag candidate : values()) {
            if (tag.equals(PREFIX + candidate.name().toLowerCase(java.util.Locale.ROOT))) {
                return candidate;
            }
        }
        return null;
    }

    /** A tag as a reader would write it: {@code !!int} rather than its full name. */
    static String display(String tag) {
        String shown = tag.startsWith(PREFIX) ? "!!" + tag.substring(PREFIX.length())
                : tag.startsWith("!") ? tag : "!<" + tag + ">";
        return Messages.shorten(shown);
    }

    String shortName() {
        return shortName;
    }
}
