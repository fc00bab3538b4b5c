package org.secretomecheck.cli;

import java.io.PrintWriter;

/**
 * Progress of a batch on standard error ({@code checked 120/10000 files, 85/s}), redrawn in place
 * at most five times a second. Only for people at a terminal: off in pipes, files and CI logs.
 */
final class Progress {

    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean on;
    private final long start = System.nanoTime();
    private long shown;
    private int done;
    private boolean drawn;

    private Progress(PrintWriter err, int total, boolean on) {
        this.err = err;
        this.total = total;
        this.on = on;
    }

    /** Progress for {@code total} files, shown when a person watches a terminal and the batch is not tiny. */
    static Progress of(PrintWriter err, int total, boolean terminal) {
        return new Progress(err, total, terminal && total > 5 && System.getenv("CI") == null);
    }

    /** One more file done. */
    synchronized void tick() {
        done++;
        long now = System.nanoTime();
        if (on && now - shown >= INTERVAL_NANOS) {
            shown = now;
            double seconds = Math.max(1e-3, (now - start) / 1e9);
            err.printf("\rchecked %d/%d files, %.0f/s ", done, total, done / seconds);
            err.flush();
            drawn = true;
        }
    }

    /** Clears the progress line. */
    synchronized void end() {
        if (drawn) {
            err.print("\r" + " ".repeat(48) + "\r");
            err.flush();
        }
    }
}
