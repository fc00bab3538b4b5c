package org.secretomecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.secretomecheck.check.Checker;
import org.secretomecheck.check.ProtocolFiles;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.Severity;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.report.Format;
import org.secretomecheck.rules.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check PATH...}: checks protocol files and directories. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check protocol files (directories are searched recursively for *.yaml and *.yml).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:no open finding at or above --fail-on",
            "1:open findings at or above --fail-on",
            "2:a protocol could not be checked, or the command, rules or profile were wrong"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Setup setup;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Protocol files or directories.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "major",
            description = "Exit 1 when an open finding is at or above: critical, major or minor (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Check date for waivers (default: today), for reproducible re-runs.")
    String asOf;

    @Option(names = "--color", negatable = true, description = "Colour text output (default: only on a terminal).")
    Boolean color;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Format chosen = parseFormat(err);
        Severity threshold = parseThreshold(err);
        LocalDate checkDate = parseDate(err);
        if (chosen == null || threshold == null || checkDate == null) {
            return ExitCode.ERROR.code();
        }
        RuleBook book = setup.ruleBook(err);
        LoadedProfile profile = book == null ? null : setup.profile(err);
        if (profile == null) {
            return ExitCode.ERROR.code();
        }
        Report report = new Checker(book, profile, checkDate, InputLimits.DEFAULT).check(ProtocolFiles.expand(paths));
        write(report, chosen);
        if (report.notCheckedCount() > 0) {
            return ExitCode.ERROR.code();
        }
        return report.hasOpenFindingAtLeast(threshold) ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private void write(Report report, Format chosen) throws IOException {
        boolean colour = output == null && chosen == Format.TEXT
                && (color != null ? color : System.console() != null && System.getenv("NO_COLOR") == null);
        StringWriter text = new StringWriter();
        chosen.renderer(colour).render(report, text);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return;
        }
        Files.write(output, text.toString());
    }

    private Format parseFormat(PrintWriter err) {
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("secretome-check: unknown --format " + format + " (use text or json)");
            return null;
        }
    }

    private Severity parseThreshold(PrintWriter err) {
        if (List.of("critical", "major", "minor").contains(failOn)) {
            return Severity.of(failOn);
        }
        err.println("secretome-check: unknown --fail-on " + failOn + " (use critical, major or minor)");
        return null;
    }

    private LocalDate parseDate(PrintWriter err) {
        return asOf == null ? LocalDate.now() : Dates.runDate(asOf, err);
    }
}
