package org.secretomecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.secretomecheck.change.ComparisonFormat;
import org.secretomecheck.change.ComparisonMatrix;
import org.secretomecheck.check.Checker;
import org.secretomecheck.check.ProtocolFiles;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.rules.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare PATH...}: the key parameters of several protocols side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Show the key parameters of protocols side by side (directories are searched recursively for "
                + "*.yaml and *.yml): rows whose values differ and values outside the profile are marked.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every protocol was checked and compared",
            "2:a protocol could not be checked (the others are still compared), or the command, rules, profile or a "
                    + "waiver file were wrong, or the output could not be written",
            "129:hung up (SIGHUP)",
            "130:interrupted (Ctrl-C)",
            "143:terminated (SIGTERM)"})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Setup setup;

    @Mixin
    WaiverFiles waiverFiles;

    @Mixin
    Excludes excludes;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Protocol files or directories; - reads one protocol from standard input.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format: text, csv or html (default: the extension of --output, .csv or .html, else text).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = PathArguments.FileToWrite.class,
            description = "Write the comparison to FILE instead of stdout.")
    Path output;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Dates.Day.class,
            description = "Check date: waivers expire by it and rules read it (Context.checkDate); default: today.")
    LocalDate asOf;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Check N files at a time, 1 to 1024 (default: the number of processors). Columns keep the input order.")
    Integer jobs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String label = format != null ? format
                : Commands.impliedFormat(output, Arrays.stream(ComparisonFormat.values()).map(ComparisonFormat::label).toList(), spec);
        ComparisonFormat chosen = ComparisonFormat.of(label).orElse(null);
        if (chosen == null) {
            throw Commands.usage(spec, "unknown --format " + label + " (use " + Arrays.stream(ComparisonFormat.values())
                    .map(ComparisonFormat::label).collect(Collectors.joining(", ")) + ")");
        }
        int threads = Commands.threads(jobs, spec);
        List<PathMatcher> excluded = excludes.matchers(); // a usage error, before the rules are read
        LocalDate checkDate = asOf == null ? LocalDate.now() : asOf; // as check takes it: SOURCE_DATE_EPOCH dates a report, not a check
        RuleBook book = setup.completeRuleBook(err);
        LoadedProfile profile = book == null ? null : setup.profile(err);
        if (profile == null) {
            return ExitCode.ERROR.code();
        }
        Checker checker = waiverFiles.apply(new Checker(book, profile, checkDate, InputLimits.DEFAULT), err);
        if (checker == null) {
            return ExitCode.ERROR.code();
        }
        List<ProtocolResult> results = new ArrayList<>();
        List<ProtocolFiles.Entry> files = ProtocolFiles.expand(paths, excluded, Commands.readByTheRun(waiverFiles, setup, null),
                note -> err.println("secretome-check: note: " + note));
        excludes.noteUnused(err);
        List<Path> inputs = new ArrayList<>();
        inputs.addAll(waiverFiles.files);
        inputs.addAll(ProtocolFiles.read(files));
        inputs.addAll(setup.inputs());
        if (Commands.overwritesAnInput(output != null ? List.of(output) : Commands.standardOutputIfAFile(), inputs, "", err)) {
            return ExitCode.ERROR.code();
        }
        checker.check(files, threads, results::add);
        results.forEach(result -> Commands.printProblems(result, err));
        ComparisonMatrix matrix = ComparisonMatrix.of(checker.report(results));
        if (!Commands.write(spec, output, chosen.render(matrix))) {
            return ExitCode.ERROR.code();
        }
        return matrix.notChecked().isEmpty() ? ExitCode.OK.code() : ExitCode.ERROR.code();
    }
}
