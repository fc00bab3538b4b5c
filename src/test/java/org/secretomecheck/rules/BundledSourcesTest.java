package org.secretomecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packed tool reads its bundled rules straight from the jar; it must read exactly the files,
 * paths and order that a walk of the {@code rules/} directory gives (the SHA-256 of the rule set,
 * and so the precompiled rules, depend on them).
 */
class BundledSourcesTest {

    @TempDir
    Path temp;

    @Test
    void rulesReadFromAJarAreThoseOfTheDirectory() throws Exception {
        Path jar = temp.resolve("tool.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> walk = Files.walk(Path.of("rules"))) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(path.toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        List<DrlSource> fromJar = BundledSources.fromJar(new URL("jar:" + jar.toUri() + "!/rules/README.md"));
        List<DrlSource> fromDirectory = RuleBook.read(Path.of("rules"), "");

        assertThat(fromJar).hasSizeGreaterThanOrEqualTo(16).isEqualTo(fromDirectory);
        assertThat(BundledSources.fromJar(Path.of("rules/README.md").toUri().toURL())).isNull();
    }
}
