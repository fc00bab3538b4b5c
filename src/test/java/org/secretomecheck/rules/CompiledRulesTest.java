package org.secretomecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
        Path copy = org.secretomecheck.TestFiles.copyOfRules(temp.resolve("rules"));
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
    void theDiskCacheKeepsTheRuleSetsUsedLast() throws Exception {
        Path cache = Files.createDirectories(temp.resolve("cache"));
        System.setProperty("secretome-check.cache", cache.toString());
        for (int i = 0; i < CompiledRules.KEPT_ON_DISK + 2; i++) {
            Path old = Files.writeString(cache.resolve("old" + i + "-classes.kbase"), "not a rule set");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Path unrelated = Files.writeString(cache.resolve("notes.txt"), "kept");
        String sha256 = "e".repeat(64);
        try {
            CompiledRules.get(sha256, () -> CompiledRules.immutableBase(List.of()));
        } finally {
            CompiledRules.forget();
        }
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".kbase")))
                    .hasSize(CompiledRules.KEPT_ON_DISK)
                    .contains(sha256 + "-classes.kbase")
                    .doesNotContain("old0-classes.kbase", "old1-classes.kbase", "old2-classes.kbase")
                    .contains("old3-classes.kbase", "old9-classes.kbase");
        }
        assertThat(unrelated).exists();
    }

    @Test
    void aCacheEntryThatWasChangedOrThatOthersCouldWriteIsCompiledAgain() throws Exception {
        Path cache = Files.createDirectories(temp.resolve("cache"));
        System.setProperty("secretome-check.cache", cache.toString());
        String sha256 = "d".repeat(64);
        int[] compilations = {0};
        CompiledRules.Compiler compiler = () -> {
            compilations[0]++;
            return CompiledRules.immutableBase(List.of());
        };
        try {
            CompiledRules.get(sha256, compiler);
            CompiledRules.forget();
            CompiledRules.get(sha256, compiler);
            assertThat(compilations[0]).as("an intact entry is used").isEqualTo(1);
            Path entry;
            try (Stream<Path> files = Files.list(cache)) {
                entry = files.filter(f -> f.toString().endsWith(".kbase")).findFirst().orElseThrow();
            }
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length - 1] ^= 1;
            Files.write(entry, bytes);
            CompiledRules.forget();
            CompiledRules.get(sha256, compiler);
            assertThat(compilations[0]).as("a changed entry is compiled again").isEqualTo(2);
            assertThat(Files.readAllBytes(entry)).as("and replaced").isNotEqualTo(bytes);
            String other = "c".repeat(64);
            CompiledRules.get(other, compiler);
            assertThat(compilations[0]).isEqualTo(3);
            try (Stream<Path> files = Files.list(cache)) {
                Path otherEntry = files.filter(f -> f.getFileName().toString().startsWith(other)).findFirst().orElseThrow();
                Files.copy(otherEntry, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            CompiledRules.forget();
            CompiledRules.get(sha256, compiler);
            assertThat(compilations[0]).as("another rule set's entry under this one's name is compiled again").isEqualTo(4);
            org.junit.jupiter.api.Assumptions.assumeTrue(cache.getFileSystem().supportedFileAttributeViews().contains("posix"));
            Files.setPosixFilePermissions(entry, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
            CompiledRules.forget();
            CompiledRules.get(sha256, compiler);
            assertThat(compilations[0]).as("an entry that others could write is compiled again").isEqualTo(5);
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(entry)))
                    .isEqualTo("rw-------");
        } finally {
            CompiledRules.forget();
        }
    }

    /** A directory others may write is neither read nor written, and the run is told why. */
    @Test
    void aCacheDirectoryOthersCanWriteIsNotUsedAndSaysSo() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path cache = Files.createDirectories(temp.resolve("shared-cache"));
        Files.setPosixFilePermissions(cache, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        System.setProperty("secretome-check.cache", cache.toString());
        int[] compilations = {0};
        CompiledRules.Compiler compiler = () -> {
            compilations[0]++;
            return CompiledRules.immutableBase(List.of());
        };
        try {
            CompiledRules.get("e".repeat(64), compiler);
            CompiledRules.forget();
            CompiledRules.get("e".repeat(64), compiler);
            assertThat(compilations[0]).isEqualTo(2);
            try (Stream<Path> files = Files.list(cache)) {
                assertThat(files).as("nothing written where it is never read").isEmpty();
            }
            assertThat(RuleBook.cacheProblem()).contains(cache + " is not used, as others may write it");
            Path file = Files.writeString(temp.resolve("a-file"), "");
            System.setProperty("secretome-check.cache", file.toString());
            assertThat(RuleBook.cacheProblem()).contains(file + " is not a directory");
            System.setProperty("secretome-check.cache", temp.resolve("not-yet").toString());
            assertThat(RuleBook.cacheProblem()).as("made when first written").isNull();
        } finally {
            CompiledRules.forget();
        }
    }

    @Test
    void precompiledBundledRulesGiveTheSameReportAsCompilingThem() throws Exception {
        System.setProperty("secretome-check.cache", "off");
        CompiledRules.forget();
        RuleBook precompiled = RuleBook.load(Path.of("rules"));
        assertThat(CompiledRules.class.getResource("/rules-compiled/" + precompiled.sha256() + ".kbase"))
                .as("the build precompiles the bundled rules").isNotNull();
        assertThat(CompiledRules.fromResource(precompiled.sha256()))
                .as("the precompiled rules can be read (else every start would compile them, silently)").isNotNull();
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
