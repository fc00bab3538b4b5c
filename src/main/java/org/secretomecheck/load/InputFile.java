package org.secretomecheck.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a file the user names (a protocol, a waiver file, a baseline, a profile) without letting
 * it hang or exhaust the tool: only a regular file is opened (a pipe would block, a device never
 * end), and no more than one byte past the size limit is read, whatever size the file system
 * reports.
 */
public final class InputFile {

    /** Why a file could not be read, in words for people. */
    public static final class UnreadableException extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    private InputFile() {}

    /** The bytes of {@code file}, at most {@code maxBytes} of them. */
    public static byte[] read(Path file, int maxBytes) throws UnreadableException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableException(Files.exists(file)
                    ? Files.isDirectory(file) ? "a directory, not a file"
                            : "not a regular file (a device, pipe or socket); only files are read"
                    : Files.isSymbolicLink(file) ? "cannot read the file: it is a link to "
                            + (loops(file) ? "itself, through a loop of links" : "nothing")
                            : whyNotThere(file));
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(oneMore(maxBytes));
        } catch (IOException | SecurityException e) {
            throw new UnreadableException("cannot read the file: " + describe(e));
        }
        if (content.length > maxBytes) {
            throw new UnreadableException("the file is larger than " + maxBytes + " bytes");
        }
        return content;
    }

    /**
     * Whether following the link {@code file}, link by link, comes back to a link already followed,
     * or goes on for more links than the system follows (40 on Linux, which then says the same).
     */
    private static boolean loops(Path file) {
        Set<Path> seen = new HashSet<>();
        Path link = file.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(link)) {
                if (!seen.add(link) || seen.size() > 40) {
                    return true;
                }
                link = link.resolveSibling(Files.readSymbolicLink(link)).normalize();
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return false;
    }

    /** The bytes of {@code file}, or of standard input when it is null, at most {@code maxBytes} of them. */
    public static byte[] readFileOrStandardInput(Path file, int maxBytes) throws UnreadableException {
        return file == null ? read(System.in, maxBytes) : read(file, maxBytes);
    }

    /**
     * The bytes of standard input, at most {@code maxBytes} of them, read to its end. Standard input
     * is read only when the user names it ({@code -}), so waiting for it is what they asked for.
     */
    public static byte[] read(InputStream standardInput, int maxBytes) throws UnreadableException {
        if (standardInputClosed()) {
            throw new UnreadableException("standard input is closed (the command was run with <&-); redirect a protocol to it");
        }
        byte[] content;
        try {
            content = standardInput.readNBytes(oneMore(maxBytes));
        } catch (IOException e) {
            throw new UnreadableException("cannot read standard input: " + describe(e));
        }
        if (content.length > maxBytes) {
            throw new UnreadableException("standard input holds more than " + maxBytes + " bytes");
        }
        return content;
    }

    /**
     * True when the process was started with standard input closed: the JVM then opens its own
     * files (its module image, the class-data archive, a jar) under descriptor 0, and reading
     * "standard input" would read one of them. Seen through Linux's {@code /proc}; elsewhere false.
     */
    private static boolean standardInputClosed() {
        try {
            Path zero = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
            String name = zero.getFileName() == null ? "" : zero.getFileName().toString();
            return zero.startsWith(Path.of(System.getProperty("java.home"))) || name.endsWith(".jsa") || name.endsWith(".jar");
        } catch (IOException | UnsupportedOperationException | SecurityException | java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** One byte past the limit, to tell a file at the limit from a larger one (the largest limit reads no further). */
    private static int oneMore(int maxBytes) {
        return maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1;
    }

    /** Why {@code file}, which is no file the tool can see, cannot be examined. */
    private static String whyNotThere(Path file) {
        try {
            Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return "no such file or directory";
        } catch (java.nio.file.NoSuchFileException e) {
            return "no such file or directory";
        } catch (AccessDeniedException e) {
            return "cannot read the file: permission denied (its directory cannot be entered)";
        } catch (IOException | SecurityException e) {
            return "cannot read the file: " + describe(e);
        }
    }

    private static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
