package org.secretomecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.profile.ProfileException;
import org.secretomecheck.profile.ProfileLoader;
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
            return RuleBook.load(rules == null ? RuleBook.bundledDirectory() : rules, siteRules);
        } catch (RuleBookException e) {
            err.println("secretome-check: the rules cannot be used:");
            e.errors().forEach(error -> err.println("  " + error));
            return null;
        }
    }

    /** The profile in force, or null after printing why it cannot be used. */
    LoadedProfile profile(PrintWriter err) {
        try {
            if (profile == null) {
                return new ProfileLoader().loadDefault();
            }
            return new ProfileLoader().load(profile.toString(), Files.readAllBytes(profile));
        } catch (ProfileException e) {
            err.println("secretome-check: the profile cannot be used:");
            for (Problem problem : e.problems()) {
                err.println("  " + problem.location().display() + ": " + problem.message());
            }
            return null;
        } catch (IOException e) {
            err.println("secretome-check: cannot read the profile " + profile + ": " + org.secretomecheck.cli.Files.describe(e));
            return null;
        }
    }
}
