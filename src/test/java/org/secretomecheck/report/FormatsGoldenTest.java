package org.secretomecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.secretomecheck.finding.Report;

/**
 * The SARIF, JUnit XML and Markdown reports of the example protocols against their golden files
 * in {@code src/test/resources/report/<format>/examples.<ext>}, made with a fixed check date and a
 * fixed {@code generatedAt}. To accept an intended change, run the tests with
 * {@code -Dgolden.update=true} and review the diff.
 */
class FormatsGoldenTest {

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"SARIF", "JUNIT", "MARKDOWN"})
    void reportMatchesItsGoldenFile(Format format) throws Exception {
        String rendered = Goldens.normalised(new String(format.render(TestReports.check("protocols/examples")),
                java.nio.charset.StandardCharsets.UTF_8));
        Path file = Path.of("src/test/resources/report", format.label(), "examples." + format.extension());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, rendered, java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(rendered).isEqualTo(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Two separate checks of the same files give byte-identical reports, in every format. */
    @Test
    void sameInputsGiveTheSameBytesInEveryFormat() throws Exception {
        Report first = TestReports.check("protocols/examples");
        Report second = TestReports.check("protocols/examples");
        for (Format format : Format.values()) {
            byte[] a = format.render(first);
            byte[] b = format.render(second);
            assertThat(a).as(format.label()).isNotEmpty().isEqualTo(b);
            assertThat(format.render(first)).as(format.label() + " rendered twice").isEqualTo(a);
        }
    }

    /** Only generatedAt moves the timestamps: another instant changes SARIF and JUnit XML, nothing else. */
    @Test
    void generatedAtIsTheOnlyClock() throws Exception {
        Report report = TestReports.check("protocols/examples/ev-bm-deviations.yaml");
        Report later = report.generatedAt(TestReports.GENERATED_AT.plusSeconds(3600));
        assertThat(new String(Format.SARIF.render(later), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"endTimeUtc\" : \"2025-06-01T13:00:00Z\"");
        assertThat(new String(Format.JUNIT.render(later), java.nio.charset.StandardCharsets.UTF_8))
                .contains("timestamp=\"2025-06-01T13:00:00\"");
        assertThat(Format.MARKDOWN.render(later)).isEqualTo(Format.MARKDOWN.render(report));
    }
}
