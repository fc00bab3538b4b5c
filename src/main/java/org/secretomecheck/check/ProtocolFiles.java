package org.secretomecheck.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.Problem;

/**
 * Expands the paths a user gives into protocol files: a file as is, a directory recursively into
 * its {@code *.yaml} and {@code *.yml} files (in any case) in path order. A path that does not
 * exist or cannot be listed, or an empty one, becomes an entry with a problem, so it is reported
 * rather than skipped.
 */
public final class ProtocolFiles {

    /** A file to check, or a path that could not be expanded ({@code problem} set). */
    public record Entry(Path path, String display, Problem problem) {}

    private ProtocolFiles() {}

    /** The entries for {@code arguments}, in argument order. */
    public static List<Entry> expand(List<String> arguments) {
        List<Entry> entries = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.isBlank()) {
                entries.add(failed(null, "'" + argument + "'", "an empty path (an unset variable?); give a file or a directory"));
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                entries.add(failed(null, argument, "not a valid path: " + e.getReason()));
                continue;
            }
            if (Files.isDirectory(path)) {
                entries.addAll(directory(path, argument));
            } else if (Files.exists(path)) {
                entries.add(new Entry(path, argument, null));
            } else {
                entries.add(failed(path, argument, "no such file or directory"));
            }
        }
        return entries;
    }

    private static List<Entry> directory(Path directory, String argument) {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(ProtocolFiles::isProtocolFile).sorted()
                    .forEach(file -> entries.add(new Entry(file, display(directory, argument, file), null)));
        } catch (IOException | UncheckedIOException e) {
            entries.add(failed(directory, argument, "cannot list the directory: " + e.getMessage()));
        }
        if (entries.isEmpty()) {
            entries.add(failed(directory, argument, "the directory holds no .yaml or .yml file"));
        }
        return entries;
    }

    private static boolean isProtocolFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !Files.isDirectory(file);
    }

    private static String display(Path directory, String argument, Path file) {
        String relative = directory.relativize(file).toString();
        String base = argument.endsWith("/") || argument.endsWith("\\") ? argument : argument + "/";
        return base + relative;
    }

    private static Entry failed(Path path, String argument, String message) {
        return new Entry(path, argument, new Problem(Problem.Kind.UNREADABLE, Location.ofFile(argument), message));
    }
}
