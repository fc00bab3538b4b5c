package org.secretomecheck.finding;

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

    /**
     * A mapper builder that indents its output with LF line ends; every generator the mapper
     * creates gets a copy of this layout.
     */
    public static JsonMapper.Builder indented() {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    }
}
