package org.secretomecheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.load.ReadResult;
import org.secretomecheck.load.YamlReader;
import org.secretomecheck.profile.ProfileLoader;
import org.secretomecheck.protocol.ProtocolDocument;
import org.secretomecheck.rules.TestRules;

/**
 * A fault of the tool itself while a readable file is checked (here: the positions of the
 * document fail on lookup) makes that file "not checked" with an internal problem, and the result
 * still names the file, its SHA-256 and its protocol ID, so that the report says which protocol
 * was not judged.
 */
class InternalFaultTest {

    private static final String FILE = "protocols/examples/ev-bm-deviations.yaml";

    @Test
    void aFaultWhileCheckingKeepsTheFileItsDigestAndItsId() throws Exception {
        Checker checker = new Checker(TestRules.book(), new ProfileLoader().loadDefault(), LocalDate.of(2025, 6, 1),
                InputLimits.DEFAULT);
        ReadResult read = new YamlReader().read(FILE, Files.readAllBytes(Path.of(FILE)));
        ProtocolDocument document = read.document();
        ReadResult faulty = new ReadResult(new ProtocolDocument(document.file(), document.root(), new FailingMap()),
                read.problems(), read.nonStringKeys());

        ProtocolResult result = checker.check(FILE, "0123abcd", faulty);

        assertThat(result.isChecked()).isFalse();
        assertThat(result.file()).isEqualTo(FILE);
        assertThat(result.sha256()).isEqualTo("0123abcd");
        assertThat(result.id()).isEqualTo("SEC-BM-EXO-007");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.INTERNAL);
            assertThat(problem.location().file()).isEqualTo(FILE);
            assertThat(problem.message()).startsWith("internal error while checking this file: ")
                    .contains("positions are broken").doesNotContain("\n");
        });
        assertThat(result.findings()).isEmpty();
    }

    /** Positions that fail on every lookup. */
    private static final class FailingMap extends AbstractMap<String, ProtocolDocument.Position> {
        @Override
        public ProtocolDocument.Position get(Object key) {
            throw new IllegalStateException("positions are broken");
        }

        @Override
        public Set<Map.Entry<String, ProtocolDocument.Position>> entrySet() {
            throw new IllegalStateException("positions are broken");
        }
    }
}
