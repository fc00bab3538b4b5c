package org.secretomecheck.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a batch on standard error ({@code checked 120/10000 files, 85/s}), redrawn in place
 * at most five times a second. Only for people at a terminal: shown when standard error is a
 * terminal, the report cannot reach a terminal (it goes to a file, or standard output is a file or
 * {@code /dev/null}: a report piped to {@code less}, {@code tee} or {@code cat} may be on the same
 * screen, and progress would be drawn into it), the batch has more than a few files, and
 * {@code CI} is not set; never in pipes, files or CI logs.
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
    private int width; // of the widest line drawn, to clear

    private Progress(PrintWriter err, int total, boolean on) {
        this.err = err;
        this.total = total;
        this.on = on;
    }

    /** Progress for a run of {@code total} files whose report goes to standard output or not. */
    static Progress forRun(PrintWriter err, int total, boolean reportOnStdout) {
        return new Progress(err, total, wanted(Terminal.stderr(), reportOnStdout && !Terminal.stdoutIsAFile(),
                System.getenv("CI") != null, total));
    }

    /** Whether progress is shown; see the class comment. */
    static boolean wanted(boolean stderrTerminal, boolean reportMayReachTerminal, boolean ci, int total) {
        return stderrTerminal && !reportMayReachTerminal && !ci && total > 5;
    }

    /** Progress drawn or not as {@code on} says (for tests). */
    static Progress of(PrintWriter err, int total, boolean on) {
        return new Progress(err, total, on);
    }

    /** One more file done. */
    synchronized void tick() {
        done++;
        long now = System.nanoTime();
        if (on && now - shown >= INTERVAL_NANOS) {
            shown = now;
            double seconds = Math.max(1e-3, (now - start) / 1e9);
            String line = String.format(Locale.ROOT, "\rchecked %d/%d files, %.0f/s ", done, total, done / seconds);
            err.print(line);
            err.flush();
            width = Math.max(width, line.length());
            drawn = true;
        }
    }

    /** Shows {@code text} in place of the count, for a long step after the last file (a PDF being laid out). */
    synchronized void say(String text) {
        if (on) {
            clear();
            err.print("\r" + text + " ");
            err.flush();
            width = text.length() + 1;
            drawn = true;
        }
    }

    /** Clears the progress line. */
    synchronized void end() {
        clear();
    }

    private void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
