package org.secretomecheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.profile.ProfileException;
import org.secretomecheck.profile.ProfileLoader;
import org.secretomecheck.rules.RuleBook;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.finding.Severity;
import org.secretomecheck.load.InputFile;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.load.ReadResult;
import org.secretomecheck.load.YamlReader;
import org.secretomecheck.protocol.ProtocolDocument;

/**
 * Runs the case files that sit beside the rules ({@code <section>/cases/*.yaml}): each case is a
 * protocol fragment and the exact findings of one rule it must give. A fragment is laid over a
 * minimal valid protocol (see {@link #BASE}); {@code product} keys merge with the base product.
 * An expected finding may name {@code message:}, text its message must contain (for the message a
 * merge keeps), and {@code status:}, open or waived. A case may set {@code profile:} overrides, laid over the profile in use as a site profile is, and
 * {@code waivers:} as a protocol file's root holds them (checked as of 2025-06-01 in the tests).
 */
public final class CaseRunner {

    /** The protocol every fragment is laid over. */
    public static final String BASE = "id: CASE-1, stage: design, "
            + "product: {type: conditioned_medium, route: intravenous, clinical_stage: phase1}";

    /** One case and its outcome. */
    public record Outcome(String file, String rule, String name, Set<String> expected, Set<String> actual,
            String problem) {
        /** True when the rule gave exactly the expected findings. */
        public boolean passed() {
            return problem == null && expected.equals(actual);
        }

        /** Whether the case expects the rule to fire. */
        public boolean firing() {
            return !expected.isEmpty();
        }

        /** True for a case that expects no finding: not for a case file that could not be read, which has no cases. */
        public boolean quiet() {
            return expected.isEmpty() && !isFile();
        }

        /** True for the outcome of a case file that could not be run at all ({@link #FILE}), not of a case. */
        public boolean isFile() {
            return name.equals(FILE);
        }
    }

    private static final List<String> SEVERITIES = java.util.Arrays.stream(Severity.values()).map(Severity::label).toList();

    private final RuleBook book;
    private final LocalDate checkDate;
    private final Checker checker;
    private final YamlReader reader = new YamlReader(InputLimits.DEFAULT);

    /** Runs cases with {@code book}, under {@code profile} unless a case overrides thresholds. */
    public CaseRunner(RuleBook book, LoadedProfile profile, LocalDate checkDate) {
        this.book = book;
        this.checkDate = checkDate;
        this.checker = new Checker(book, profile, checkDate, InputLimits.DEFAULT);
    }

    /**
     * Every case file under {@code rulesDirectory}, in path order: a file named .yaml or .yml directly
     * in a directory named {@code cases}. Hidden files and directories are left out, as a walk of
     * protocols leaves them out.
     */
    public static List<Path> caseFiles(Path rulesDirectory) {
        return visibleFiles(rulesDirectory).stream().filter(f -> f.getParent().getFileName() != null
                        && f.getParent().getFileName().toString().equals("cases")
                        && (f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml")))
                .collect(Collectors.toList());
    }

    /**
     * The files under {@code rulesDirectory} that look meant as case files but are none, in path
     * order: a YAML file (.yaml or .yml in any case) in or below a directory named {@code cases} in
     * any case, or anywhere else with the keys {@code rule} and {@code cases} of a case file. Other
     * YAML among the rules (a site profile, CI configuration) is not looked at. {@code run} are the
     * directory's {@link #caseFiles}.
     */
    public static List<Path> strayCaseFiles(Path rulesDirectory, List<Path> run) {
        List<Path> stray = new ArrayList<>();
        for (Path file : visibleFiles(rulesDirectory)) {
            if (run.contains(file) || !file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.ya?ml")) {
                continue;
            }
            boolean inCases = false;
            Path folders = rulesDirectory.relativize(file).getParent();
            for (Path folder : folders == null ? List.<Path>of() : folders) {
                inCases |= folder.toString().equalsIgnoreCase("cases");
            }
            if (inCases || looksLikeACaseFile(file)) {
                stray.add(file);
            }
        }
        return stray;
    }

    /** Whether {@code file} reads as a mapping with the keys rule and cases. */
    private static boolean looksLikeACaseFile(Path file) {
        try {
            ReadResult read = new YamlReader(InputLimits.DEFAULT).read(file.toString(),
                    InputFile.read(file, InputLimits.DEFAULT.maxFileBytes()));
            return read.isReadable() && read.document().root().has("rule") && read.document().root().has("cases");
        } catch (InputFile.UnreadableException e) {
            return false;
        }
    }

    /** The files under {@code rulesDirectory} whose path below it has no part starting with a dot, in path order. */
    private static List<Path> visibleFiles(Path rulesDirectory) {
        try {
            return RuleBook.files(rulesDirectory).stream().filter(f -> {
                for (Path part : rulesDirectory.relativize(f)) {
                    if (part.toString().startsWith(".")) {
                        return false;
                    }
                }
                return f.getParent() != null;
            }).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the outcome of a case file that could not be run at all. */
    public static final String FILE = "(file)";

    /** The keys of a case file, of a case, and of an expected finding. */
    private static final Set<String> FILE_KEYS = Set.of("rule", "cases");
    private static final Set<String> CASE_KEYS = Set.of("name", "protocol", "profile", "waivers", "expect");
    private static final Set<String> EXPECTATION_KEYS = Set.of("severity", "pointer", "message", "status");
    private static final List<String> STATUSES = List.of("open", "waived");

    /** The rule a case file's name gives: {@code EXP-01.yaml} is EXP-01's. */
    private static String named(Path caseFile) {
        return caseFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    /**
     * Runs every case of one case file. A file that cannot be read, or that is not shaped as a
     * case file (an unknown key, a case without a name, two cases of one name), gives one failed
     * outcome with the place of its first problem, for the rule it names (else the rule its file
     * name gives): a typo never quietly weakens a test.
     */
    public List<Outcome> run(Path caseFile, String display) {
        try {
            return run(caseFile, display, InputFile.read(caseFile, InputLimits.DEFAULT.maxFileBytes()));
        } catch (InputFile.UnreadableException e) {
            return List.of(fileProblem(display, named(caseFile), display + ": " + e.getMessage()));
        }
    }

    /** Runs every case of the case file {@code caseFile}, already read as {@code content}. */
    public List<Outcome> run(Path caseFile, String display, byte[] content) {
        String named = named(caseFile);
        ReadResult read = reader.read(display, content);
        if (!read.isReadable() || !read.problems().isEmpty()) {
            Problem first = read.problems().get(0);
            return List.of(fileProblem(display, named, first.location().display() + ": " + first.message()));
        }
        ProtocolDocument source = read.document();
        JsonNode root = source.root();
        String rule = root.path("rule").isTextual() && !root.path("rule").textValue().isBlank()
                ? root.path("rule").textValue() : named;
        String problem = shapeProblem(source);
        if (problem == null && book.rule(rule) == null) {
            problem = source.locate(root.has("rule") ? "/rule" : "").display() + ": no rule of the rule set has the ID "
                    + Readable.line(rule) + ", so its cases test nothing and are not run";
        }
        if (problem != null) {
            return List.of(fileProblem(display, rule, problem));
        }
        List<Outcome> outcomes = new ArrayList<>();
        JsonNode cases = root.path("cases");
        for (int i = 0; i < cases.size(); i++) {
            outcomes.add(runCase(display, rule, cases.get(i), "/cases/" + i, source));
        }
        return outcomes;
    }

    private static Outcome fileProblem(String display, String rule, String problem) {
        return new Outcome(display, rule, FILE, Set.of(), Set.of(), problem);
    }

    /** The first thing that makes {@code source} no case file, at its place; null when it is one. */
    private static String shapeProblem(ProtocolDocument source) {
        JsonNode root = source.root();
        if (!root.isObject()) {
            return source.locate("").display() + ": a case file is a mapping with the keys rule and cases";
        }
        String unknown = unknownKey(source, "", FILE_KEYS);
        if (unknown != null) {
            return unknown;
        }
        if (!root.path("rule").isTextual() || root.path("rule").textValue().isBlank()) {
            return source.locate(root.has("rule") ? "/rule" : "").display() + ": rule: the ID of the rule the cases test";
        }
        JsonNode cases = root.path("cases");
        if (!cases.isArray() || cases.isEmpty()) {
            return source.locate(root.has("cases") ? "/cases" : "").display() + ": cases: a list of one case or more";
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < cases.size(); i++) {
            String at = "/cases/" + i;
            JsonNode testCase = cases.get(i);
            if (!testCase.isObject()) {
                return source.locate(at).display() + ": a case is a mapping (name, protocol, expect, ...)";
            }
            unknown = unknownKey(source, at, CASE_KEYS);
            if (unknown != null) {
                return unknown;
            }
            JsonNode name = testCase.path("name");
            if (!name.isTextual() || name.textValue().isBlank()) {
                return source.locate(testCase.has("name") ? at + "/name" : at).display() + ": a case needs a name (text)";
            }
            if (name.textValue().equals(FILE)) { // the name of a case file's own outcome
                return source.locate(at + "/name").display() + ": a case may not be named " + FILE
                        + ", which stands for a case file that could not be run";
            }
            if (!names.add(name.textValue())) {
                return source.locate(at + "/name").display() + ": two cases are named \"" + name.textValue() + "\"";
            }
            for (String section : List.of("protocol", "profile")) {
                if (testCase.has(section) && !testCase.get(section).isObject()) {
                    return source.locate(at + "/" + section).display() + ": " + section + ": must be a mapping";
                }
            }
            JsonNode expectations = testCase.path("expect");
            for (int j = 0; j < expectations.size() && expectations.isArray(); j++) {
                if (expectations.get(j).isObject()) {
                    unknown = unknownKey(source, at + "/expect/" + j, EXPECTATION_KEYS);
                    if (unknown != null) {
                        return unknown;
                    }
                }
            }
        }
        return null;
    }

    private static String unknownKey(ProtocolDocument source, String at, Set<String> allowed) {
        Iterator<String> keys = source.at(at).fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                return source.locate(ProtocolDocument.child(at, key)).display() + ": unknown key " + key + " (allowed here: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")";
            }
        }
        return null;
    }

    private Outcome runCase(String display, String rule, JsonNode testCase, String at, ProtocolDocument source) {
        String name = testCase.path("name").asText("case " + at);
        Set<String> expected = new TreeSet<>();
        Map<String, String> messages = new HashMap<>(); // key -> text the finding's message must contain
        Set<String> statuses = new HashSet<>(); // keys whose status (open, waived) is expected
        Set<String> keys = new HashSet<>();
        JsonNode expectations = testCase.path("expect");
        if (!expectations.isArray()) {
            return new Outcome(display, rule, name, expected, Set.of(), source.locate(at + (testCase.has("expect")
                    ? "/expect" : "")).display() + ": a case needs expect: a list of findings ([] for none)");
        }
        for (int i = 0; i < expectations.size(); i++) {
            JsonNode finding = expectations.get(i);
            String severity = finding.path("severity").textValue();
            String pointer = finding.path("pointer").textValue();
            JsonNode message = finding.path("message");
            JsonNode status = finding.path("status");
            String wrong = !finding.isObject() ? ""
                    : !SEVERITIES.contains(severity) ? "/severity"
                    : pointer == null || !(pointer.isEmpty() || pointer.startsWith("/")) ? "/pointer"
                    : !(message.isMissingNode() || message.isTextual()) ? "/message"
                    : !(status.isMissingNode() || STATUSES.contains(status.asText()) && status.isTextual()) ? "/status" : null;
            if (wrong != null) {
                JsonNode value = finding.path(wrong.isEmpty() ? "" : wrong.substring(1));
                String written = wrong.isEmpty() || value.isMissingNode() ? ""
                        : " (" + wrong.substring(1) + (value.isTextual() ? " " + value.textValue() : " " + value) + ")";
                String lower = value.isTextual() ? value.textValue().toLowerCase(java.util.Locale.ROOT) : null;
                String meant = wrong.equals("/severity") && SEVERITIES.contains(lower)
                        || wrong.equals("/status") && STATUSES.contains(lower)
                        ? "; " + wrong.substring(1) + " is written in small letters: " + lower
                        : "; write {severity: info|minor|major|critical, pointer: /protocol/...} and, if wanted, message: text"
                        + " the finding's message contains, status: open or waived";
                return new Outcome(display, rule, name, expected, Set.of(), source.locate(at + "/expect/" + i + wrong)
                        .display() + ": a malformed expectation" + written + meant);
            }
            String key = key(rule, severity, pointer);
            if (!keys.add(key)) { // a set would keep one of them: the case would pass with one finding
                return new Outcome(display, rule, name, expected, Set.of(), source.locate(at + "/expect/" + i).display()
                        + ": the finding " + severity + " at " + (pointer.isEmpty() ? "the root" : pointer)
                        + " is expected twice; a rule reports one finding per place");
            }
            if (status.isTextual()) {
                statuses.add(key);
            }
            if (message.isTextual()) {
                messages.put(key, message.textValue());
            }
            expected.add(key + (status.isTextual() ? statusKey(status.textValue()) : "")
                    + (message.isTextual() ? messageKey(message.textValue()) : ""));
        }
        ProtocolDocument document = document(display, testCase, at, source);
        Checker caseChecker = checker;
        if (testCase.has("profile")) {
            try {
                byte[] overrides = ("{\"profile\": " + testCase.get("profile") + "}").getBytes(StandardCharsets.UTF_8);
                caseChecker = new Checker(book, new ProfileLoader().withOverrides(display, overrides), checkDate, InputLimits.DEFAULT);
            } catch (ProfileException e) {
                return new Outcome(display, rule, name, expected, Set.of(), source.locate(at + "/profile").display()
                        + ": bad profile overrides: " + String.join("; ", e.problems().stream()
                                .map(Problem::message).toList()));
            }
        }
        ProtocolResult result = caseChecker.check(display, "", new ReadResult(document, List.of(), Set.of()));
        if (!result.isChecked()) {
            return new Outcome(display, rule, name, expected, Set.of(), result.problems().get(0).location().display()
                    + ": " + result.problems().get(0).message());
        }
        Set<String> actual = new TreeSet<>();
        for (Finding finding : result.findings()) {
            if (finding.ruleId().equals(rule)) {
                String key = key(rule, finding.severity().label(), finding.location().pointer());
                String message = messages.get(key);
                actual.add(key + (statuses.contains(key) ? statusKey(finding.isWaived() ? "waived" : "open") : "")
                        + (message == null ? "" : messageKey(finding.message().contains(message) ? message : finding.message())));
            }
        }
        return new Outcome(display, rule, name, expected, actual, null);
    }

    private static String key(String rule, String severity, String pointer) {
        return rule + " " + severity + " " + pointer;
    }

    /** How an expected status (or the differing actual one) shows in an outcome. */
    private static String statusKey(String status) {
        return " (" + status + ")";
    }

    /** How an expected message (or the differing actual one) shows in an outcome. */
    private static String messageKey(String message) {
        return " \"" + message + "\"";
    }

    private ProtocolDocument document(String display, JsonNode testCase, String caseAt, ProtocolDocument source) {
        JsonNode fragment = testCase.path("protocol");
        String at = caseAt + "/protocol";
        ObjectNode protocol = (ObjectNode) reader.read("base", ("{" + BASE + "}").getBytes(StandardCharsets.UTF_8))
                .document().root();
        if (fragment.isObject()) {
            fragment.properties().forEach(member -> {
                if (member.getKey().equals("product") && member.getValue().isObject()) {
                    ((ObjectNode) protocol.get("product")).setAll((ObjectNode) member.getValue());
                } else {
                    protocol.set(member.getKey(), member.getValue());
                }
            });
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", "secretome-protocol/1");
        root.set("protocol", protocol);
        if (testCase.has("waivers")) {
            root.set("waivers", testCase.get("waivers"));
        }
        Map<String, ProtocolDocument.Position> positions = rebased(source.positions(), caseAt);
        positions.putIfAbsent("", source.positions().getOrDefault(at, new ProtocolDocument.Position(1, 1)));
        return new ProtocolDocument(display, root, positions, rebased(source.written(), caseAt));
    }

    /**
     * The entries of a case file's map by pointer ({@link ProtocolDocument#positions()},
     * {@link ProtocolDocument#written()}) that belong to the case at {@code caseAt}, by their
     * pointers in the protocol document the case builds.
     */
    private static <T> Map<String, T> rebased(Map<String, T> byPointer, String caseAt) {
        String at = caseAt + "/protocol";
        Map<String, T> rebased = new HashMap<>();
        byPointer.forEach((pointer, value) -> {
            if (pointer.equals(at) || pointer.startsWith(at + "/")) {
                rebased.put("/protocol" + pointer.substring(at.length()), value);
            } else if (pointer.startsWith(caseAt + "/waivers")) {
                rebased.put(pointer.substring(caseAt.length()), value);
            }
        });
        return rebased;
    }
}
