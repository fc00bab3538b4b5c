package org.secretomecheck.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes output files whole: to a temporary file beside the target, then renamed over it. */
final class Files {

    private Files() {}

    /** Writes {@code text} to {@code target}, creating its directory; never leaves a half-written file. */
    static void write(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        java.nio.file.Files.createDirectories(absolute.getParent());
        Path temporary = java.nio.file.Files.createTempFile(absolute.getParent(), ".secretome-check-", ".tmp");
        try {
            try (Writer writer = java.nio.file.Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writer.write(text);
            }
            java.nio.file.Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            java.nio.file.Files.deleteIfExists(temporary);
        }
    }
}
