package org.secretomecheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard output or standard error is a terminal. Java only tells whether the process
 * has a console (standard input and output both terminals); on Linux each stream is looked up in
 * {@code /proc/self/fd}, elsewhere the console stands in for both.
 */
final class Terminal {

    private static final boolean PROC = Files.isDirectory(Path.of("/proc/self/fd"));

    private Terminal() {}

    /** True when standard output is a terminal. */
    static boolean stdout() {
        return PROC ? isTerminal(1) : System.console() != null;
    }

    /** True when standard error is a terminal. */
    static boolean stderr() {
        return PROC ? isTerminal(2) : System.console() != null;
    }

    /**
     * True when standard output is known to be a regular file or {@code /dev/null}: nothing written
     * there reaches a screen. False for a terminal, a pipe or a socket, and where it cannot be told.
     */
    static boolean stdoutIsAFile() {
        Path target = PROC ? target(1) : null;
        return target != null && (Files.isRegularFile(target) || target.equals(Path.of("/dev/null")));
    }

    private static boolean isTerminal(int fd) {
        Path device = target(fd);
        return device != null && (device.toString().startsWith("/dev/pts/") || device.toString().startsWith("/dev/tty"));
    }

    /** What the file descriptor {@code fd} is open on, or null for a pipe or a socket, which have no path. */
    private static Path target(int fd) {
        try {
            return Path.of("/proc/self/fd/" + fd).toRealPath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
