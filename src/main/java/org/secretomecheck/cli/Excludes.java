package org.secretomecheck.cli;

import java.io.PrintWriter;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import org.secretomecheck.check.ProtocolFiles;
import org.secretomecheck.finding.Readable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --exclude GLOB}, repeatable: what {@code check} and {@code compare} skip in the directories they walk. */
final class Excludes {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip the files and directories met in a directory whose"
            + " path below it matches GLOB (repeatable; rules/** or **/cases/**). Files named as arguments are always read.")
    List<String> globs = new ArrayList<>();

    /** Whether each glob left something out, in the order given. */
    private boolean[] used;

    /**
     * The globs as matchers; a usage error names one that is not a glob. A glob ending in {@code /}
     * names a directory (see {@link #directoryGlob}).
     */
    List<PathMatcher> matchers() {
        List<PathMatcher> excluded = new ArrayList<>();
        used = new boolean[globs.size()];
        for (int i = 0; i < globs.size(); i++) {
            String glob = globs.get(i);
            int index = i;
            try {
                PathMatcher matcher = ProtocolFiles.glob(directoryGlob(glob));
                excluded.add(path -> {
                    boolean matches = matcher.matches(path);
                    used[index] |= matches;
                    return matches;
                });
            } catch (IllegalArgumentException e) {
                String why = e instanceof java.util.regex.PatternSyntaxException syntax
                        ? syntax.getDescription().toLowerCase(java.util.Locale.ROOT) : Readable.line(e.getMessage());
                throw Commands.usage(spec, "--exclude '" + Readable.line(glob) + "' is not a valid glob (" + why
                        + "); write a path pattern such as rules/** or **/cases/**");
            }
        }
        return excluded;
    }

    /**
     * {@code glob}, or for one ending in {@code /} the directory it names, as in .gitignore:
     * {@code drafts/} and {@code **}{@code /drafts/} are a directory drafts at any depth,
     * {@code /drafts/} and {@code qc/drafts/} that one below the directory given.
     */
    private static String directoryGlob(String glob) {
        if (glob.length() < 2 || !glob.endsWith("/")) {
            return glob;
        }
        String directory = glob.substring(0, glob.length() - 1);
        if (directory.startsWith("/")) { // anchored, as .gitignore writes it: below the directory given
            return directory.substring(1);
        }
        if (directory.startsWith("**/")) { // **/ is one directory or more in a glob; in .gitignore, none too
            directory = directory.substring(3);
        }
        return directory.contains("/") || directory.contains("{") ? directory : "{" + directory + ",**/" + directory + "}";
    }

    /** A note on {@code err} for each glob that left out nothing (a typo, or a path that is not below the directory given). */
    void noteUnused(PrintWriter err) {
        for (int i = 0; i < globs.size(); i++) {
            if (!used[i]) {
                err.println("secretome-check: note: --exclude '" + Readable.line(globs.get(i)) + "' matched nothing met in the"
                        + " directories walked (an excluded directory is not searched); it is matched against the path below each"
                        + " directory given (drafts/ for a directory drafts at any depth)");
            }
        }
    }
}
