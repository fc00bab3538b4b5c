package org.secretomecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.secretomecheck.check.CaseRunner;
import org.secretomecheck.profile.ProfileLoader;

/** Runs every case file beside the bundled rules: each case must give exactly its findings. */
class RuleCasesTest {

    static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicTest> everyCaseGivesExactlyItsFindings() throws Exception {
        CaseRunner runner = new CaseRunner(TestRules.book(), new ProfileLoader().loadDefault(), LocalDate.of(2025, 6, 1));
        List<Path> files = CaseRunner.caseFiles(RULES);
        assertThat(files).isNotEmpty();
        return files.stream().flatMap(file -> runner.run(file, RULES.relativize(file).toString()).stream())
                .map(outcome -> DynamicTest.dynamicTest(outcome.rule() + ": " + outcome.name(), () -> {
                    assertThat(outcome.problem()).as("problem running %s", outcome.file()).isNull();
                    assertThat(outcome.actual()).as("%s in %s", outcome.name(), outcome.file())
                            .containsExactlyInAnyOrderElementsOf(outcome.expected());
                }));
    }
}
