package org.secretomecheck.check.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;

/**
 * Inputs that once broke the fuzz property ({@code src/test/resources/fuzz-regressions/}, one file
 * per input; a name ending in {@code .tight.yaml} is read under {@link Fuzz#TIGHT} limits). Each must
 * satisfy the property again. A name ending in {@code .checked.yaml} is a valid protocol whose
 * findings broke the property, and must be checked; every other input must still be refused.
 */
class FuzzRegressionTest {

    private static final Path DIRECTORY = Path.of("src/test/resources/fuzz-regressions");

    @TestFactory
    Stream<DynamicTest> everyInputThatOnceBrokeTheCheckEndsInAResult() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(DIRECTORY)) {
            files = listed.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] content = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            Fuzz.get().verify(name, content, name.endsWith(".tight.yaml"));
            ProtocolResult result = Fuzz.get().checker.check(name, content);
            assertThat(result.isChecked()).as(name).isEqualTo(name.endsWith(".checked.yaml"));
            for (Problem problem : result.problems()) {
                assertThat(problem.message()).as(name).hasSizeLessThan(500);
            }
        }));
    }
}
