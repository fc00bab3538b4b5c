package org.secretomecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.load.ReadResult;
import org.secretomecheck.load.YamlReader;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.profile.ProfileLoader;
import org.secretomecheck.protocol.LoadedProtocol;
import org.secretomecheck.validate.ProtocolValidator;

/**
 * A Judge reuses its Drools sessions: a reused session must judge exactly as a new one, and the
 * sessions a Judge keeps must not outlive it.
 */
class JudgeTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    @Test
    void aReusedSessionJudgesLikeANewOne() throws Exception {
        RuleBook book = RuleBook.bundled();
        LoadedProfile profile = new ProfileLoader().loadDefault();
        List<LoadedProtocol> protocols = protocols(book);
        assertThat(protocols).hasSizeGreaterThan(40);

        Judge reusing = new Judge(book);
        List<List<Finding>> inSequence = new ArrayList<>();
        for (LoadedProtocol protocol : protocols) {
            inSequence.add(reusing.judge(protocol, profile, AS_OF, findings -> findings));
        }
        // Backwards as well, so that each session follows a different protocol than before.
        for (int i = protocols.size() - 1; i >= 0; i--) {
            assertThat(reusing.judge(protocols.get(i), profile, AS_OF, findings -> findings)).isEqualTo(inSequence.get(i));
        }
        for (int i = 0; i < protocols.size(); i++) {
            List<Finding> fresh = new Judge(book).judge(protocols.get(i), profile, AS_OF, findings -> findings);
            assertThat(inSequence.get(i)).as(protocols.get(i).document().file()).isEqualTo(fresh);
        }
        // The knowledge base lives as long as the process; it must not hold the sessions Judges keep.
        assertThat(book.kieBase().getKieSessions()).isEmpty();
    }

    private static List<LoadedProtocol> protocols(RuleBook book) throws Exception {
        ProtocolValidator validator = new ProtocolValidator(book.ids());
        YamlReader reader = new YamlReader();
        List<LoadedProtocol> protocols = new ArrayList<>();
        for (String directory : List.of("protocols/examples", "src/test/resources/independent")) {
            try (Stream<Path> files = Files.list(Path.of(directory))) {
                for (Path file : files.sorted().filter(f -> !f.toString().endsWith(".expected.yaml")).toList()) {
                    ReadResult read = reader.read(file.toString(), Files.readAllBytes(file));
                    if (read.isReadable()) {
                        LoadedProtocol loaded = validator.validate(read.document(), read.nonStringKeys()).protocol();
                        if (loaded != null) {
                            protocols.add(loaded);
                        }
                    }
                }
            }
        }
        return protocols;
    }
}
