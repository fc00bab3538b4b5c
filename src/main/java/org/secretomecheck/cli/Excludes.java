package org.secretomecheck.cli;

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

    /** The globs as matchers; a usage error names one that is not a glob. */
    List<PathMatcher> matchers() {
        List<PathMatcher> excluded = new ArrayList<>();
        for (String glob : globs) {
            try {
                excluded.add(ProtocolFiles.glob(glob));
            } catch (IllegalArgumentException e) {
                String why = e instanceof java.util.regex.PatternSyntaxException syntax
                        ? syntax.getDescription().toLowerCase(java.util.Locale.ROOT) : Readable.line(e.getMessage());
                throw Commands.usage(spec, "--exclude '" + Readable.line(glob) + "' is not a valid glob (" + why
                        + "); write a path pattern such as rules/** or **/cases/**");
            }
        }
        return excluded;
    }
}
