package org.secretomecheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code help [COMMAND]}: the tool's help, or a command's. picocli's own help command ignores
 * what it does not know ({@code help -x} printed the tool's help and exited 0); this one refuses
 * it as any command refuses an unknown option, with exit code 2.
 */
@Command(name = "help", description = "Display help information about the specified command.")
final class HelpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "The command to show the help of.")
    String command;

    @Override
    public Integer call() {
        CommandLine tool = spec.parent().commandLine();
        CommandLine target = command == null ? tool : tool.getSubcommands().get(command);
        if (target == null) {
            throw new ParameterException(tool, "Unknown subcommand '" + command + "'.");
        }
        target.usage(spec.commandLine().getOut());
        return 0;
    }
}
