package org.secretomecheck.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.secretomecheck.check.Checker;
import org.secretomecheck.finding.JsonLayout;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.reference.RuleReference;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.secretomecheck.rules.CheckInfo;
import org.secretomecheck.rules.RuleBook;
import org.secretomecheck.rules.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules}: the rule catalogue, from the DRL metadata of the rules in use. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules of the rule set in use.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:the rules were listed (or the reference written)",
            "2:the command, rules or profile were wrong, or the list or reference could not be written",
            "129:hung up (SIGHUP)",
            "130:interrupted (Ctrl-C)",
            "143:terminated (SIGTERM)"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Setup setup;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, or markdown (the rule reference, one page per section).")
    String format;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "With --format markdown: write README.md and one page per section into DIR.")
    Path outputDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String chosen = format.strip().toLowerCase(java.util.Locale.ROOT); // in any case, as check's --format
        if (!List.of("text", "json", "markdown").contains(chosen)) {
            throw Commands.usage(spec, "unknown --format " + format + " (use text, json or markdown)");
        }
        if (outputDir != null && !chosen.equals("markdown")) {
            throw Commands.usage(spec, "--output-dir writes the markdown rule reference; add --format markdown,"
                    + " or leave --output-dir out to print the " + chosen + " list");
        }
        RuleBook book = setup.printsIntoAnInput(err) ? null : setup.ruleBook(err);
        if (book == null) {
            return ExitCode.ERROR.code();
        }
        LoadedProfile profile = setup.profile(err); // read in every format: a bad --profile is never passed over
        if (profile == null) {
            return ExitCode.ERROR.code();
        }
        if (chosen.equals("markdown")) {
            Map<String, String> pages = RuleReference.pages(book, profile);
            if (outputDir == null) {
                pages.values().forEach(out::print);
            } else {
                if (Commands.notADirectory(outputDir, err) || !Commands.writeInto(outputDir, pages.entrySet(), err)) {
                    return ExitCode.ERROR.code();
                }
                out.printf(Locale.ROOT, "%d pages written to %s\n", pages.size(), outputDir);
                for (String stale : stalePages(outputDir, pages.keySet())) {
                    err.println("secretome-check: note: " + outputDir.resolve(stale) + " is no page of this rule set"
                            + " (left from another run?); README.md does not link it: remove it if it is");
                }
            }
        } else if (chosen.equals("json")) {
            out.print(JsonLayout.indented().build().writeValueAsString(json(book, profile)) + "\n");
        } else {
            int idWidth = book.rules().stream().mapToInt(rule -> rule.id().length()).max().orElse(0);
            int severityWidth = book.rules().stream().mapToInt(rule -> severities(rule).length()).max().orElse(0);
            for (RuleInfo rule : book.rules()) {
                out.printf(Locale.ROOT, "%-" + idWidth + "s  %-" + severityWidth + "s  %s\n", rule.id(), severities(rule), rule.title());
            }
            out.printf(Locale.ROOT, "\n%d rules; rule set sha256 %s\nthresholds: profile %s %s, sha256 %s\n", book.rules().size(),
                    book.sha256(), profile.name(), profile.profile().getVersion(), profile.sha256());
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private static String severities(RuleInfo rule) {
        return rule.checks().stream().map(CheckInfo::severity).distinct()
                .sorted((a, b) -> org.secretomecheck.finding.Severity.of(b).compareTo(org.secretomecheck.finding.Severity.of(a)))
                .reduce((a, b) -> a + "/" + b).orElse("");
    }

    private static ObjectNode json(RuleBook book, LoadedProfile profile) {
        ObjectNode root = JsonMapper.builder().build().createObjectNode();
        root.putObject("tool").put("name", Checker.TOOL.name()).put("version", Checker.TOOL.version())
                .put("codeSha256", Checker.TOOL.code());
        root.put("sha256", book.sha256());
        root.put("source", book.source()); // the rule set's directories, as check's JSON names them under rules
        root.putObject("profile").put("name", profile.name()).put("version", profile.profile().getVersion())
                .put("sha256", profile.sha256()).put("source", profile.source());
        ArrayNode rules = root.putArray("rules");
        for (RuleInfo rule : book.rules()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id()).put("section", rule.section()).put("title", rule.title())
                    .put("appliesTo", rule.appliesTo()).put("file", rule.file());
            rule.sources().forEach(node.putArray("sources")::add);
            rule.profileKeys().forEach(node.putArray("profileKeys")::add);
            ObjectNode thresholds = node.putObject("thresholds");
            rule.profileKeys().forEach(key -> thresholds.set(key, profile.value(key)));
            ArrayNode checks = node.putArray("checks");
            for (CheckInfo check : rule.checks()) {
                checks.addObject().put("check", check.number()).put("severity", check.severity())
                        .put("when", check.condition()).put("target", check.target()).put("message", check.message());
            }
            node.put("rationale", rule.rationale());
        }
        return root;
    }

    /** The Markdown files in {@code directory} that are not among {@code written}, in name order. */
    private static List<String> stalePages(Path directory, Set<String> written) {
        try (Stream<Path> files = java.nio.file.Files.list(directory)) {
            return files.filter(java.nio.file.Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".md") && !written.contains(name)).sorted().toList();
        } catch (IOException e) {
            return List.of(); // the pages were written; a listing that fails only loses the note
        }
    }
}
