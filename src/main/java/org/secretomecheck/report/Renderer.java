package org.secretomecheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.secretomecheck.finding.Report;

/**
 * Writes a report in one format. Renderers are stateless: the same report gives the same bytes.
 *
 * <p>A renderer overrides exactly one of the two methods: a character format overrides
 * {@link #render(Report, Writer)} (its bytes are then UTF-8), a binary format (PDF) or one that
 * writes its own bytes overrides {@link #render(Report, OutputStream)}. The command line always
 * calls {@link #render(Report, OutputStream)}.
 */
public interface Renderer {

    /** Writes {@code report} to {@code out} as bytes. Does not close {@code out}. */
    default void render(Report report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        render(report, writer);
        writer.flush();
    }

    /**
     * Writes {@code report} to {@code out} as text. Does not close {@code out}.
     *
     * @throws UnsupportedOperationException for a binary format
     */
    default void render(Report report, Writer out) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " writes bytes, not text");
    }

    /**
     * This renderer with ANSI colour, for a terminal. Formats that cannot use colour return
     * themselves.
     */
    default Renderer coloured() {
        return this;
    }
}
