package org.secretomecheck.report;

import java.io.IOException;
import java.io.Writer;
import org.secretomecheck.finding.Report;

/** Writes a report in one format. Renderers are stateless: the same report gives the same bytes. */
public interface Renderer {

    /** Writes {@code report} to {@code out}. */
    void render(Report report, Writer out) throws IOException;
}
