package org.secretomecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.secretomecheck.check.ProtocolFiles;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.finding.Severity;
import org.secretomecheck.report.Format;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the commands share: the threshold, the threads, problems on stderr, writing the output. */
final class Commands {

    private Commands() {}

    /**
     * The value of {@code --fail-on}: a severity that can fail a run, in any case ({@code MAJOR}, as
     * {@code --format JSON} is taken). Reports name it by its label, so the case given never shows
     * in them.
     */
    static final class FailOn implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            String label = value.strip().toLowerCase(Locale.ROOT);
            if (List.of("critical", "major", "minor").contains(label)) {
                return Severity.of(label);
            }
            throw new CommandLine.TypeConversionException(label.equals("info")
                    ? "info findings never fail a run (use critical, major or minor)"
                    : (value.isEmpty() ? "an empty value" : Readable.line(value)) + " is not a severity (use critical, major or minor)");
        }
    }

    /**
     * The files a run reads in another role than a protocol ({@code baseline} may be null), with
     * that role: left out of the directories it checks.
     */
    static Map<Path, String> readByTheRun(WaiverFiles waiverFiles, Setup setup, Path baseline) {
        Map<Path, String> roles = new LinkedHashMap<>();
        waiverFiles.files.forEach(file -> roles.putIfAbsent(file, "a waiver file (--waivers)"));
        if (baseline != null) {
            roles.putIfAbsent(baseline, "the baseline (--baseline)");
        }
        if (setup.profile != null) {
            roles.putIfAbsent(setup.profile, "the profile (--profile)");
        }
        return roles;
    }

    /** A usage error: picocli's handler prints it with the "Try ... --help" line; the exit code is 2. */
    static ParameterException usage(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * The format a command writes without {@code --format}: the one among {@code labels} that
     * {@code output}'s extension names ({@code -o changes.html}), else text.
     */
    static String impliedFormat(Path output, List<String> labels, CommandSpec spec) {
        String name = output == null || output.getFileName() == null ? ""
                : output.getFileName().toString().toLowerCase(Locale.ROOT);
        String implied = labels.stream().filter(label -> name.endsWith("." + label)).findFirst().orElse(null);
        // another command's format (a check report, compare's CSV): text in a .pdf or .csv would be a trap
        String other = Format.ofFileName(name).filter(format -> format != Format.TEXT).map(Format::label)
                .orElse(name.endsWith(".csv") ? "csv" : null);
        if (implied == null && other != null) {
            throw usage(spec, "--output " + output + " names a " + other + " file, which " + spec.name()
                    + " does not write (it writes " + String.join(", ", labels) + "); give --format, or another name");
        }
        return implied == null ? "text" : implied;
    }

    /** The most threads {@code --jobs} takes: far above any gain, low enough to catch a typo such as 40000. */
    static final int MAX_JOBS = 1024;

    /**
     * The threads of {@code --jobs} (null: one per processor). A number out of range is a usage
     * error, as one that is not a number is: it gets the same "Try ... --help" line.
     */
    static int threads(Integer jobs, CommandSpec spec) {
        if (jobs == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (jobs < 1 || jobs > MAX_JOBS) {
            throw usage(spec, "Invalid value for option '--jobs': " + jobs + " is not a number from 1 to " + MAX_JOBS);
        }
        return jobs;
    }

    /** Standard output, seen as a file where the system shows it as one (Linux and macOS). */
    static final Path STANDARD_OUTPUT_FILE = Path.of("/dev/stdout");

    /**
     * Standard output as a file the command will write, when it is one ({@code > file},
     * {@code >> file}, {@code 1<> file}): a report written there must not replace an input or
     * another output of the run. Nothing for a terminal or a pipe.
     */
    static List<Path> standardOutputIfAFile() {
        try {
            return java.nio.file.Files.isRegularFile(STANDARD_OUTPUT_FILE) ? List.of(STANDARD_OUTPUT_FILE) : List.of();
        } catch (SecurityException e) {
            return List.of();
        }
    }

    /** {@code target} as messages name it. */
    private static String shown(Path target) {
        return Files.isStandardOutput(target) ? "standard output" : target.toString();
    }

    /**
     * True, after saying so, when one of {@code targets} (files the command will write) is one of
     * {@code inputs} (files it reads): the same file by any name, a link included. {@code way}
     * says how to avoid it ("" for nothing).
     */
    static boolean overwritesAnInput(List<Path> targets, List<Path> inputs, String way, PrintWriter err) {
        for (Path target : targets) {
            if (!java.nio.file.Files.exists(target)) {
                continue; // a file yet to be made is no input
            }
            for (Path input : inputs) {
                if (sameFile(target, input)) {
                    boolean standardInput = input.equals(ProtocolFiles.STANDARD_INPUT_FILE);
                    err.println("secretome-check: " + shown(target) + " is also an input (" + (standardInput ? "standard input" : input)
                            + (Files.isStandardOutput(target) ? "); the output would be written into it" : "); it would be overwritten")
                            + (standardInput ? "; write it elsewhere" : way));
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Writes each of {@code files} (name, text) into {@code dir}, whole and together (see
     * {@link Files#writeAll}); false after saying which could not be written and why.
     */
    static boolean writeInto(Path dir, Iterable<Map.Entry<String, String>> files, PrintWriter err) {
        List<Map.Entry<Path, Files.Content>> contents = new java.util.ArrayList<>();
        for (Map.Entry<String, String> file : files) {
            byte[] bytes = file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            contents.add(Map.entry(dir.resolve(file.getKey()), (java.io.OutputStream out) -> out.write(bytes)));
        }
        try {
            Files.writeAll(contents);
            return true;
        } catch (Files.Failure e) {
            err.println("secretome-check: cannot write " + e.target + ": " + Files.describe(e));
            return false;
        }
    }

    /** True, after saying so, when {@code dir} (an --output-dir) exists and is not a directory. */
    static boolean notADirectory(Path dir, PrintWriter err) {
        if (dir != null && java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
            err.println("secretome-check: --output-dir " + dir + " exists and is not a directory");
            return true;
        }
        return false;
    }

    /**
     * True, after saying so, when two of {@code targets} (files the command will write) are the same
     * file, so that one would silently replace the other.
     */
    static boolean writesOneFileTwice(List<Path> targets, PrintWriter err) {
        for (int i = 0; i < targets.size(); i++) {
            for (int j = i + 1; j < targets.size(); j++) {
                Path a = targets.get(i);
                Path b = targets.get(j);
                if (Files.isDiscarded(a) || Files.isDiscarded(b)) { // nothing is written there: nothing is replaced
                    continue;
                }
                if (identity(a).equals(identity(b)) || java.nio.file.Files.exists(a) && sameFile(a, b)) {
                    err.println("secretome-check: " + shown(a) + " and " + shown(b) + " are the same file, so one output would"
                            + " replace the other; give each output its own file");
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where {@code target} will be written: its directory's real path (links resolved) and its name,
     * or, when the name is a link (one to a file yet to be made included), where the link leads.
     */
    private static Path identity(Path target) {
        Path at = target.toAbsolutePath();
        for (int hops = 0; hops < 40 && java.nio.file.Files.isSymbolicLink(at); hops++) {
            try {
                at = at.resolveSibling(java.nio.file.Files.readSymbolicLink(at));
            } catch (IOException e) {
                break;
            }
        }
        return directoryIdentity(at);
    }

    private static Path directoryIdentity(Path target) {
        Path absolute = target.toAbsolutePath(); // not normalized: link/.. is the link's parent, not "."
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            if (java.nio.file.Files.isDirectory(dir)) { // the nearest directory that exists
                try {
                    return dir.toRealPath().resolve(dir.relativize(absolute)).normalize();
                } catch (IOException e) {
                    return absolute.normalize();
                }
            }
        }
        return absolute.normalize();
    }

    /** True when {@code a} and {@code b} are one existing file, by any name. */
    static boolean sameFile(Path a, Path b) {
        try {
            return java.nio.file.Files.exists(b) && java.nio.file.Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Prints why {@code result} was not checked; nothing when it was. */
    static void printProblems(ProtocolResult result, PrintWriter err) {
        if (result.isChecked()) {
            return;
        }
        err.println("secretome-check: " + Readable.line(result.file()) + " was not checked:");
        for (Problem problem : result.problems()) {
            err.println("  " + Readable.line(problem.location().display()) + ": " + Readable.line(problem.message()));
        }
    }

    /** Writes {@code text} to {@code output} whole, or to stdout; false after printing why it failed. */
    static boolean write(CommandSpec spec, Path output, String text) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return true;
        }
        try {
            Files.write(output, text);
            return true;
        } catch (IOException e) {
            spec.commandLine().getErr().println("secretome-check: cannot write " + output + ": " + Files.describe(e));
            return false;
        }
    }
}
