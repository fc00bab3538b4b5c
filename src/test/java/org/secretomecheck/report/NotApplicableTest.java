package org.secretomecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.RuleDescription;
import org.secretomecheck.finding.SectionScore;

/**
 * Every report names the criteria that did not apply to a protocol, so that a pass is never read
 * as a check of criteria that were not evaluated: with the applicable ones they make up the rule
 * set, and the completeness score counts exactly the others.
 */
class NotApplicableTest {

    @TempDir
    Path temp;

    @Test
    void theCriteriaOutOfScopeAndTheApplicableOnesMakeUpTheRuleSet() throws Exception {
        Report report = TestReports.check("protocols/examples");
        List<String> ruleSet = report.ruleDescriptions().stream().map(RuleDescription::id).toList();
        for (ProtocolResult protocol : report.protocols()) {
            List<String> notApplicable = report.notApplicable(protocol);
            assertThat(notApplicable).as(protocol.file()).isNotEmpty().doesNotContainAnyElementsOf(protocol.applicableRules())
                    .noneMatch(id -> protocol.findings().stream().map(Finding::ruleId).anyMatch(id::equals));
            List<String> all = new ArrayList<>(protocol.applicableRules());
            all.addAll(notApplicable);
            assertThat(all).as(protocol.file()).containsExactlyInAnyOrderElementsOf(ruleSet);
            SectionScore score = protocol.completeness().get(protocol.completeness().size() - 1);
            assertThat(score.applicable() + notApplicable.size()).isEqualTo(ruleSet.size());
            assertThat(notApplicable).as("catalogue order").isSortedAccordingTo(
                    (a, b) -> Integer.compare(ruleSet.indexOf(a), ruleSet.indexOf(b)));
        }
    }

    @Test
    void aProtocolWithoutPrimingIsNotJudgedByThePrimingCriteriaAndTheReportsSaySo() throws Exception {
        Report report = TestReports.check("protocols/examples/ev-bm-hypoxia-compliant.yaml");
        ProtocolResult compliant = report.protocols().get(0);
        assertThat(report.notApplicable(compliant)).contains("PRI-02", "PRI-03", "PRI-04").doesNotContain("PRI-01");
        String list = "FMT-03, FMT-04, PRI-02, PRI-03, PRI-04, ISO-02, ISO-04, ISO-05, ISO-07, STO-04, CHR-07";
        assertThat(report.notApplicable(compliant)).isEqualTo(List.of(list.split(", ")));
        assertThat(render(Format.TEXT, report)).contains("\n  not applicable (out of scope): " + list + "\n");
        assertThat(render(Format.MARKDOWN, report)).contains(" Not applicable (out of scope): " + list + ".\n");
        assertThat(render(Format.HTML, report)).as("each ID with its comma: no line starts with one")
                .contains("or a process step it does not use): <span class=\"nowrap\">FMT-03,</span> "
                + "<span class=\"nowrap\">FMT-04,</span> ").contains("<span class=\"nowrap\">CHR-07.</span></p>");
        assertThat(render(Format.JUNIT, report))
                .contains("<property name=\"criteria.notApplicable\" value=\"" + list.replace(", ", ",") + "\"/>");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(render(Format.JSON, report)).at("/protocols/0/notApplicable").toString())
                .isEqualTo(json.writeValueAsString(list.split(", ")));
        assertThat(json.readTree(render(Format.SARIF, report)).at("/runs/0/artifacts/0/properties/notApplicable").toString())
                .isEqualTo(json.writeValueAsString(list.split(", ")));
    }

    private static String render(Format format, Report report) throws Exception {
        return new String(format.render(report), StandardCharsets.UTF_8);
    }

    @Test
    void aProtocolThatWasNotCheckedHasNoCriteriaOutOfScope() throws Exception {
        Report report = TestReports.check(TestReports.batchWithBrokenFile(temp).toString());
        ProtocolResult broken = report.protocols().get(1);
        assertThat(broken.isChecked()).isFalse();
        assertThat(report.notApplicable(broken)).isEmpty();
    }
}
