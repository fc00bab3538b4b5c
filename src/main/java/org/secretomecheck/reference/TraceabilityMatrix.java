package org.secretomecheck.reference;

import java.time.LocalDate;
import org.secretomecheck.check.CaseRunner;
import org.secretomecheck.check.Verification;
import org.secretomecheck.finding.Report;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.rules.RuleBook;

/**
 * The traceability matrix of a verification run, criterion → rule → cases → result, as Markdown
 * (and, through {@link Html}, as HTML): the evidence for validating the rule set (GAMP 5 style).
 */
public final class TraceabilityMatrix {

    private TraceabilityMatrix() {}

    /** The matrix as Markdown. */
    public static String markdown(Verification verification, RuleBook book, LoadedProfile profile, Report.Tool tool,
            String rulesSource, LocalDate date) {
        StringBuilder md = new StringBuilder();
        md.append("# Traceability matrix\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Tool | ").append(tool.label()).append(" |\n");
        md.append("| Rule set | ").append(Markdown.cell(rulesSource)).append(" |\n");
        md.append("| Rule set SHA-256 | ").append(Markdown.code(book.sha256())).append(" |\n");
        md.append("| Profile | ").append(Markdown.cell(profile.name() + " " + profile.profile().getVersion()
                + ("default".equals(profile.source()) ? " (bundled default)" : " (" + profile.source() + ")"))).append(" |\n");
        md.append("| Profile SHA-256 | ").append(Markdown.code(profile.sha256())).append(" |\n");
        md.append("| Date of the run | ").append(date).append(" |\n");
        md.append("| Case files | ").append(verification.caseFiles()).append(" |\n");
        md.append("| Case files SHA-256 | ").append(Markdown.code(verification.casesSha256())).append(" |\n");
        if (!verification.notRun().isEmpty()) {
            md.append("| YAML files in cases directories not run (case files lie directly in cases/, named .yaml or .yml) | **")
                    .append(Markdown.cell(String.join(", ", verification.notRun()))).append("** |\n");
        }
        md.append("| Cases judged as of | ").append(Verification.CASE_DATE).append(" |\n");
        md.append("| Criteria | ").append(verification.rows().size()).append(", ")
                .append(verification.rows().stream().filter(Verification.Row::passed).count()).append(" passed |\n");
        md.append("| Cases | ").append(verification.casesInWords()).append(" |\n");
        md.append("| Result | **").append(verification.passed() ? "PASS" : "FAIL").append("** |\n\n");
        md.append("## Criteria\n\n");
        md.append("| Criterion | Title | Rule (DRL file) | DRL rules | Cases: firing / quiet | Result |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Verification.Row row : verification.rows()) {
            long firing = row.cases().stream().filter(CaseRunner.Outcome::firing).count();
            md.append("| ").append(row.id()).append(" | ").append(Markdown.cell(row.title())).append(" | ")
                    .append(row.rule() == null ? "—" : Markdown.code(row.rule().file())).append(" | ")
                    .append(row.rule() == null ? "—" : String.valueOf(row.rule().checks().size())).append(" | ")
                    .append(firing).append(" / ").append(row.cases().stream().filter(CaseRunner.Outcome::quiet).count()).append(" | ")
                    .append(row.passed() ? row.result() : "**" + row.result() + "**").append(" |\n");
        }
        md.append("\n## Cases\n");
        for (Verification.Row row : verification.rows()) {
            if (row.cases().isEmpty()) {
                continue;
            }
            md.append("\n### ").append(row.id()).append("\n\n| Case | File | Expected findings | Result |\n|---|---|---|---|\n");
            for (CaseRunner.Outcome outcome : row.cases()) {
                md.append("| ").append(Markdown.cell(outcome.name())).append(" | ").append(Markdown.code(outcome.file()))
                        .append(" | ").append(outcome.expected().isEmpty() ? "none"
                                : Markdown.cell(String.join("; ", outcome.expected())))
                        .append(" | ").append(outcome.passed() ? "PASS" : "**FAIL**: " + Markdown.cell(failure(outcome)))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    /** Why a case failed, in one line. */
    public static String failure(CaseRunner.Outcome outcome) {
        if (outcome.problem() != null) {
            return outcome.problem();
        }
        return "got " + (outcome.actual().isEmpty() ? "none" : String.join("; ", outcome.actual()));
    }
}
