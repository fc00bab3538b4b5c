package org.secretomecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.secretomecheck.check.Checker;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.Suggestions;
import org.secretomecheck.load.InputFile;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.protocol.Waiver;
import picocli.CommandLine.Option;

/** {@code --waivers FILE}, repeatable: the waiver files that {@code check}, {@code diff} and {@code compare} apply. */
final class WaiverFiles {

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "A waiver file (waivers: list, format secretome-waivers/1) applied like the protocols' own "
                    + "waivers; repeatable.")
    List<Path> files = new ArrayList<>();

    /** The waivers read by {@link #apply}. */
    private List<Waiver> loaded = List.of();

    /**
     * {@code checker} applying the waiver files in the order given, each once however often it is
     * named; null after printing why one cannot be used.
     */
    Checker apply(Checker checker, PrintWriter err) {
        List<Checker.WaiverFile> read = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        boolean valid = true;
        for (Path file : files) {
            if (!seen.add(realPath(file))) {
                continue;
            }
            byte[] content;
            try {
                content = InputFile.read(file, InputLimits.DEFAULT.maxFileBytes());
            } catch (InputFile.UnreadableException e) {
                err.println("secretome-check: cannot read the waiver file " + file + ": " + e.getMessage());
                valid = false;
                continue;
            }
            Checker.WaiverFile waivers = checker.readWaivers(file.toString(), content);
            if (!waivers.isValid()) {
                err.println("secretome-check: the waiver file " + file + " cannot be used:");
                for (Problem problem : waivers.problems()) {
                    err.println("  " + problem.location().display() + ": " + problem.message());
                }
                valid = false;
            }
            read.add(waivers);
        }
        loaded = read.stream().flatMap(file -> file.waivers().stream()).toList();
        return valid ? checker.withWaiverFiles(read) : null;
    }

    /**
     * Warns of each protocol ID that a waiver names in {@code protocols} when no file of the run
     * holds it but one holds a close ID: most likely a typo, which would leave the waiver silently
     * unused (not stale either, since it applies to no protocol that was checked). An ID far from
     * every ID of the run is taken for a protocol this run does not cover (a shared waiver file).
     */
    void warnOfMistypedProtocols(Set<String> idsInRun, PrintWriter err) {
        for (Waiver waiver : loaded) {
            for (String id : waiver.protocols()) {
                String suggestion = idsInRun.contains(id) ? null : Suggestions.closest(id, new java.util.TreeSet<>(idsInRun));
                if (suggestion != null) {
                    err.println("secretome-check: warning: " + waiver.source() + ": the waiver of " + waiver.rule()
                            + " names protocol " + id + ", which no file of this run holds; did you mean " + suggestion + "?");
                }
            }
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize(); // reported when it is read
        }
    }
}
