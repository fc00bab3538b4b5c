package org.secretomecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one order in which files are listed and rules hashed, whatever the platform's own path order. */
class PathOrderTest {

    @Test
    void pathsAreOrderedByTheirSlashSeparatedTextCharacterByCharacterCaseIncluded(@TempDir Path temp) throws Exception {
        // Paths of a zip file system: any name can be written there, whatever the machine's locale.
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + temp.resolve("names.zip").toUri()),
                Map.of("create", "true"))) {
            List<String> names = Stream.of("\uD83D\uDE00.yaml", "\uFF21.yaml", "b.yaml", "aB/x.yaml", "a/x.yaml", "a.yaml",
                    "a-b/x.yaml", "B.yaml").map(zip::getPath).sorted(RuleBook.pathOrder()).map(Path::toString).toList();
            // Capitals before small letters; "-" and "." before "/"; U+FF21 before U+1F600, as in UTF-8
            // (compared as UTF-16 text, the emoji's surrogates would come first).
            assertThat(names).containsExactly("B.yaml", "a-b/x.yaml", "a.yaml", "a/x.yaml", "aB/x.yaml", "b.yaml",
                    "\uFF21.yaml", "\uD83D\uDE00.yaml");
        }
    }
}
