package org.secretomecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
        Path file = Path.of("src/test/resources/report", format, golden);
        String report = report(format);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, report, StandardCharsets.UTF_8);
        }
        assertThat(report).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Reports do not follow the JVM's locale: digits, separators and case stay the same everywhere. */
    @ParameterizedTest
    @CsvSource({"ar-SA, text, examples.txt", "th-TH-u-nu-thai, text, examples.txt", "tr-TR, text, examples.txt",
        "de-DE, json, examples.json"})
    void reportIsTheSameInEveryLocale(String locale, String format, String golden) throws IOException {
        Locale before = Locale.getDefault();
        String report;
        try {
            Locale.setDefault(Locale.forLanguageTag(locale));
            report = report(format);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(report).isEqualTo(Files.readString(Path.of("src/test/resources/report", format, golden),
                StandardCharsets.UTF_8));
    }

    private static String report(String format) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        commandLine.execute("check", "--rules", "rules", "--as-of", "2025-06-01", "--no-color", "--format", format,
                "protocols/examples");
        return Goldens.normalised(out.toString());
    }
}
