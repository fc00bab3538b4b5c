package org.secretomecheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * The shared examples against their exhaustive expected findings (default profile, checked as of
 * 2025-06-01), compared as sets of rule ID, severity, pointer and status, for the rules the rule
 * book implements.
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("protocols/examples");
    private static final Path EXPECTED = Path.of("src/test/resources/examples");

    @TestFactory
    Stream<DynamicTest> everyExampleGivesExactlyItsExpectedFindings() throws Exception {
        Checker checker = new Checker(TestRules.book(), new ProfileLoader().loadDefault(), LocalDate.of(2025, 6, 1),
                InputLimits.DEFAULT);
        Set<String> implemented = TestRules.book().ids();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.sorted().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                ProtocolResult result = checker.check(file, file.toString());
                assertThat(result.problems()).isEmpty();
                Set<String> actual = new TreeSet<>();
                for (Finding finding : result.findings()) {
                    actual.add(key(finding.ruleId(), finding.severity().label(), finding.location().pointer(), finding.status()));
                }
                assertThat(actual).containsExactlyInAnyOrderElementsOf(expected(file, implemented));
            })).toList().stream();
        }
    }

    private static Set<String> expected(Path example, Set<String> implemented) throws IOException {
        String name = example.getFileName().toString().replace(".yaml", ".expected.yaml");
        JsonNode list = new ObjectMapper(new YAMLFactory()).readTree(EXPECTED.resolve(name).toFile());
        Set<String> expected = new TreeSet<>();
        for (JsonNode finding : list) {
            if (implemented.contains(finding.path("ruleId").asText())) {
                expected.add(key(finding.path("ruleId").asText(), finding.path("severity").asText(),
                        finding.path("pointer").asText(), finding.path("status").asText()));
            }
        }
        return expected;
    }

    private static String key(String rule, String severity, String pointer, String status) {
        return rule + " " + severity + " " + pointer + " " + status;
    }
}
