package org.secretomecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secretomecheck.cli.Main;
import picocli.CommandLine;

/**
 * Every format's report of the example protocols against its golden file in
 * {@code src/test/resources/report/<format>/}. To accept an intended change, run the tests with
 * {@code -Dgolden.update=true} and review the diff.
 */
class GoldenReportTest {

    @ParameterizedTest
    @CsvSource({"text, examples.txt", "json, examples.json"})
    void reportMatchesItsGoldenFile(String format, String golden) throws IOException {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        commandLine.execute("check", "--rules", "rules", "--as-of", "2025-06-01", "--no-color", "--format", format,
                "protocols/examples");
        Path file = Path.of("src/test/resources/report", format, golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        }
        assertThat(out.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
