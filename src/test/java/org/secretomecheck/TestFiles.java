package org.secretomecheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Files for tests. */
public final class TestFiles {

    private TestFiles() {}

    /** A copy of the bundled rules directory, DRL and case files, at {@code target}. */
    public static Path copyOfRules(Path target) throws IOException {
        Path rules = Path.of("rules");
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(rules.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
