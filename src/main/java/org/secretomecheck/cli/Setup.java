package org.secretomecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.load.InputFile;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.profile.ProfileException;
import org.secretomecheck.profile.ProfileLoader;
import org.secretomecheck.rules.Catalogue;
import org.secretomecheck.rules.RuleBook;
import org.secretomecheck.rules.RuleBookException;
import picocli.CommandLine.Option;

/** The options shared by the commands that need rules and a profile: {@code --rules}, {@code --profile}. */
final class Setup {

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory (default: the bundled rules).")
    Path rules;

    @Option(names = "--site-rules", paramLabel = "DIR",
            description = "A directory of site rules (IDs SITE-...) added to the rule set; repeatable.")
    List<Path> siteRules = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Site profile overriding any subset of the default thresholds.")
    Path profile;

    /** The rule book, or null after printing why it cannot be used. */
    RuleBook ruleBook(PrintWriter err) {
        try {
            if (rules == null && siteRules.isEmpty()) {
                return BundledRules.get();
            }
            RuleBook book = RuleBook.load(rules == null ? RuleBook.bundledDirectory() : rules, distinct(siteRules));
            String cacheProblem = RuleBook.cacheProblem();
            if (cacheProblem != null) {
                err.println("secretome-check: warning: " + cacheProblem);
            }
            return book;
        } catch (RuleBookException e) {
            err.println("secretome-check: the rules cannot be used:");
            e.errors().forEach(error -> err.println("  " + error));
            return null;
        }
    }

    /**
     * The rule book for judging protocols, or null after printing why it cannot be used: as
     * {@link #ruleBook}, and it must have a rule for every criterion of the catalogue and every
     * check of it that reports a finding. A partial rule set would report a protocol compliant
     * with criteria it never checked ({@code verify} still runs one, and lists what it lacks).
     */
    RuleBook completeRuleBook(PrintWriter err) {
        RuleBook book = ruleBook(err);
        if (book == null) {
            return null;
        }
        // The bundled rules are complete by construction (CatalogueTest, at every build), and site
        // rules cannot take a catalogue ID: only a --rules directory is looked at, at no cost to a cold start.
        List<String> missing = rules == null ? List.of() : Catalogue.missing(book);
        if (missing.isEmpty()) {
            return book;
        }
        boolean onlyCriteria = missing.stream().allMatch(Catalogue.ids()::contains);
        String separator = onlyCriteria ? ", " : "; ";
        String listed = missing.size() <= 12 ? String.join(separator, missing)
                : String.join(separator, missing.subList(0, 12)) + " and " + (missing.size() - 12) + " more";
        err.println("secretome-check: the rules cannot be used:");
        err.println("  " + book.source() + ": " + (onlyCriteria
                ? missing.size() + " of the " + Catalogue.ids().size() + " criteria of the catalogue have no rule: "
                : "the catalogue's criteria are not all checked as the bundled rules check them: ") + listed);
        err.println("  Protocols are judged only against every criterion, at the catalogue's severities: use a complete"
                + " copy of rules/, and add a site's own rules with --site-rules.");
        return null;
    }

    /** {@code directories} without repeats: a directory named twice, by any name, is read once. */
    private static List<Path> distinct(List<Path> directories) {
        Map<Path, Path> byRealPath = new LinkedHashMap<>();
        for (Path directory : directories) {
            Path real;
            try {
                real = directory.toRealPath();
            } catch (IOException e) {
                real = directory.toAbsolutePath().normalize(); // RuleBook says why it cannot be read
            }
            byRealPath.putIfAbsent(real, directory);
        }
        return List.copyOf(byRealPath.values());
    }

    /**
     * The files these options make the run read, which no output may replace: the profile, and
     * every file in the rules directories (DRL and case files).
     */
    List<Path> inputs() {
        List<Path> inputs = new ArrayList<>();
        if (profile != null) {
            inputs.add(profile);
        }
        List<Path> directories = new ArrayList<>(siteRules);
        if (rules != null) {
            directories.add(rules);
        }
        for (Path directory : directories) {
            try {
                inputs.addAll(RuleBook.files(directory));
            } catch (IOException e) {
                // unreadable rules stop the run before anything is written
            }
        }
        return inputs;
    }

    /**
     * True, after saying so, when standard output is redirected into a file these options make
     * the command read ({@code rules --site-rules site >> site/site.drl}).
     */
    boolean printsIntoAnInput(PrintWriter err) {
        List<Path> standardOutput = Commands.standardOutputIfAFile();
        return !standardOutput.isEmpty() && Commands.overwritesAnInput(standardOutput, inputs(), "", err);
    }

    /** The profile in force, or null after printing why it cannot be used. */
    LoadedProfile profile(PrintWriter err) {
        try {
            if (profile == null) {
                return new ProfileLoader().loadDefault();
            }
            return new ProfileLoader().load(profile.toString(), InputFile.read(profile, InputLimits.DEFAULT.maxFileBytes()));
        } catch (ProfileException e) {
            err.println("secretome-check: the profile cannot be used:");
            for (Problem problem : e.problems()) {
                err.println("  " + problem.location().display() + ": " + problem.message());
            }
            return null;
        } catch (InputFile.UnreadableException e) {
            err.println("secretome-check: cannot read the profile " + profile + ": " + e.getMessage());
            return null;
        }
    }
}
