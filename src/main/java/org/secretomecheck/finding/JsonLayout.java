package org.secretomecheck.finding;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * How every JSON file the tool writes is laid out: indented by two spaces, each line ended by LF
 * on every platform. Jackson's own indenter ends lines with the system's line separator, so a
 * report made on Windows would not have the same bytes as one made on Linux.
 */
public final class JsonLayout {

    private JsonLayout() {}

    /** A new pretty printer with LF line ends (a pretty printer holds the depth of the document it writes). */
    public static PrettyPrinter prettyPrinter() {
        return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    }

    /** A mapper builder that indents its output with {@link #prettyPrinter()}. */
    public static JsonMapper.Builder indented() {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).defaultPrettyPrinter(prettyPrinter());
    }
}
