package org.secretomecheck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.secretomecheck.check.Checker;
import org.secretomecheck.check.ProtocolFiles;
import org.secretomecheck.finding.Report;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.profile.ProfileLoader;
import org.secretomecheck.rules.TestRules;

/** Reports made as the command line makes them, with a fixed check date and a fixed generation time. */
final class TestReports {

    /** The check date of every test report. */
    static final LocalDate CHECK_DATE = LocalDate.parse("2025-06-01");

    /** The generation time of every test report (what SOURCE_DATE_EPOCH=1748779200 gives). */
    static final Instant GENERATED_AT = Instant.parse("2025-06-01T12:00:00Z");

    static final String COMPLIANT = "protocols/examples/ev-bm-hypoxia-compliant.yaml";
    static final String DEVIATING = "protocols/examples/ev-bm-deviations.yaml";

    /** A protocol file that is not YAML: a structural problem, so the file is not checked. */
    static final String BROKEN = "format: secretome-protocol/1\nprotocol: {id: X, stage: design\n";

    private TestReports() {}

    /** The report of {@code paths} (files or directories, as on the command line). */
    static Report check(String... paths) throws Exception {
        return new Checker(TestRules.book(), new ProfileLoader().loadDefault(), CHECK_DATE, InputLimits.DEFAULT)
                .check(ProtocolFiles.expand(List.of(paths))).generatedAt(GENERATED_AT);
    }

    /** A directory in {@code temp} with a compliant protocol, a broken one and a deviating one. */
    static Path batchWithBrokenFile(Path temp) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("batch"));
        Files.copy(Path.of("protocols/examples/ev-bm-hypoxia-compliant.yaml"), dir.resolve("a-good.yaml"));
        Files.writeString(dir.resolve("b-broken.yaml"), BROKEN, StandardCharsets.UTF_8);
        Files.copy(Path.of("protocols/examples/ev-bm-deviations.yaml"), dir.resolve("c deviating.yml"));
        return dir;
    }
}
