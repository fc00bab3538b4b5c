package org.secretomecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secretomecheck.check.CaseRunner;
import org.secretomecheck.profile.ProfileLoader;

/**
 * The rule book against the catalogue of {@code criteria.md}: every catalogue ID has a rule, in
 * catalogue order, and no rule has another ID; metadata is complete; every rule has a case that
 * fires and one that stays quiet.
 */
class CatalogueTest {

    static List<String[]> catalogue() {
        return Catalogue.entries().stream()
                .map(entry -> new String[] {entry.id(), String.valueOf(entry.group()), entry.title()}).toList();
    }

    @Test
    void everyCatalogueRuleIsImplementedAndNothingElse() throws Exception {
        List<String> ids = catalogue().stream().map(row -> row[0]).toList();
        assertThat(ids).hasSize(88);
        assertThat(catalogue().stream().filter(row -> row[1].equals("1"))).hasSize(47);
        assertThat(TestRules.book().ids()).containsExactlyElementsOf(ids);
    }

    /**
     * The checks the index lists are the numbered rows of each criterion's table in
     * {@code criteria.md} that report a finding (not "stop (no finding)"), and the bundled rules
     * implement exactly those.
     */
    @Test
    void theIndexListsEveryCheckThatReportsAFindingAndTheRulesImplementThem() throws Exception {
        java.util.Map<String, List<Integer>> documented = new java.util.LinkedHashMap<>();
        String id = null;
        for (String line : java.nio.file.Files.readAllLines(Path.of("docs/criteria.md"))) {
            java.util.regex.Matcher heading = java.util.regex.Pattern.compile("^#### ([A-Z]+-\\d+) ").matcher(line);
            if (heading.find()) {
                id = heading.group(1);
                documented.put(id, new java.util.ArrayList<>());
            } else if (id != null && line.matches("^\\| \\d+ \\|.*")) {
                String[] cells = line.substring(1).split("\\|");
                if (!List.of("—", "no finding").contains(cells[2].strip())) {
                    documented.get(id).add(Integer.valueOf(cells[0].strip()));
                }
            }
        }
        assertThat(documented.values().stream().mapToInt(List::size).sum()).isEqualTo(246);
        for (Catalogue.Entry entry : Catalogue.entries()) {
            assertThat(entry.checks()).as(entry.id()).isEqualTo(documented.get(entry.id()));
            assertThat(Catalogue.lacking(TestRules.book().rule(entry.id()))).as(entry.id()).isEmpty();
        }
        assertThat(Catalogue.missing(TestRules.book())).isEmpty();
    }

    @Test
    void everyRuleIdIsInTheCatalogueWithItsTitle() throws Exception {
        for (RuleInfo rule : TestRules.book().rules()) {
            String[] row = catalogue().stream().filter(r -> r[0].equals(rule.id())).findFirst().orElse(null);
            assertThat(row).as("catalogue entry for %s", rule.id()).isNotNull();
            assertThat(rule.title()).as("title of %s", rule.id()).isEqualTo(row[2]);
            assertThat(rule.sources()).as("sources of %s", rule.id()).isNotEmpty();
            assertThat(rule.checks()).allSatisfy(check -> assertThat(check.condition()).isNotBlank());
        }
    }

    @Test
    void everyRuleHasAFiringAndAQuietCase() throws Exception {
        CaseRunner runner = new CaseRunner(TestRules.book(), new ProfileLoader().loadDefault(), LocalDate.of(2025, 6, 1));
        Set<String> firing = new HashSet<>();
        Set<String> quiet = new HashSet<>();
        for (Path file : CaseRunner.caseFiles(RuleCasesTest.RULES)) {
            for (CaseRunner.Outcome outcome : runner.run(file, file.toString())) {
                (outcome.firing() ? firing : quiet).add(outcome.rule());
            }
        }
        for (String id : TestRules.book().ids()) {
            assertThat(firing).as("a firing case for %s", id).contains(id);
            assertThat(quiet).as("a quiet case for %s", id).contains(id);
        }
    }
}
