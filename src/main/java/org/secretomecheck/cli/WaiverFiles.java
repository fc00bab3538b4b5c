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
import org.secretomecheck.load.InputFile;
import org.secretomecheck.load.InputLimits;
import picocli.CommandLine.Option;

/** {@code --waivers FILE}, repeatable: the waiver files that {@code check}, {@code diff} and {@code compare} apply. */
final class WaiverFiles {

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "A waiver file (waivers: list, format secretome-waivers/1) applied like the protocols' own "
                    + "waivers; repeatable.")
    List<Path> files = new ArrayList<>();

    /**
     * {@code checker} applying the waiver files in the order given, each once however often it is
     * named; null after printing why one cannot be used.
     */
    Checker apply(Checker checker, PrintWriter err) {
        List<Checker.WaiverFile> read = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        boolean valid = true;
        for (Path file : files) {
            if (!seen.add(identity(file))) {
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
            Checker.WaiverFile same = read.stream().filter(earlier -> earlier.sha256().equals(waivers.sha256())).findFirst()
                    .orElse(null);
            if (same != null) { // a copy: its waivers would be listed twice, as stale or expiring
                err.println("secretome-check: note: the waiver file " + file + " holds the same bytes as " + same.source()
                        + "; it is applied once");
                continue;
            }
            waivers.repeats().forEach(repeat -> err.println("secretome-check: note: " + repeat));
            if (!waivers.isValid()) {
                err.println("secretome-check: the waiver file " + file + " cannot be used:");
                for (Problem problem : waivers.problems()) {
                    err.println("  " + problem.location().display() + ": " + problem.message());
                }
                valid = false;
            }
            read.add(waivers);
        }
        return valid ? checker.withWaiverFiles(read) : null;
    }

    /** The file itself, by any name: its file key (device and inode: a hard link too), else its real path. */
    private static Object identity(Path file) {
        try {
            Object key = java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return key != null ? key : file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize(); // reported when it is read
        }
    }
}
