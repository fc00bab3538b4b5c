package org.secretomecheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeDigestTest {

    @TempDir
    Path classes;

    /** The build wrote the digest of the classes the tests run, and reports name it. */
    @Test
    void theToolNamesTheDigestOfItsBuiltClasses() throws Exception {
        assertThat(Checker.TOOL.code()).matches("[0-9a-f]{64}").isEqualTo(CodeDigest.of(Path.of("target/classes")));
        assertThat(Checker.TOOL.label()).isEqualTo("secretome-check " + Checker.TOOL.version() + " (code sha256 "
                + Checker.TOOL.code() + ")");
    }

    /** The class files' bytes in path order (as LC_ALL=C sort orders them), nothing else, so unzip and sha256sum recompute it. */
    @Test
    void theDigestIsOfTheClassFilesInPathOrder() throws Exception {
        Path dir = Files.createDirectories(classes.resolve("org/secretomecheck/cli"));
        Files.writeString(dir.resolve("Main.class"), "main", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Main$1.class"), "inner", StandardCharsets.UTF_8);
        Files.writeString(classes.resolve("org/secretomecheck/A.class"), "a", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "not code", StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(classes.resolve("org/other")).resolve("B.class"), "b", StandardCharsets.UTF_8);
        byte[] expected = MessageDigest.getInstance("SHA-256").digest("ainnermain".getBytes(StandardCharsets.UTF_8));
        assertThat(CodeDigest.of(classes)).isEqualTo(HexFormat.of().formatHex(expected));
    }
}
