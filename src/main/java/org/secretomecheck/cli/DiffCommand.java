package org.secretomecheck.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.secretomecheck.change.DiffFormat;
import org.secretomecheck.change.ProtocolDiff;
import org.secretomecheck.change.ProtocolVersion;
import org.secretomecheck.check.Checker;
import org.secretomecheck.check.ProtocolFiles;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Severity;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.rules.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff OLD NEW}: the change-control view of two versions of a protocol. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two versions of a protocol: every added, removed or changed value (by JSON Pointer, "
                + "with its line in each file) and the findings that are new, resolved or unchanged.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:the new version introduces no open finding at or above --fail-on",
            "1:the new version introduces an open finding at or above --fail-on",
            "2:a version could not be checked, or the command, rules, profile or a waiver file were wrong, or the output"
                    + " could not be written",
            "129:hung up (SIGHUP)",
            "130:interrupted (Ctrl-C)",
            "143:terminated (SIGTERM)"})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Setup setup;

    @Mixin
    WaiverFiles waiverFiles;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old version of the protocol (- for standard input).")
    String before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new version of the protocol (- for standard input).")
    String after;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format: text, json or html (default: the extension of --output, .json or .html, else text).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = PathArguments.FileToWrite.class, description = "Write the diff to FILE instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "major", converter = Commands.FailOn.class,
            description = "Exit 1 when the new version introduces an open finding at or above: critical, major or "
                    + "minor (default: ${DEFAULT-VALUE}).")
    Severity failOn;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Dates.Day.class,
            description = "Check date: waivers expire by it and rules read it (Context.checkDate); default: today.")
    LocalDate asOf;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (before.equals(ProtocolFiles.STANDARD_INPUT) && after.equals(ProtocolFiles.STANDARD_INPUT)) {
            throw Commands.usage(spec, "standard input (-) can be only one of the two versions");
        }
        String label = format != null ? format
                : Commands.impliedFormat(output, Arrays.stream(DiffFormat.values()).map(DiffFormat::label).toList(), spec);
        DiffFormat chosen = DiffFormat.of(label).orElse(null);
        if (chosen == null) {
            throw Commands.usage(spec, "unknown --format " + label + " (use "
                    + Arrays.stream(DiffFormat.values()).map(DiffFormat::label).collect(Collectors.joining(", ")) + ")");
        }
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
        ProtocolVersion old = load(checker, before);
        ProtocolVersion now = load(checker, after);
        if (!old.isChecked() || !now.isChecked()) {
            for (ProtocolVersion version : List.of(old, now)) {
                Commands.printProblems(version.result(), err);
            }
            return ExitCode.ERROR.code();
        }
        ProtocolDiff diff = ProtocolDiff.of(checker.report(List.of()), failOn, old, now);
        if (diff.warning() != null) {
            err.println("secretome-check: warning: " + diff.warning());
        }
        List<Path> inputs = new java.util.ArrayList<>();
        for (String version : List.of(before, after)) {
            inputs.add(version.equals(ProtocolFiles.STANDARD_INPUT) ? ProtocolFiles.STANDARD_INPUT_FILE : Path.of(version));
        }
        inputs.addAll(waiverFiles.files);
        inputs.addAll(setup.inputs());
        if (Commands.overwritesAnInput(output != null ? List.of(output) : Commands.standardOutputIfAFile(), inputs, "", err)) {
            return ExitCode.ERROR.code();
        }
        if (!Commands.write(spec, output, chosen.render(diff))) {
            return ExitCode.ERROR.code();
        }
        return diff.fails() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private static ProtocolVersion load(Checker checker, String argument) {
        if (argument.equals(ProtocolFiles.STANDARD_INPUT)) {
            return ProtocolVersion.load(checker, InputLimits.DEFAULT, null, ProtocolFiles.STANDARD_INPUT_NAME);
        }
        if (argument.indexOf(ProtocolFiles.UNDECODABLE) >= 0) {
            return failed(argument, ProtocolFiles.UNDECODABLE_BYTES + ": opened by that name, another file could answer; give the file a UTF-8 name, or pass it on standard input"
                    + " as - (diff - NEW < FILE, or diff OLD - < FILE)");
        }
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            return failed(argument, "not a valid path: " + e.getReason());
        }
        if (java.nio.file.Files.isDirectory(path)) {
            return failed(argument, "a directory; diff compares two protocol files");
        }
        if (!java.nio.file.Files.exists(path)) {
            return failed(argument, "no such file");
        }
        return ProtocolVersion.load(checker, InputLimits.DEFAULT, path, argument);
    }

    private static ProtocolVersion failed(String argument, String message) {
        return new ProtocolVersion(ProtocolResult.notChecked(argument, "", null,
                List.of(new Problem(Problem.Kind.UNREADABLE, Location.ofFile(argument), message))), null);
    }
}
