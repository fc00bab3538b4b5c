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
            if (glob.isBlank()) { // as every path option refuses "": an unset variable leaves nothing out, silently
                throw Commands.usage(spec, "--exclude '" + glob + "' is empty (an unset variable?); write a path pattern"
                        + " such as drafts/** or **/*.expected.yaml");
            }
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
     * {@code glob} read as in .gitignore: a leading {@code **}{@code /} matches no directory too
     * ({@code **}{@code /drafts/**} holds {@code drafts/d.yaml}); one ending in {@code /} names a
     * directory, at any depth when it holds no other {@code /} ({@code drafts/}), else below the
     * directory given ({@code qc/drafts/}, {@code /drafts/}).
     */
    static String directoryGlob(String glob) {
        boolean directory = glob.length() > 1 && glob.endsWith("/");
        String path = directory ? glob.substring(0, glob.length() - 1) : glob;
        if (directory && path.startsWith("/")) {
            return path.substring(1);
        }
        boolean anyDepth = path.startsWith("**/") || directory && !path.contains("/");
        path = path.startsWith("**/") ? path.substring(3) : path;
        if (!anyDepth) {
            return path;
        }
        return path.contains("{") ? "**/" + path : "{" + path + ",**/" + path + "}"; // braces do not nest in a glob
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
