package org.secretomecheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.profile.ProfileLoader;
import org.secretomecheck.rules.TestRules;

/**
 * Protocols written by reviewers from the catalogue alone, with the findings they derived by hand
 * ({@code src/test/resources/independent/}). Each expected file names in its first line the
 * sections it covers ({@code # sections: CLR ISO}); findings of those sections must match exactly
 * (default profile, checked as of 2025-06-01).
 */
class IndependentProtocolsTest {

    private static final Path DIRECTORY = Path.of("src/test/resources/independent");

    @TestFactory
    Stream<DynamicTest> everyProtocolGivesTheFindingsDerivedFromTheCatalogue() throws Exception {
        Checker checker = new Checker(TestRules.book(), new ProfileLoader().loadDefault(), LocalDate.of(2025, 6, 1),
                InputLimits.DEFAULT);
        List<Path> protocols;
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            protocols = files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().endsWith(".expected.yaml"))
                    .sorted().toList();
        }
        return protocols.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Path expectedFile = Path.of(file.toString().replace(".yaml", ".expected.yaml"));
            List<String> sections = sections(expectedFile);
            ProtocolResult result = checker.check(file, file.getFileName().toString());
            assertThat(result.problems()).isEmpty();
            Set<String> actual = new TreeSet<>();
            for (Finding finding : result.findings()) {
                if (sections.contains(prefix(finding.ruleId()))) {
                    actual.add(finding.ruleId() + " " + finding.severity().label() + " " + finding.location().pointer()
                            + " " + finding.status());
                }
            }
            assertThat(actual).containsExactlyInAnyOrderElementsOf(expected(expectedFile, sections));
        }));
    }

    private static String prefix(String ruleId) {
        return ruleId.substring(0, ruleId.lastIndexOf('-'));
    }

    private static List<String> sections(Path expected) throws IOException {
        String first = Files.readAllLines(expected).get(0);
        assertThat(first).as("first line of %s", expected).startsWith("# sections:");
        return List.of(first.substring("# sections:".length()).trim().split("[\\s,]+"));
    }

    private static Set<String> expected(Path file, List<String> sections) throws IOException {
        JsonNode list = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        Set<String> expected = new TreeSet<>();
        if (list != null) {
            for (JsonNode finding : list) {
                String rule = finding.path("ruleId").asText();
                assertThat(sections).as("%s lists %s outside its sections", file, rule).contains(prefix(rule));
                expected.add(rule + " " + finding.path("severity").asText() + " " + finding.path("pointer").asText() + " "
                        + finding.path("status").asText());
            }
        }
        return expected;
    }
}
