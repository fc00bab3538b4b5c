package org.secretomecheck.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.secretomecheck.finding.Suggestions;
import org.secretomecheck.rules.Judge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import sun.misc.Signal;

/** {@code secretome-check}: the entry point. */
@Command(name = "secretome-check", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Checks MSC secretome production protocols (YAML, secretome-protocol/1) against the "
                + "standardization criteria, with Drools rules and a profile of thresholds.",
        subcommands = {CheckCommand.class, DiffCommand.class, CompareCommand.class, RulesCommand.class,
            ExplainCommand.class, VerifyCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes of check (each command's --help gives its own):%n", exitCodeList = {
            "0:no open finding at or above --fail-on",
            "1:open findings at or above --fail-on (not in --baseline), or stale waivers with --fail-on-stale-waivers",
            "2:a protocol could not be checked, the command, rules, profile, a waiver file or the baseline were"
                    + " wrong, or the report could not be written",
            "129:hung up (SIGHUP, a closed terminal); the report is incomplete",
            "130:interrupted (Ctrl-C); the report is incomplete",
            "143:terminated (SIGTERM); the report is incomplete"})
public final class Main {

    /** The exit code the run chose for itself; -1 until it has. */
    private static final AtomicInteger DECIDED = new AtomicInteger(-1);

    /** The signal that stopped the run (SIGINT from Ctrl-C, SIGTERM, SIGHUP), or null. */
    private static final AtomicReference<Signal> STOPPED_BY = new AtomicReference<>();

    /**
     * Runs the command line and exits with its code. Any other end of the process says so, so that
     * a run that did not finish never passes for one that did: Ctrl-C exits with 130 and SIGTERM
     * with 143, as shells expect; a rule that calls {@code System.exit} with 2.
     */
    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        // Reports are the same bytes everywhere: no locale's digits or case rules, in site rules either.
        Locale.setDefault(Locale.ROOT);
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    STOPPED_BY.compareAndSet(null, signal);
                    System.exit(128 + signal.getNumber());
                });
            } catch (IllegalArgumentException e) {
                // a system without this signal, or the JVM keeps it (-Xrs): the default handling stays
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Files.deleteTemporaries();
            int code = DECIDED.get();
            Signal signal = STOPPED_BY.get();
            if (code == -1) {
                // The run may be blocked writing to a full pipe and hold System.out's lock: never
                // wait on it. Flush what can be flushed, then write the note to stderr directly.
                briefly(System.out::flush);
                String note = "\nsecretome-check: " + (signal == null
                        ? "the run was ended before it finished (a rule called System.exit)"
                        : (signal.getName().equals("INT") ? "interrupted (SIGINT)"
                                : signal.getName().equals("HUP") ? "hung up (SIGHUP)" : "terminated (SIG" + signal.getName() + ")")
                                + " before the run finished") + "; its report is incomplete\n";
                briefly(() -> {
                    try {
                        FileOutputStream stderr = new FileOutputStream(FileDescriptor.err);
                        stderr.write(note.getBytes(StandardCharsets.UTF_8));
                        stderr.flush();
                    } catch (IOException e) {
                        // nowhere left to say it
                    }
                });
                Runtime.getRuntime().halt(signal != null ? 128 + signal.getNumber() : ExitCode.ERROR.code());
            }
            System.out.flush();
            System.err.flush();
            // The code the run decided, whoever else called System.exit meanwhile.
            Runtime.getRuntime().halt(code);
        }, "secretome-check-unfinished"));
        // A thread that dies (the rule watchdog out of memory, say) leaves the run without a guard: end it.
        String noMemory = failure(new OutOfMemoryError()); // made while there is memory to make it
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            try {
                // the thread matters to a report of an internal error, not to running out of memory
                System.err.println(failure(e) + (outOfMemory(e) != null ? "" : " (in thread " + thread.getName() + ")"));
            } catch (OutOfMemoryError again) {
                System.err.println(noMemory); // the message itself found no memory
            } finally {
                exit(ExitCode.ERROR.code());
            }
        });
        BundledRules.preloadFor(args);
        Judge.onOverrun(message -> {
            System.out.flush();
            System.err.println("secretome-check: " + message);
            exit(ExitCode.ERROR.code());
        });
        CommandLine commandLine = commandLine();
        // Reports piped or written to a file are UTF-8, as every report file is, so they have the same
        // bytes on every platform: Java 17 writes standard output in the platform's encoding (such as
        // windows-1252), which no JSON or SARIF reader expects. A terminal keeps Java's writer, in the
        // console's encoding.
        if (!Terminal.stdout()) {
            commandLine.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out,
                    StandardCharsets.UTF_8)), true));
        }
        int code;
        try {
            code = execute(commandLine, args);
        } catch (RuntimeException | Error e) {
            System.err.println(failure(e));
            code = ExitCode.ERROR.code();
        }
        commandLine.getOut().flush();
        // Every writer of the commands ends in System.out, which keeps write errors to itself.
        if (System.out.checkError()) {
            System.err.println("secretome-check: standard output could not be written (a full disk, or a reader"
                    + " that stopped reading); what it holds is incomplete");
            code = ExitCode.ERROR.code();
        }
        exit(code);
    }

    /**
     * Runs {@code args} on {@code commandLine}. An argument file ({@code @FILE}) that exists but
     * cannot be read (a directory, say) is a usage error: picocli would print it as a stack trace.
     * Only a command line that names one is parsed an extra time to find out.
     */
    static int execute(CommandLine commandLine, String... args) {
        if (java.util.Arrays.stream(args).anyMatch(arg -> arg.startsWith("@"))) {
            try {
                commandLine().parseArgs(args);
            } catch (CommandLine.InitializationException e) {
                String why = String.valueOf((e.getCause() == null ? e : e.getCause()).getMessage())
                        .replaceFirst("^.* \\((.+)\\)$", "$1"); // "/x (Is a directory)": "Is a directory"
                commandLine.getErr().println("secretome-check: " + e.getMessage().replaceFirst("^Could not read", "cannot read")
                        + ": " + why.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + why.substring(1));
                commandLine.getErr().println(tryHelp(commandLine, args));
                return ExitCode.ERROR.code();
            } catch (RuntimeException e) {
                // any other problem with the arguments is reported when they are parsed to run
            }
            for (String arg : args) {
                String loop = arg.startsWith("@") ? includesItself(Path.of(arg.substring(1)), new java.util.ArrayList<>()) : null;
                if (loop != null) { // picocli skips the inclusion, and the command would miss its arguments
                    commandLine.getErr().println("secretome-check: the argument file " + arg.substring(1) + " includes itself: " + loop);
                    commandLine.getErr().println(tryHelp(commandLine, args));
                    return ExitCode.ERROR.code();
                }
            }
        }
        return commandLine.execute(args);
    }

    /** "Try '... --help'." for the command that {@code args} name first, or the tool's. */
    private static String tryHelp(CommandLine commandLine, String... args) {
        String command = args.length > 0 && commandLine.getSubcommands().containsKey(args[0]) ? " " + args[0] : "";
        return "Try 'secretome-check" + command + " --help'.";
    }

    /**
     * The chain of argument files by which {@code file} includes itself ({@code a.txt -> b.txt ->
     * a.txt}), or null. {@code seen} holds the files that include it. Words of the file that start
     * with {@code @} are taken for argument files, as picocli takes them; a file that cannot be
     * read is left to picocli.
     */
    private static String includesItself(Path file, java.util.List<Path> seen) {
        Path real;
        java.util.List<String> lines;
        try {
            real = file.toRealPath();
            lines = java.nio.file.Files.readAllLines(real);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        if (seen.contains(real)) {
            return String.join(" -> ", seen.subList(seen.indexOf(real), seen.size()).stream().map(Path::toString).toList())
                    + " -> " + real;
        }
        seen.add(real);
        for (String line : lines) {
            for (String word : line.strip().startsWith("#") ? new String[0] : line.strip().split("\\s+")) {
                String loop = word.startsWith("@") && word.length() > 1
                        ? includesItself(Path.of(word.substring(1)), seen) : null; // as picocli: from the working directory
                if (loop != null) {
                    return loop;
                }
            }
        }
        seen.remove(seen.size() - 1);
        return null;
    }

    /** Runs {@code action} on a thread of its own and waits for it at most half a second. */
    private static void briefly(Runnable action) {
        Thread thread = new Thread(action, "secretome-check-last-words");
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void exit(int code) {
        DECIDED.compareAndSet(-1, code);
        System.exit(DECIDED.get());
    }

    /** picocli's words for an option followed by another option instead of its value. */
    private static final Pattern MISSING_VALUE = Pattern.compile(
            "Expected parameter for option '([^']+)' but found '([^']+)'");

    /** picocli's words for a path option whose value looks like an option ({@link PathArguments#OPTION_LIKE}). */
    private static final Pattern OPTION_AS_PATH = Pattern.compile(
            "Invalid value for option '([^']+)'(?: \\([^)]*\\))?: " + Pattern.quote(PathArguments.OPTION_LIKE) + "(.*)$");

    /**
     * "--waivers needs a value, but ... follows it": {@code option} was given {@code next}, an option
     * of the command (--jobs, --jobs=2, -oFILE), the end of options (--) or an unknown one
     * (--formt, with the option meant), instead of its value.
     */
    private static String valueMissing(CommandLine.Model.CommandSpec spec, CommandLine commandLine, String option, String next) {
        String name = next.startsWith("--") ? next.replaceFirst("=.*", "") : next;
        boolean known = spec.optionsMap().containsKey(name) || spec.negatedOptionsMap().containsKey(name)
                || !next.startsWith("--") && next.length() > 2 && spec.optionsMap().containsKey(next.substring(0, 2));
        CommandLine.Model.OptionSpec given = spec.optionsMap().get(option);
        boolean path = given != null && (given.type() == Path.class || java.util.Arrays.asList(given.auxiliaryTypes()).contains(Path.class));
        String unknown = Objects.requireNonNullElse(unknownOptions(new CommandLine.UnmatchedArgumentException(commandLine,
                List.of(next))), "'" + next + "'").replace("; did you mean " + option + "?", ""); // not the option just given
        return option + " needs a value, but " + (next.equals("--") ? "-- (the end of the options) follows it"
                : known ? "the option " + next + " follows it"
                : "an unknown option follows it: " + unknown
                        + (path && !unknown.contains("./-name") ? " (for a file of that name, write ./" + next + ")" : ""));
    }

    /** The configured command line, for tests and for {@link #main}. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        // every command's --version says the tool's version, as its help promises (else it printed nothing and exited 0)
        commandLine.getSubcommands().values().forEach(command -> command.getCommandSpec().versionProvider(new VersionProvider()));
        CommandLine.ITypeConverter<Integer> wholeNumber = text -> {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is "
                        + (text.strip().matches("[-+]?\\d+") ? "out of range" : "not a whole number"));
            }
        };
        commandLine.registerConverter(Integer.class, wholeNumber);
        commandLine.registerConverter(Integer.TYPE, wholeNumber);
        commandLine.registerConverter(Path.class, PathArguments::path);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.ERROR.code());
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
            boolean noCommand = spec.parent() == null && !e.getCommandLine().getParseResult().hasSubcommand();
            // check --formt: picocli says PATH is missing, which only follows from the unknown option
            List<String> left = e.getCommandLine().getParseResult().unmatched();
            CommandLine.UnmatchedArgumentException unmatchedOptions = e instanceof CommandLine.UnmatchedArgumentException u ? u
                    : e instanceof CommandLine.MissingParameterException && !left.isEmpty()
                    ? new CommandLine.UnmatchedArgumentException(e.getCommandLine(), left) : null;
            String unknown = noCommand || unmatchedOptions == null ? null : unknownOptions(unmatchedOptions);
            Matcher missing = MISSING_VALUE.matcher(String.valueOf(e.getMessage()));
            Matcher optionLike = OPTION_AS_PATH.matcher(String.valueOf(e.getMessage()));
            boolean isMissing = missing.find();
            if (unknown == null && !noCommand && (isMissing || optionLike.find())) { // check --waivers --formt json
                Matcher found = isMissing ? missing : optionLike;
                unknown = valueMissing(spec, e.getCommandLine(), found.group(1), found.group(2));
            }
            if (noCommand) { // name the commands, not an "argument at index 0"
                List<String> unmatched = e instanceof CommandLine.UnmatchedArgumentException u ? u.getUnmatched() : List.of();
                e.getCommandLine().getErr().println("secretome-check: " + (unmatched.isEmpty() ? "no command given"
                        : (unmatched.get(0).startsWith("-") ? "unknown option '" : "unknown command '") + unmatched.get(0) + "'")
                        + "; the commands are " + String.join(", ", spec.subcommands().keySet()));
            } else if (unknown != null) {
                e.getCommandLine().getErr().println("secretome-check: " + unknown);
            } else {
                e.getCommandLine().getErr().println("secretome-check: " + e.getMessage());
            }
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()
                    && unknown == null) { // else the option meant is named above
                e.getCommandLine().getErr().println("Did you mean " + unmatched.getSuggestions().get(0) + "?");
            }
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.ERROR.code();
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println(failure(e));
            return ExitCode.ERROR.code();
        });
        return commandLine;
    }

    /**
     * "check does not take the option '--fial-on'; did you mean --fail-on?", or null when no
     * unmatched argument is an option. picocli lists the option's value too ('--jobs', 'a.yaml'),
     * as if the file were an option: only the options are named.
     */
    private static String unknownOptions(CommandLine.UnmatchedArgumentException unmatched) {
        List<String> options = unmatched.getUnmatched().stream()
                .filter(argument -> argument.startsWith("-") && !argument.equals("-"))
                .map(argument -> argument.replaceFirst("=.*", "")).toList(); // --formt=json: the option, not its value
        if (options.isEmpty()) {
            return null;
        }
        CommandLine.Model.CommandSpec spec = unmatched.getCommandLine().getCommandSpec();
        List<String> longNames = java.util.stream.Stream.concat(spec.optionsMap().keySet().stream(),
                spec.negatedOptionsMap().keySet().stream()).filter(name -> name.startsWith("--")).toList();
        List<String> completing = longNames.stream().filter(name -> name.startsWith(options.get(0))).toList();
        String meant = !options.get(0).startsWith("--") ? null // not for -o: too short to tell
                : completing.size() == 1 ? completing.get(0) // --fail-on-stale: --fail-on-stale-waivers
                : Suggestions.closest(options.get(0), longNames);
        if (meant == null && !unmatched.getSuggestions().isEmpty()) { // picocli's, by prefix: --out, --output
            meant = unmatched.getSuggestions().get(0);
        }
        String negated = options.get(0).startsWith("--no-") ? "--" + options.get(0).substring(5) : null;
        if (negated != null && spec.optionsMap().containsKey(negated) && spec.optionsMap().get(negated).arity().max() == 0
                && !spec.negatedOptionsMap().containsKey(options.get(0))) { // a flag, not an option with a value
            // --no-fail-on-stale-waivers: not the option of the opposite meaning, but leaving it out
            return spec.name() + " does not take the option '" + options.get(0) + "'; " + negated
                    + " is off unless it is given: leave it out";
        }
        boolean file = options.stream().anyMatch(option -> option.contains("/") || option.matches("(?i).*\\.ya?ml"));
        return spec.name() + " does not take " + (options.size() == 1 ? "the option " : "the options ")
                + options.stream().map(option -> "'" + option + "'").collect(Collectors.joining(", "))
                + (meant == null ? "" : "; did you mean " + meant + "?")
                + (file ? " (a file whose name starts with - is written ./-name)" : "");
    }

    /** What to say when a command ends in an exception: it is the tool's fault, or memory ran out. */
    static String failure(Throwable e) {
        OutOfMemoryError memory = outOfMemory(e);
        if (memory != null) {
            return "secretome-check: out of memory" + (memory.getMessage() == null ? "" : " (" + memory.getMessage() + ")")
                    + "; the report is incomplete."
                    + " Reports other than text and json hold every protocol's findings until the end: for a large batch write text or"
                    + " json, which are written protocol by protocol, or split the batch, or give the JVM a larger"
                    + " heap (SECRETOME_CHECK_JAVA_OPTS=-Xmx8g ./secretome-check ...)";
        }
        return "secretome-check: internal error: " + e;
    }

    /** The out-of-memory error that {@code e} is or was caused by, or null. */
    private static OutOfMemoryError outOfMemory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OutOfMemoryError memory) {
                return memory;
            }
        }
        return null;
    }

    /** The version from the jar. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {org.secretomecheck.check.Checker.TOOL.label()};
        }
    }
}
