package org.secretomecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.secretomecheck.check.CaseRunner;
import org.secretomecheck.check.Checker;
import org.secretomecheck.check.Verification;
import org.secretomecheck.finding.Suggestions;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.reference.Html;
import org.secretomecheck.reference.TraceabilityMatrix;
import org.secretomecheck.rules.RuleBook;
import org.secretomecheck.rules.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verify}: runs every rule's case files and writes the traceability matrix. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Run the case files of every rule in use, print pass/fail per case and write the traceability"
                + " matrix (Markdown and HTML): the evidence for validating the rule set.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every criterion is implemented and all its cases pass",
            "1:a case failed, or a criterion lacks a rule or a firing or quiet case",
            "2:the command, rules or profile were wrong, the matrix could not be written, or a rule did not"
                    + " return within 60 s",
            "129:hung up (SIGHUP); the run did not finish",
            "130:interrupted (Ctrl-C); the run did not finish",
            "143:terminated (SIGTERM); the run did not finish"})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Setup setup;

    @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = "verification",
            description = "Where to write traceability.md and traceability.html (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Dates.Day.class,
            description = "Date of the run printed in the matrix (default: today, or SOURCE_DATE_EPOCH when set).")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleBook book = setup.printsIntoAnInput(err) ? null : setup.ruleBook(err);
        LoadedProfile profile = book == null ? null : setup.profile(err);
        LocalDate runDate = book == null ? null : Dates.runDate(date, err);
        if (profile == null || runDate == null || Commands.notADirectory(outputDir, err)) {
            return ExitCode.ERROR.code();
        }
        Verification verification = Verification.run(book, profile, book.directories());
        for (CaseRunner.Outcome outcome : verification.outcomes()) {
            out.printf(Locale.ROOT, "%s  %-8s %s (%s)\n", outcome.passed() ? "PASS" : "FAIL", outcome.rule(), outcome.name(), outcome.file());
            if (outcome.name().equals(CaseRunner.FILE) || outcome.problem() != null) {
                out.printf(Locale.ROOT, "      %s\n", outcome.problem()); // the case could not be run: nothing was compared
            } else if (!outcome.passed()) {
                out.printf(Locale.ROOT, "      expected %s; %s\n", outcome.expected().isEmpty() ? "none" : String.join("; ", outcome.expected()),
                        TraceabilityMatrix.failure(outcome));
            }
        }
        // a criterion that fails for more than its failed cases, which the lines above show
        verification.rows().stream().filter(row -> !row.passed() && !row.result().equals("FAIL"))
                .forEach(row -> out.printf(Locale.ROOT, "FAIL  %-8s %s%s\n", row.id(), row.result(),
                        row.title().equals(Verification.UNKNOWN_RULE) ? unknownRule(row.id(), book) : ""));
        for (String file : verification.notRun()) {
            out.printf(Locale.ROOT, "FAIL  %s: not run; case files are read only directly in a cases directory, named .yaml or"
                    + " .yml (lower case): rename or move it\n", file);
        }
        String markdown = TraceabilityMatrix.markdown(verification, book, profile, Checker.TOOL, book.source(), runDate);
        if (!Commands.writeInto(outputDir, List.of(Map.entry("traceability.md", markdown),
                Map.entry("traceability.html", Html.page("Traceability matrix", markdown))), err)) {
            return ExitCode.ERROR.code();
        }
        out.printf(Locale.ROOT, "\nProfile: %s %s (%s), sha256 %s\n", profile.name(), profile.profile().getVersion(), profile.source(),
                profile.sha256());
        out.printf(Locale.ROOT, "Rule set: %s, sha256 %s; %d case files, sha256 %s\n", book.source(), book.sha256(),
                verification.caseFiles(), verification.casesSha256());
        long unverified = verification.rows().stream().filter(row -> !row.passed()).count();
        out.printf(Locale.ROOT, "%s; %d criteria, %s; matrix written to %s\n", verification.casesInWords(), verification.rows().size(),
                verification.passed() ? "all verified" : "NOT all verified" + (unverified == 0 ? "" : " (" + unverified + " not: "
                        + "see the FAIL lines)"), outputDir.resolve("traceability.md"));
        out.flush();
        return verification.passed() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }

    /** Why a rule ID that only a case file names fails, and the ID meant, if one is close. */
    private static String unknownRule(String id, RuleBook book) {
        List<String> ids = book.rules().stream().map(RuleInfo::id).toList();
        String closest = Suggestions.closestRuleId(id, ids);
        return ": a case file names this rule, but no rule of the rule set has its ID"
                + (closest == null ? "" : "; did you mean " + closest + "?");
    }
}
