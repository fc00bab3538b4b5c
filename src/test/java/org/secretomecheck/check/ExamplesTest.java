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

    /**
     * Findings of one rule at one pointer merge into one (criteria.md Section 3), whose message
     * names every deviation merged into it, with the severity of those less severe than the one
     * kept: a second absent field must not wait unseen for the next run.
     */
    @org.junit.jupiter.api.Test
    void aMergedFindingNamesEveryDeviationMergedIntoIt() throws Exception {
        Checker checker = new Checker(TestRules.book(), new ProfileLoader().loadDefault(), LocalDate.of(2025, 6, 1),
                InputLimits.DEFAULT);
        ProtocolResult deviations = checker.check(EXAMPLES.resolve("ev-bm-deviations.yaml"), "ev-bm-deviations.yaml");
        assertThat(message(deviations, "SRC-03", "/protocol/source")).isEqualTo("The anatomical site of the source"
                + " tissue (source.tissue_site) is not recorded. Also: The method used to isolate the MSC from the tissue"
                + " (source.isolation_method) is not recorded.");
        ProtocolResult minimal = checker.check(EXAMPLES.resolve("cm-ucmsc-minimal-design.yaml"), "minimal.yaml");
        assertThat(message(minimal, "CHR-07", "/protocol/release_testing")).as("a major kept, a minor merged into it")
                .startsWith("No cytokine and growth-factor assay is planned").contains(" Also (minor): Cytokine results are"
                        + " not normalized");
    }

    private static String message(ProtocolResult result, String ruleId, String pointer) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId) && f.location().pointer().equals(pointer))
                .map(Finding::message).findFirst().orElseThrow();
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
