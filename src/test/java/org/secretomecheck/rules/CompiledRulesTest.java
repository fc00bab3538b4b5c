package org.secretomecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretomecheck.check.Checker;
import org.secretomecheck.check.ProtocolFiles;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.profile.ProfileLoader;
import org.secretomecheck.report.JsonRenderer;

/**
 * Compiled rule sets from the caches (disk, and the precompiled bundled rules on the class path)
 * give byte-identical reports to rules compiled from DRL.
 */
class CompiledRulesTest {

    @TempDir
    Path temp;

    @AfterEach
    void resetCache() {
        System.clearProperty("secretome-check.cache");
    }

    private static String report(RuleBook book) throws Exception {
        Checker checker = new Checker(book, new ProfileLoader().loadDefault(), LocalDate.of(2025, 6, 1), InputLimits.DEFAULT);
        StringWriter out = new StringWriter();
        new JsonRenderer().render(checker.check(ProtocolFiles.expand(List.of("protocols/examples"))), out);
        return out.toString();
    }

    private Path copyOfRules(String marker) throws IOException {
        Path copy = temp.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(Path.of("rules").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(copy.resolve("src/src.drl"), Files.readString(copy.resolve("src/src.drl")) + "\n// " + marker + "\n");
        return copy;
    }

    @Test
    void rulesFromTheDiskCacheGiveTheSameReport() throws Exception {
        Path cache = temp.resolve("cache");
        System.setProperty("secretome-check.cache", cache.toString());
        Path rules = copyOfRules("disk cache test");
        RuleBook compiled = RuleBook.load(rules);
        String fromDrl = report(compiled);
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString()
                    .startsWith(compiled.sha256()).endsWith(".kbase");
        }
        CompiledRules.forget();
        RuleBook cached = RuleBook.load(rules);
        assertThat(cached.kieBase()).isNotSameAs(compiled.kieBase());
        assertThat(report(cached)).isEqualTo(fromDrl);
    }

    @Test
    void precompiledBundledRulesGiveTheSameReportAsCompilingThem() throws Exception {
        System.setProperty("secretome-check.cache", "off");
        CompiledRules.forget();
        RuleBook precompiled = RuleBook.load(Path.of("rules"));
        assertThat(CompiledRules.class.getResource("/rules-compiled/" + precompiled.sha256() + ".kbase"))
                .as("the build precompiles the bundled rules").isNotNull();
        String fromResource = report(precompiled);
        CompiledRules.forget();
        RuleBook compiled = new RuleBookCompiledFromDrl().load(Path.of("rules"));
        assertThat(report(compiled)).isEqualTo(fromResource);
    }

    /** Compiles DRL even when a compiled form exists, for the comparison. */
    private static final class RuleBookCompiledFromDrl {
        RuleBook load(Path directory) throws RuleBookException {
            return RuleBook.compileFromDrl(directory);
        }
    }
}
