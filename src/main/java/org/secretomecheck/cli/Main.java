package org.secretomecheck.cli;

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

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        BundledRules.preloadFor(args);
        Judge.onOverrun(message -> {
            System.out.flush();
            System.err.println("secretome-check: " + message);
            System.exit(ExitCode.ERROR.code());
        });
        int code;
        try {
            code = commandLine().execute(args);
        } catch (RuntimeException | Error e) {
            System.err.println("secretome-check: internal error: " + e);
            code = ExitCode.ERROR.code();
        }
        System.exit(code);
    }

    /** The configured command line, for tests and for {@link #main}. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.ERROR.code());
        commandLine.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("secretome-check: " + e.getMessage());
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
