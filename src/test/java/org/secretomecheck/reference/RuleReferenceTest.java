package org.secretomecheck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.secretomecheck.profile.ProfileLoader;
import org.secretomecheck.rules.TestRules;

/**
 * The committed rule reference in {@code docs/rules/} is what the rules generate. When it fails,
 * regenerate it: {@code ./secretome-check rules --rules rules --format markdown --output-dir docs/rules}.
 */
class RuleReferenceTest {

    private static final Path DOCS = Path.of("docs/rules");

    @Test
    void committedReferenceIsCurrent() throws Exception {
        Map<String, String> pages = RuleReference.pages(TestRules.book(), new ProfileLoader().loadDefault());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DOCS);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Files.writeString(DOCS.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            assertThat(DOCS.resolve(page.getKey())).as("docs/rules/%s is stale: regenerate it", page.getKey())
                    .content(StandardCharsets.UTF_8).isEqualTo(page.getValue());
        }
        try (Stream<Path> files = Files.list(DOCS)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(pages.keySet());
        }
    }

    @Test
    void pagesCarryTitlesThresholdsAndSources() throws Exception {
        Map<String, String> pages = RuleReference.pages(TestRules.book(), new ProfileLoader().loadDefault());
        assertThat(pages).containsKeys("README.md", "SRC.md", "EXP.md");
        assertThat(pages.get("EXP.md")).contains("## EXP-01 · Passage at conditioning")
                .contains("`profile.expansion.max_passage` = `5`").contains("doi:10.1186/1471-2121-7-14");
    }
}
