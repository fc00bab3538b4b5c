package org.secretomecheck.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes output files whole: to a temporary file beside the target, then renamed over it. */
final class Files {

    private Files() {}

    /** Writes {@code text} to {@code target}, creating its directory; never leaves a half-written file. */
    static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A temporary file is created readable by its owner only. A report is an ordinary file: it
     * keeps the permissions of the file it replaces, or else gets rw-r--r--.
     */
    private static void readableLikeAnOrdinaryFile(Path temporary, Path target) throws IOException {
        if (!temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = java.nio.file.Files.exists(target)
                ? java.nio.file.Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        java.nio.file.Files.setPosixFilePermissions(temporary, permissions);
    }

    /** Writes {@code bytes} to {@code target}, creating its directory; never leaves a half-written file. */
    static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        java.nio.file.Files.createDirectories(absolute.getParent());
        Path temporary = java.nio.file.Files.createTempFile(absolute.getParent(), ".secretome-check-", ".tmp");
        try {
            try (OutputStream out = java.nio.file.Files.newOutputStream(temporary)) {
                out.write(bytes);
            }
            readableLikeAnOrdinaryFile(temporary, absolute);
            java.nio.file.Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            java.nio.file.Files.deleteIfExists(temporary);
        }
    }
}
