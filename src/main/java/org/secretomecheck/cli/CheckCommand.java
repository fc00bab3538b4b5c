package org.secretomecheck.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.secretomecheck.check.Baseline;
import org.secretomecheck.check.Checker;
import org.secretomecheck.check.ProtocolFiles;
import org.secretomecheck.check.Warmup;
import org.secretomecheck.finding.BaselineEntry;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Gate;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.Severity;
import org.secretomecheck.finding.Suggestions;
import org.secretomecheck.finding.Tally;
import org.secretomecheck.load.InputFile;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.report.Format;
import org.secretomecheck.report.Renderer;
import org.secretomecheck.report.SarifRenderer;
import org.secretomecheck.report.StreamingRenderer;
import org.secretomecheck.report.TextRenderer;
import org.secretomecheck.rules.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check PATH...}: checks protocol files and directories. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check protocol files.",
            "Directories are searched recursively for *.yaml and *.yml files,",
            "skipping names that start with a dot (.git, .github)."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:no open finding at or above --fail-on",
            "1:open findings at or above --fail-on (not in --baseline), or stale waivers with --fail-on-stale-waivers",
            "2:a protocol could not be checked, the command, rules, profile, a waiver file or the baseline were"
                    + " wrong, or the report could not be written",
            "129:hung up (SIGHUP); the report is incomplete",
            "130:interrupted (Ctrl-C); the report is incomplete",
            "143:terminated (SIGTERM); the report is incomplete"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Setup setup;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Protocol files or directories; - reads one protocol from standard input.")
    List<String> paths;

    @Mixin
    Excludes excludes;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: text, or that of the --output file's"
                    + " extension). Repeatable, or "
                    + "comma-separated, with --output-dir: one file per format.")
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = PathArguments.FileToWrite.class,
            description = "Write the report to FILE instead of stdout; without --format, in the format of FILE's extension"
                    + " (.json, .sarif, .xml for JUnit, .md, .html, .pdf; else text).")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write one file per format into DIR, named secretome-check.<ext> (txt, json, sarif, xml, md, ...).")
    Path outputDir;

    /** The names of the formats, for the help. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(Format.values()).map(Format::label).iterator();
        }
    }

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "major", converter = Commands.FailOn.class,
            description = "Exit 1 when an open finding is at or above: critical, major or minor (default: ${DEFAULT-VALUE}).")
    Severity failOn;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Dates.Day.class,
            description = "Check date (default: today): waivers expire by it and rules read it (Context.checkDate);"
                    + " fix it for reproducible re-runs.")
    LocalDate asOf;

    @Option(names = "--color", negatable = true, description = "Colour text output (default: only on a terminal).")
    Boolean color;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Check N files at a time, 1 to 1024 (default: the number of processors). Results keep the input order.")
    Integer jobs;

    /** The threads that check files, from {@link #jobs}. */
    private int threads;

    @Mixin
    WaiverFiles waiverFiles;

    @Option(names = "--fail-on-stale-waivers",
            description = "Exit 1 when a waiver matches no finding of a protocol it applies to.")
    boolean failOnStaleWaivers;

    @Option(names = "--sarif-omit-waived",
            description = "Leave waived findings out of the SARIF results (its summary still counts them): GitHub code"
                    + " scanning does not read SARIF suppressions and would show them as open alerts.")
    boolean sarifOmitWaived;

    /** What fails this run; set once the options are read. */
    private Gate gate;

    @Option(names = "--expiry-warning", paramLabel = "DAYS", defaultValue = "" + Gate.EXPIRY_WARNING_DAYS,
            description = "List the waivers in force that expire within DAYS of the check date (default: ${DEFAULT-VALUE}).")
    int expiryWarningDays;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Fail only on open findings not recorded in this baseline (matched by rule, protocol ID and pointer,"
                    + " no more severe than recorded and with the value recorded).")
    Path baselineFile;

    @Option(names = "--write-baseline", paramLabel = "FILE", converter = PathArguments.FileToWrite.class,
            description = "Record the open findings in FILE (JSON, or YAML when FILE ends in .yaml or .yml).")
    Path writeBaseline;

    /** The open findings seen, for --write-baseline. */
    private final List<BaselineEntry> recorded = new ArrayList<>();

    /** The first problem of each file not checked, while the reports go to files ({@link #digest}). */
    private final List<String> notChecked = new ArrayList<>();

    /** The most files not checked that {@link #digest} lists one by one. */
    private static final int DIGEST_FILES = 20;

    /** The IDs of the protocols of the run. */
    private final java.util.Set<String> checkedIds = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A note for each waiver that waives findings at several places (see {@link #broadWaivers(ProtocolResult)}). */
    private final List<String> broadWaivers = java.util.Collections.synchronizedList(new ArrayList<>());

    /** The clock for {@code generatedAt}; tests fix it. */
    Supplier<Instant> clock = Instant::now;

    /** The environment ({@code SOURCE_DATE_EPOCH}); tests replace it. */
    UnaryOperator<String> environment = System::getenv;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        // Usage errors first: each stops the run alone, before anything else is said.
        threads = Commands.threads(jobs, spec);
        List<PathMatcher> excluded = excludes.matchers();
        if (expiryWarningDays < 0) { // a usage error, as --jobs out of range is
            throw Commands.usage(spec, "Invalid value for option '--expiry-warning': " + expiryWarningDays
                    + " is not a number of days of 0 or more");
        }
        List<Format> chosen = parseFormats(err);
        if (chosen != null && sarifOmitWaived && !chosen.contains(Format.SARIF)) {
            throw Commands.usage(spec, "--sarif-omit-waived applies to the SARIF report only; add --format sarif");
        }
        LocalDate checkDate = asOf == null ? LocalDate.now() : asOf;
        Instant generatedAt = Dates.generatedAt(environment.apply("SOURCE_DATE_EPOCH"), clock.get(), err);
        if (chosen == null || generatedAt == null) {
            return ExitCode.ERROR.code();
        }
        gate = new Gate(failOn, failOnStaleWaivers, expiryWarningDays);
        Warmup.start();
        LoadedProfile profile = setup.profile(err);
        RuleBook book = profile == null ? null : setup.completeRuleBook(err);
        if (book == null) {
            return ExitCode.ERROR.code();
        }
        Checker checker = new Checker(book, profile, checkDate, InputLimits.DEFAULT).withExpiryWarning(expiryWarningDays);
        checker = waiverFiles.apply(checker, err);
        checker = checker == null ? null : withBaseline(checker, book, err);
        if (checker == null) {
            return ExitCode.ERROR.code();
        }
        List<ProtocolFiles.Entry> files = ProtocolFiles.expand(paths, excluded,
                Commands.readByTheRun(waiverFiles, setup, baselineFile), note -> err.println("secretome-check: note: " + note));
        excludes.noteUnused(err);
        if (cannotWriteTargets(files, chosen, err)) {
            return ExitCode.ERROR.code();
        }
        Progress progress = Progress.forRun(err, files.size(), !toFiles());
        Tally tally;
        try {
            tally = chosen.size() == 1 && chosen.get(0).renderer() instanceof StreamingRenderer
                    ? stream(checker, files, chosen.get(0), generatedAt, progress)
                    : collect(checker, files, chosen, generatedAt, progress);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
            err.println("secretome-check: cannot write " + (cause instanceof Files.Failure failure ? failure.target
                    : output != null ? output : "the report") + ": " + Files.describe(cause));
            return ExitCode.ERROR.code();
        } finally {
            progress.end();
        }
        if (tally == null) {
            return ExitCode.ERROR.code();
        }
        digest(tally, err);
        checker.mistypedScopes(checkedIds).forEach(note -> err.println("secretome-check: note: " + note));
        broadWaivers.forEach(note -> err.println("secretome-check: note: " + note));
        if (writeBaseline != null && tally.notChecked() > 0 && java.nio.file.Files.exists(writeBaseline)
                && !Files.isDiscarded(writeBaseline)) {
            err.println("secretome-check: the baseline " + writeBaseline + " is not replaced: " + tally.notChecked()
                    + " file" + (tally.notChecked() == 1 ? "" : "s") + " could not be checked, and the entries of"
                    + (tally.notChecked() == 1 ? " its protocol" : " their protocols") + " would be lost");
            return ExitCode.ERROR.code();
        }
        if (writeBaseline != null) {
            byte[] baseline = Baseline.write(writeBaseline.toString(), checker.judgedWith(), recorded);
            if (baseline.length > Baseline.MAX_BYTES) {
                err.println("secretome-check: the baseline would be " + baseline.length / (1024 * 1024) + " MiB, more than"
                        + " the " + Baseline.MAX_BYTES / (1024 * 1024) + " MiB that --baseline reads; it is not written."
                        + " Record the protocols in several baselines (one run per part).");
                return ExitCode.ERROR.code();
            }
            try {
                Files.write(writeBaseline, baseline);
            } catch (IOException e) {
                err.println("secretome-check: cannot write the baseline " + writeBaseline + ": " + Files.describe(e));
                return ExitCode.ERROR.code();
            }
            if (tally.notChecked() > 0) { // once they are mended, their findings would all count as new
                err.println("secretome-check: warning: the baseline " + writeBaseline + " lacks the findings of the "
                        + tally.notChecked() + " file" + (tally.notChecked() == 1 ? "" : "s") + " that could not be checked");
            }
        }
        if (toFiles()) {
            err.println("secretome-check: " + gate.verdict(tally, baselineFile != null));
        }
        return gate.outcome(tally).exitCode();
    }

    /** {@code checker} comparing with {@code --baseline}, if given; null after printing why it cannot be read. */
    private Checker withBaseline(Checker checker, RuleBook book, PrintWriter err) {
        if (baselineFile == null) {
            return checker;
        }
        try {
            Baseline baseline = Baseline.read(baselineFile.toString(), InputFile.read(baselineFile, Baseline.MAX_BYTES));
            // an entry of a rule not in use would only ever be "gone": a typo, or a baseline of other rules
            List<String> unknown = baseline.entries().stream().map(BaselineEntry::ruleId)
                    .filter(id -> book.rule(id) == null).distinct().toList();
            if (unknown.isEmpty()) {
                List<String> differences = baseline.recordedWith() == null ? List.of()
                        : baseline.recordedWith().differences(checker.judgedWith());
                if (!differences.isEmpty()) { // its entries still match by rule, protocol and pointer
                    err.println("secretome-check: warning: the baseline " + baselineFile + " was recorded with another "
                            + String.join(" and another ", differences) + "; a finding whose rule, threshold or judgment"
                            + " changed still matches its entry if it is no more severe");
                }
                return checker.withBaseline(baseline);
            }
            String suggestion = Suggestions.closestRuleId(unknown.get(0), book.ids());
            err.println("secretome-check: the baseline cannot be used: " + baselineFile + ": it records findings of "
                    + String.join(", ", unknown) + ", not a rule of the rule set in use"
                    + (suggestion == null ? "" : " (did you mean " + suggestion + "?)")
                    + "; write it again with --write-baseline, or use the rules it was written with");
            return null;
        } catch (InputFile.UnreadableException e) {
            err.println("secretome-check: cannot read the baseline " + baselineFile + ": " + e.getMessage());
        } catch (Baseline.InvalidBaselineException e) {
            err.println("secretome-check: the baseline cannot be used: " + e.getMessage());
        }
        return null;
    }

    /** Notes what --write-baseline and the waiver scopes need from one result. */
    private void observe(ProtocolResult result) {
        if (result.id() != null) {
            checkedIds.add(result.id());
        }
        broadWaivers.addAll(broadWaivers(result));
        if (writeBaseline != null) {
            recorded.addAll(Baseline.entriesOf(List.of(result)));
        }
        if (!result.isChecked() && toFiles() && notChecked.size() < DIGEST_FILES) {
            notChecked.add(TextRenderer.firstProblem(result));
        }
    }

    /**
     * "the waiver at p.yaml:131:9 waives 2 findings of MED-07 at different places (...)": a waiver
     * covers every finding of its rule at its pointer and below (format Section 8.2), so one
     * written for a research-grade reagent also waives the missing certificate of analysis found
     * later at the same item, under a justification that says nothing of it. Said, not refused:
     * the format allows it.
     */
    static List<String> broadWaivers(ProtocolResult result) {
        java.util.Map<String, List<Finding>> bySource = result.findings().stream()
                .filter(finding -> finding.isWaived() && finding.waiver().source() != null)
                .collect(Collectors.groupingBy(finding -> finding.waiver().source(), java.util.LinkedHashMap::new, Collectors.toList()));
        List<String> notes = new ArrayList<>();
        bySource.forEach((source, waived) -> {
            List<String> pointers = waived.stream().map(finding -> finding.location().pointer()).distinct().sorted().toList();
            if (pointers.size() > 1) {
                notes.add("the waiver at " + Readable.line(source) + " waives " + pointers.size() + " findings of "
                        + waived.get(0).ruleId() + " in " + Readable.line(result.file()) + " at different places ("
                        + Readable.line(String.join(", ", pointers))
                        + "): check that its justification holds for each, or give it the pointer of one");
            }
        });
        return notes;
    }

    /**
     * When the reports go to files, standard error says what a CI log needs to show: each file
     * not checked with its first problem and the summary (here), and the verdict (at the end of
     * the run, once the baseline is written). Else a job that writes SARIF and JUnit would log
     * nothing, not even why it failed.
     */
    private void digest(Tally tally, PrintWriter err) {
        if (!toFiles()) {
            return;
        }
        notChecked.forEach(line -> err.println("secretome-check: not checked: " + line));
        long more = tally.notChecked() - notChecked.size();
        if (more > 0) {
            err.println("secretome-check: not checked: " + more + " more file" + (more == 1 ? "" : "s") + " (see the report)");
        }
        err.println("secretome-check: " + TextRenderer.summary(tally));
    }

    /** Whether the reports go to files ({@code --output}, {@code --output-dir}), not to standard output. */
    private boolean toFiles() {
        return output != null || outputDir != null;
    }

    /**
     * Checks and writes one text or JSON report protocol by protocol, as the results come in, so
     * that a large batch is never held whole.
     */
    private Tally stream(Checker checker, List<ProtocolFiles.Entry> files, Format format, Instant generatedAt,
            Progress progress) throws IOException {
        Report header = checker.report(List.of()).generatedAt(generatedAt).withGate(gate).withExcludes(excludes.globs);
        if (!toFiles()) {
            StreamingRenderer renderer = (StreamingRenderer) (format == Format.TEXT && colour()
                    ? format.renderer().coloured() : format.renderer());
            PrintWriter out = spec.commandLine().getOut();
            Tally tally = stream(checker, files, renderer, header, out, progress);
            out.flush();
            return tally;
        }
        StreamingRenderer renderer = (StreamingRenderer) format.renderer(); // files are never coloured
        Path target = output != null ? output : outputDir.resolve(format.fileName());
        Tally[] tally = new Tally[1];
        Files.write(target, (Writer writer) -> tally[0] = stream(checker, files, renderer, header, writer, progress));
        return tally[0];
    }

    private Tally stream(Checker checker, List<ProtocolFiles.Entry> files, StreamingRenderer renderer, Report header,
            Writer out, Progress progress) throws IOException {
        StreamingRenderer.Stream stream = renderer.open(header, out);
        Tally tally = checker.check(files, threads, result -> {
            observe(result);
            try {
                stream.protocol(result);
                progress.tick();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        stream.finish(tally);
        return tally;
    }

    /** Checks every file, then renders and writes every format; null after printing why it failed. */
    private Tally collect(Checker checker, List<ProtocolFiles.Entry> files, List<Format> chosen, Instant generatedAt,
            Progress progress) {
        List<ProtocolResult> results = new ArrayList<>();
        checker.check(files, threads, result -> {
            observe(result);
            results.add(result);
            progress.tick();
        });
        Report report = checker.report(results).generatedAt(generatedAt).withGate(gate).withExcludes(excludes.globs);
        progress.say("checked " + files.size() + " files; writing the report");
        String failure = write(report, chosen);
        progress.end(); // before any message, which would follow the progress line on the screen
        if (failure != null) {
            spec.commandLine().getErr().println(failure);
            return null;
        }
        long sarifResults = report.protocols().stream().mapToLong(p -> p.findings().size() + p.problems().size()).sum()
                - (sarifOmitWaived ? report.tally().waived() : 0);
        if (chosen.contains(Format.SARIF) && sarifResults > GITHUB_SARIF_RESULTS) {
            spec.commandLine().getErr().println("secretome-check: note: the SARIF report holds " + sarifResults
                    + " results; GitHub code scanning rejects a run of more than " + GITHUB_SARIF_RESULTS
                    + " (and shows at most 5000): check the protocols in parts");
        }
        return report.tally();
    }

    /** The renderer of {@code format}, as the options ask. */
    private Renderer renderer(Format format) {
        return format == Format.SARIF && sarifOmitWaived ? SarifRenderer.withoutWaived() : format.renderer();
    }

    /** The most results GitHub code scanning accepts in one SARIF run (its documented limit). */
    static final int GITHUB_SARIF_RESULTS = 25_000;

    /** Whether text on stdout is coloured: as --[no-]color says, else when stdout is a terminal, TERM is not dumb and NO_COLOR is unset or empty. */
    private boolean colour() {
        String noColor = environment.apply("NO_COLOR");
        return color != null ? color : Terminal.stdout() && !"dumb".equals(environment.apply("TERM"))
                && (noColor == null || noColor.isEmpty());
    }

    /**
     * Renders each format straight into its file ({@code --output}, {@code --output-dir}) or to
     * stdout: no report is held whole in memory as well as its findings. A file is written whole
     * or not at all. Null when written, else why not.
     */
    private String write(Report report, List<Format> chosen) {
        try {
            if (outputDir != null || output != null) {
                List<Map.Entry<Path, Files.Content>> files = new ArrayList<>();
                for (Format format : chosen) {
                    files.add(Map.entry(outputDir != null ? outputDir.resolve(format.fileName()) : output,
                            (OutputStream out) -> renderer(format).render(report, out)));
                }
                Files.writeAll(files); // all renamed into place at the end: a run stopped while rendering leaves none
            } else {
                Format format = chosen.get(0);
                PrintWriter out = spec.commandLine().getOut();
                (format == Format.TEXT && colour() ? format.renderer().coloured() : renderer(format)).render(report, out);
                out.flush();
            }
            return null;
        } catch (Files.Failure e) {
            return "secretome-check: cannot write " + e.target + ": " + Files.describe(e);
        } catch (IOException e) {
            return "secretome-check: cannot write the report: " + Files.describe(e);
        }
    }

    /** The formats asked for, without repeats; null after printing why they cannot be used together. */
    private List<Format> parseFormats(PrintWriter err) {
        List<Format> chosen = new ArrayList<>();
        String known = Arrays.stream(Format.values()).map(Format::label).collect(Collectors.joining(", "));
        // Split here, not by picocli, which drops an empty last name ("json,"): a name left out is a mistake.
        // without --format, --output report.sarif is SARIF: the extension says what the file is meant to hold
        String implied = output == null || output.getFileName() == null ? "text"
                : Format.ofFileName(output.getFileName().toString()).orElse(Format.TEXT).label();
        if ((formats == null || formats.isEmpty()) && output != null && output.getFileName() != null
                && output.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.[ct]sv")) { // compare's CSV
            throw Commands.usage(spec, "--output " + output + " names a table file, which check does not write (compare"
                    + " writes CSV); give --format, or another name");
        }
        for (String label : formats == null || formats.isEmpty() ? List.of(implied)
                : formats.stream().flatMap(value -> Arrays.stream(value.split(",", -1))).toList()) {
            Format format = Format.of(label).orElse(null);
            if (format == null) {
                throw Commands.usage(spec, (label.isBlank() ? "empty format name in --format " + String.join(" --format ", formats)
                        : "unknown --format " + label) + " (use " + known + ")");
            }
            if (!chosen.contains(format)) {
                chosen.add(format);
            }
        }
        if (output != null && outputDir != null) {
            throw Commands.usage(spec, "give either --output FILE or --output-dir DIR, not both");
        }
        Format named = output == null || output.getFileName() == null ? null
                : Format.ofFileName(output.getFileName().toString()).filter(format -> format != Format.TEXT).orElse(null);
        if (named != null && chosen.size() == 1 && chosen.get(0) != named) { // -o r.pdf --format json: JSON in a .pdf
            throw Commands.usage(spec, "--output " + output + " names a " + named.label() + " file, but --format is "
                    + chosen.get(0).label() + "; give the file the format's extension, or leave --format out");
        }
        if (chosen.size() > 1 && outputDir == null) {
            throw Commands.usage(spec, "several formats (" + chosen.stream().map(Format::label)
                    .collect(Collectors.joining(", ")) + ") need --output-dir DIR, which gets one file per format");
        }
        Format binary = chosen.stream().filter(Format::binary).findFirst().orElse(null);
        if (binary != null && !toFiles()) {
            throw Commands.usage(spec, "--format " + binary.label()
                    + " is binary and is never written to standard output; give --output FILE or --output-dir DIR");
        }
        // then the files named, which are there or not (not usage errors)
        if (output != null && java.nio.file.Files.isDirectory(output)) {
            err.println("secretome-check: --output " + output + " is a directory; give a file, or use --output-dir");
            return null;
        }
        if (Commands.notADirectory(outputDir, err)) {
            return null;
        }
        for (Format format : outputDir == null ? List.<Format>of() : chosen) {
            if (java.nio.file.Files.isDirectory(outputDir.resolve(format.fileName()))) { // checked before any is written
                err.println("secretome-check: --output-dir " + outputDir + " holds a directory named " + format.fileName()
                        + ", where the " + format.label() + " report goes; nothing is written");
                return null;
            }
        }
        if (writeBaseline != null && java.nio.file.Files.isDirectory(writeBaseline)) {
            err.println("secretome-check: --write-baseline " + writeBaseline + " is a directory; give a file");
            return null;
        }
        return chosen;
    }

    /**
     * True, after saying so, when a report or the baseline would be written over a file the run
     * reads, or over each other, or certainly cannot be written (see {@link Files#cannotWrite}).
     */
    private boolean cannotWriteTargets(List<ProtocolFiles.Entry> files, List<Format> chosen, PrintWriter err) {
        List<Path> targets = new ArrayList<>();
        if (output != null) {
            targets.add(output);
        }
        if (outputDir != null) {
            chosen.forEach(format -> targets.add(outputDir.resolve(format.fileName())));
        }
        if (!toFiles()) {
            targets.addAll(Commands.standardOutputIfAFile()); // the report goes there
        }
        if (writeBaseline != null) {
            targets.add(writeBaseline);
        }
        if (targets.isEmpty()) {
            return false;
        }
        if (writeBaseline != null && Files.isStandardOutput(writeBaseline) && !toFiles()) {
            err.println("secretome-check: the report and the baseline (--write-baseline /dev/stdout) would both go to"
                    + " standard output; write the report with --output FILE");
            return true;
        }
        if (Commands.writesOneFileTwice(targets, err)) {
            return true;
        }
        for (Path target : targets) { // found now, not after the whole batch has been checked
            String why = Files.cannotWrite(target);
            if (why != null) {
                err.println("secretome-check: cannot write " + target + ": " + why);
                return true;
            }
        }
        List<Path> inputs = new ArrayList<>(waiverFiles.files);
        inputs.addAll(ProtocolFiles.read(files));
        // the baseline in use may be replaced by its new version, but not appended to through standard output
        if (baselineFile != null && !(writeBaseline != null && !Files.isStandardOutput(writeBaseline)
                && Commands.sameFile(writeBaseline, baselineFile))) {
            inputs.add(baselineFile); // the baseline in use, read whole before the run, may be brought up to date
        }
        inputs.addAll(setup.inputs());
        return Commands.overwritesAnInput(targets, inputs,
                "; write it elsewhere (a file found in a directory walk can be left out with --exclude GLOB)", err);
    }
}
