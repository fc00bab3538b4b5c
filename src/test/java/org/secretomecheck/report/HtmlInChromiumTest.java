package org.secretomecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report opened in a real headless Chromium ({@code /usr/bin/chromium}, Debian's
 * package; {@code .ci/run} installs it): it renders to a non-blank screenshot, its DOM holds the
 * summary, the findings and their sources, and the browser logs no console error. Skipped when
 * Chromium is not installed.
 */
class HtmlInChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static Path work;
    private static Path page;

    @BeforeAll
    static void writeReport() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed (/usr/bin/chromium): skipping the browser test of the HTML report;"
                        + " apt-get install chromium to run it");
        work = Files.createTempDirectory("secretome-html-");
        page = work.resolve("report.html");
        StringWriter html = new StringWriter();
        new HtmlRenderer().render(ReportFixtures.examples(), html);
        Files.writeString(page, html.toString(), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Runs Chromium headless with a fresh profile and no network services; returns stdout and stderr. */
    private static String[] chromium(String... arguments) throws Exception {
        Path profile = Files.createTempDirectory(work, "profile-");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(arguments));
        command.add(page.toUri().toString());
        Path stdout = work.resolve("stdout-" + profile.getFileName());
        Path stderr = work.resolve("stderr-" + profile.getFileName());
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s");
        }
        return new String[] {Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8)};
    }

    @Test
    void rendersAScreenshotThatIsNotBlank() throws Exception {
        Path png = work.resolve("report.png");
        String[] output = chromium("--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars");
        assertThat(png).as("screenshot; Chromium said:%n%s", output[1]).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        // A white 1280x2000 page compresses to a few kB; text, tables and colour make far more.
        assertThat(bytes.length).as("PNG size").isGreaterThan(100_000);
        assertThat(consoleErrors(output[1])).isEmpty();
    }

    @Test
    void domHoldsTheSummaryFindingsAndSources() throws Exception {
        String[] output = chromium("--dump-dom");
        String dom = output[0];
        assertThat(dom).as("DOM; Chromium said:%n%s", output[1]).contains("id=\"summary\"", "id=\"summary-severity\"",
                "id=\"summary-sections\"", "<tr class=\"finding critical\"", "class=\"source\"", "doi:",
                "Waived findings", "id=\"sign-off\"");
        ProtocolResultsAssert.everyRuleIdIn(dom);
        assertThat(consoleErrors(output[1])).isEmpty();
    }

    /** Lines Chromium logs for the page's console or for a resource it failed to load. */
    private static List<String> consoleErrors(String stderr) {
        return stderr.lines().filter(line -> line.contains("CONSOLE") || line.contains("Uncaught")
                || line.contains("Failed to load resource") || line.contains("net::ERR_")).toList();
    }

    /** Every finding's rule ID is in the rendered DOM. */
    private static final class ProtocolResultsAssert {
        static void everyRuleIdIn(String dom) throws Exception {
            ReportFixtures.examples().protocols().forEach(p -> p.findings()
                    .forEach(f -> assertThat(dom).contains(">" + f.ruleId() + "<")));
        }
    }
}
