package org.secretomecheck.cli;

import java.util.Locale;
import org.secretomecheck.rules.Judge;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code secretome-check}: the entry point. */
@Command(name = "secretome-check", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Checks MSC secretome production protocols (YAML, secretome-protocol/1) against the "
                + "standardization criteria, with Drools rules and a profile of thresholds.",
        subcommands = {CheckCommand.class, DiffCommand.class, CompareCommand.class, RulesCommand.class,
            ExplainCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:no open finding at or above --fail-on",
            "1:open findings at or above --fail-on",
            "2:a protocol could not be checked, or the command, rules or profile were wrong"})
public final class Main {

    /** The exit code the run chose for itself; -1 until it has. */
    private static final java.util.concurrent.atomic.AtomicInteger DECIDED = new java.util.concurrent.atomic.AtomicInteger(-1);

    /**
     * Runs the command line and exits with its code. Any other end of the process (a rule that
     * calls {@code System.exit}, an interrupt) exits with code 2 and says so, so that a run that
     * did not finish never passes for one that did.
     */
    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        // Reports are the same bytes everywhere: no locale's digits or case rules, in site rules either.
        Locale.setDefault(Locale.ROOT);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Files.deleteTemporaries();
            int code = DECIDED.get();
            if (code == -1) {
                System.err.println("secretome-check: the run was ended before it finished (interrupted, or a rule"
                        + " called System.exit); its report is incomplete");
            }
            System.out.flush();
            System.err.flush();
            // The code the run decided, whoever else called System.exit meanwhile.
            Runtime.getRuntime().halt(code == -1 ? ExitCode.ERROR.code() : code);
        }, "secretome-check-unfinished"));
        BundledRules.preloadFor(args);
        Judge.onOverrun(message -> {
            System.out.flush();
            System.err.println("secretome-check: " + message);
            exit(ExitCode.ERROR.code());
        });
        int code;
        try {
            code = commandLine().execute(args);
        } catch (RuntimeException | Error e) {
            System.err.println("secretome-check: internal error: " + e);
            code = ExitCode.ERROR.code();
        }
        exit(code);
    }

    private static void exit(int code) {
        DECIDED.compareAndSet(-1, code);
        System.exit(DECIDED.get());
    }

    /** The configured command line, for tests and for {@link #main}. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.ERROR.code());
        commandLine.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("secretome-check: " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                e.getCommandLine().getErr().println("Did you mean " + unmatched.getSuggestions().get(0) + "?");
            }
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.ERROR.code();
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("secretome-check: internal error: " + e);
            return ExitCode.ERROR.code();
        });
        return commandLine;
    }

    /** The version from the jar. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {org.secretomecheck.check.Checker.TOOL.name() + " " + org.secretomecheck.check.Checker.TOOL.version()};
        }
    }
}
