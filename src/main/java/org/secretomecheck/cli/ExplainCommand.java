package org.secretomecheck.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.secretomecheck.check.Checker;
import org.secretomecheck.finding.EvidenceTags;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.rules.CheckInfo;
import org.secretomecheck.rules.RuleBook;
import org.secretomecheck.rules.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain RULE-ID}: one rule in full, with the thresholds in force. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: title, checks, thresholds in force, rationale and sources.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:the rule was explained",
            "2:no rule of the rule set has that ID, or the command, rules or profile were wrong, or the explanation"
                    + " could not be written",
            "129:hung up (SIGHUP)",
            "130:interrupted (Ctrl-C)",
            "143:terminated (SIGTERM)"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Setup setup;

    @Parameters(paramLabel = "RULE-ID", description = "A rule ID such as EXP-01.")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleBook book = setup.printsIntoAnInput(err) ? null : setup.ruleBook(err);
        LoadedProfile profile = book == null ? null : setup.profile(err);
        if (profile == null) {
            return ExitCode.ERROR.code();
        }
        RuleInfo rule = book.rule(id.trim().toUpperCase(java.util.Locale.ROOT));
        if (rule == null) {
            String close = org.secretomecheck.finding.Suggestions.closestRuleId(id.trim(), new java.util.TreeSet<>(book.ids()));
            String named = id.isBlank() ? "(an empty rule ID)" : org.secretomecheck.finding.Readable.line(id);
            err.println("secretome-check: no rule " + named + " in the rule set" + (close == null ? "" : "; did you mean " + close + "?")
                    + " (see 'secretome-check rules')");
            return ExitCode.ERROR.code();
        }
        out.printf(Locale.ROOT, "%s  %s\n", rule.id(), rule.title());
        out.printf(Locale.ROOT, "Applies to: %s\n", rule.appliesTo());
        out.printf(Locale.ROOT, "Defined in: %s\n\nChecks:\n", rule.file());
        int previous = -1;
        for (CheckInfo check : rule.checks()) { // a check written as several DRL rules: one number, its branches "or"
            String number = check.number() == previous ? "  or" : "  " + check.number() + ".";
            previous = check.number();
            out.printf(Locale.ROOT, "%s [%s] %s\n     -> %s: %s\n", number, check.severity(), check.condition(),
                    check.target(), check.message());
        }
        if (!rule.profileKeys().isEmpty()) {
            out.printf(Locale.ROOT, "\nThresholds in force (profile %s %s):\n", profile.name(), profile.profile().getVersion());
            boolean site = false;
            for (String key : rule.profileKeys()) {
                String note = profile.siteNote(key);
                out.printf(Locale.ROOT, "  %s = %s%s\n", key, profile.value(key), note);
                site |= !note.isEmpty();
            }
            if (site && !rule.id().startsWith(RuleBook.SITE_PREFIX)) { // a site rule's rationale is the site's own
                out.printf(Locale.ROOT, "  The rationale and sources below are those of the default thresholds.\n");
            }
        }
        out.printf(Locale.ROOT, "\nRationale: %s\n\nSources:\n", rule.rationale());
        rule.sources().forEach(source -> out.printf(Locale.ROOT, "  - %s\n", source));
        String legend = EvidenceTags.legend(rule.sources());
        if (!legend.isEmpty()) {
            out.printf(Locale.ROOT, "  %s\n", legend);
        }
        out.printf(Locale.ROOT, "\n%s; rule set %s, sha256 %s; profile %s %s (%s), sha256 %s\n", Checker.TOOL.label(),
                book.source(), book.sha256(), profile.name(), profile.profile().getVersion(),
                profile.source(), profile.sha256());
        out.flush();
        return ExitCode.OK.code();
    }
}
