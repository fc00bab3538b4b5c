package org.secretomecheck.report;

import java.io.IOException;
import java.io.Writer;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.Tally;

/**
 * A character format that can be written one protocol at a time, so that a run over thousands of
 * protocols never holds them all. Its whole-report rendering is the same stream, so both give the
 * same bytes.
 */
public interface StreamingRenderer extends Renderer {

    /** An open stream: protocols in input order, then the close with the run's counts. */
    interface Stream {
        /** Writes one protocol. */
        void protocol(ProtocolResult result) throws IOException;

        /** Writes the end of the report. Does not close the writer. */
        void finish(Tally tally) throws IOException;
    }

    /** Starts a report with {@code header} (a report without protocols) on {@code out}. */
    Stream open(Report header, Writer out) throws IOException;

    @Override
    default void render(Report report, Writer out) throws IOException {
        Stream stream = open(report.header(), out);
        for (ProtocolResult protocol : report.protocols()) {
            stream.protocol(protocol);
        }
        stream.finish(report.tally());
    }
}
