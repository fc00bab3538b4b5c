package org.secretomecheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.secretomecheck.finding.BaselineEntry;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Gate;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.RuleDescription;
import org.secretomecheck.finding.Severity;
import org.secretomecheck.finding.Suggestions;
import org.secretomecheck.finding.Tally;
import org.secretomecheck.finding.WaiverRef;
import org.secretomecheck.load.InputFile;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.load.ReadResult;
import org.secretomecheck.load.YamlReader;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.protocol.LoadedProtocol;
import org.secretomecheck.protocol.Protocol;
import org.secretomecheck.protocol.Waiver;
import org.secretomecheck.rules.Catalogue;
import org.secretomecheck.rules.CheckInfo;
import org.secretomecheck.rules.Context;
import org.secretomecheck.rules.Judge;
import org.secretomecheck.rules.RuleBook;
import org.secretomecheck.rules.RuleFailure;
import org.secretomecheck.rules.RuleInfo;
import org.secretomecheck.validate.ProtocolValidator;
import org.secretomecheck.validate.WaiverFileValidator;

/**
 * Checks protocol files: read, validate, judge with the rule book under a profile, apply waivers
 * as of the check date, and sort. Every step is a function of its inputs, so the same files give
 * the same report.
 */
public final class Checker {

    /** The tool's name and version, as every report states them. */
    public static final Report.Tool TOOL = new Report.Tool("secretome-check", Version.current(), Version.code());

    private final RuleBook book;
    private final LoadedProfile profile;
    private final LocalDate checkDate;
    private final InputLimits limits;
    private final YamlReader reader;
    private final ProtocolValidator validator;
    private final Set<String> waivable;
    private final Judge judge;
    private final List<WaiverFile> waiverFiles;
    private final List<Waiver> fileWaivers;
    private final int expiryWarningDays;
    private final Baseline baseline;

    /** The default days before expiry from which a waiver is listed as expiring. */
    public static final int DEFAULT_EXPIRY_WARNING_DAYS = 30;

    public Checker(RuleBook book, LoadedProfile profile, LocalDate checkDate, InputLimits limits) {
        this(book, profile, checkDate, limits, List.of(), DEFAULT_EXPIRY_WARNING_DAYS, null);
    }

    private Checker(RuleBook book, LoadedProfile profile, LocalDate checkDate, InputLimits limits,
            List<WaiverFile> waiverFiles, int expiryWarningDays, Baseline baseline) {
        this.book = book;
        this.profile = profile;
        this.checkDate = checkDate;
        this.limits = limits;
        this.reader = new YamlReader(limits);
        Set<String> ids = new HashSet<>(Catalogue.ids());
        ids.addAll(book.ids());
        this.waivable = Set.copyOf(ids);
        this.validator = new ProtocolValidator(waivable);
        this.judge = new Judge(book);
        this.waiverFiles = List.copyOf(waiverFiles);
        this.fileWaivers = this.waiverFiles.stream().flatMap(file -> file.waivers().stream()).toList();
        this.expiryWarningDays = expiryWarningDays;
        this.baseline = baseline;
    }

    /**
     * This checker, applying also the waivers of {@code files}, in the order given, to every
     * protocol each applies to, after the protocol's own waivers.
     */
    public Checker withWaiverFiles(List<WaiverFile> files) {
        return new Checker(book, profile, checkDate, limits, files, expiryWarningDays, baseline);
    }

    /**
     * For each protocol ID in the scope ({@code protocols}) of a waiver of a waiver file that is none
     * of {@code checkedIds} but looks mistyped for one of them, a note: the waiver waives nothing in
     * that protocol and is stale for none, so the typo would hide it. An ID is taken for mistyped when it is one
     * of {@code checkedIds} in other case or punctuation, or with one character left out, added
     * or two swapped; one with a character replaced is more likely another protocol of the site
     * ({@code SEC-BM-EXO-008} beside {@code SEC-BM-EXO-007}).
     */
    public List<String> mistypedScopes(java.util.Set<String> checkedIds) {
        List<String> notes = new ArrayList<>();
        for (Waiver waiver : fileWaivers) {
            for (String scoped : waiver.protocols()) {
                if (!checkedIds.contains(scoped)) {
                    checkedIds.stream().sorted().filter(id -> mistyped(scoped, id)).findFirst().ifPresent(near -> notes.add(
                            "the waiver of " + waiver.rule() + " at " + waiver.location().display() + " is scoped to " + scoped
                                    + ", the ID of no protocol of this run (did you mean " + near + "?): it waives nothing there"));
                }
            }
        }
        return notes;
    }

    /**
     * True when {@code written} looks like {@code id} mistyped (see {@link #mistypedScopes}): the
     * same in other case, punctuation or zero padding ({@code sec-bm-exo-07}), or with a letter
     * left out or added, or two letters swapped. A number that differs ({@code BATCH-12} beside
     * {@code BATCH-1}, {@code -021} beside {@code -012}) is another protocol's.
     */
    static boolean mistyped(String written, String id) {
        String a = folded(written);
        String b = folded(id);
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (longer.length() - shorter.length() == 1) { // a letter left out or added
            for (int i = 0; i < longer.length(); i++) {
                if (!Character.isDigit(longer.charAt(i)) && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                    return true;
                }
            }
            return false;
        }
        for (int i = 0; a.length() == b.length() && i + 1 < a.length(); i++) { // two letters swapped
            if (a.charAt(i) != b.charAt(i)) {
                return !Character.isDigit(a.charAt(i)) && !Character.isDigit(a.charAt(i + 1))
                        && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2));
            }
        }
        return false;
    }

    /** {@code id} in lower case, without punctuation, symbols and spaces, its numbers without leading zeros. */
    private static String folded(String id) {
        return id.replaceAll("[\\p{P}\\p{S}\\s]", "").toLowerCase(Locale.ROOT).replaceAll("(?<!\\d)0+(?=\\d)", "");
    }

    /** This checker, listing the waivers in force that expire within {@code days} of the check date. */
    public Checker withExpiryWarning(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("the expiry warning needs a number of days of 0 or more");
        }
        return new Checker(book, profile, checkDate, limits, waiverFiles, days, baseline);
    }

    /** This checker, marking the open findings recorded in {@code recorded} and listing its entries that are gone. */
    public Checker withBaseline(Baseline recorded) {
        return new Checker(book, profile, checkDate, limits, waiverFiles, expiryWarningDays, recorded);
    }

    /** What this checker judges with, as a baseline records it. */
    public Baseline.RecordedWith judgedWith() {
        return new Baseline.RecordedWith(TOOL.label(), book.sha256(),
                profile.name() + " " + profile.profile().getVersion(), profile.sha256());
    }

    /** What reading a waiver file gave: its name and SHA-256, its waivers, or the problems that make it unusable. */
    public record WaiverFile(String source, String sha256, List<Waiver> waivers, List<Problem> problems) {
        public WaiverFile {
            waivers = List.copyOf(waivers);
            problems = List.copyOf(problems);
        }

        /** True when the file can be used. */
        public boolean isValid() {
            return problems.isEmpty();
        }

        /** A note for each waiver that repeats an earlier one of the file in all but its place: only one can apply. */
        public List<String> repeats() {
            Map<List<Object>, String> first = new HashMap<>();
            List<String> repeats = new ArrayList<>();
            for (Waiver waiver : waivers) {
                String earlier = first.putIfAbsent(Arrays.asList(waiver.rule(), waiver.pointer(), waiver.justification(),
                        waiver.approvedBy(), waiver.approvedOn(), waiver.expiresOn(), waiver.reference(), waiver.protocols()),
                        waiver.source());
                if (earlier != null) {
                    repeats.add("the waiver at " + waiver.source() + " repeats the one at " + earlier + "; only one can apply");
                }
            }
            return repeats;
        }
    }

    /**
     * Reads the waiver file {@code display} ({@code content} its bytes) as strictly as a protocol:
     * the same YAML reading, the same waiver checks, rule IDs of the catalogue or of the rule set.
     */
    public WaiverFile readWaivers(String display, byte[] content) {
        ReadResult read = reader.read(display, content);
        if (!read.isReadable()) {
            return new WaiverFile(display, sha256(content), List.of(), read.problems());
        }
        WaiverFileValidator.Result valid = new WaiverFileValidator(waivable).validate(read.document(), read.nonStringKeys());
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(valid.problems());
        if (!problems.isEmpty()) {
            problems.sort(Problem.BY_POSITION);
            return new WaiverFile(display, sha256(content), List.of(), problems);
        }
        return new WaiverFile(display, sha256(content), valid.waivers(), List.of());
    }

    /** Checks every file, in the order given, on one thread. */
    public Report check(List<ProtocolFiles.Entry> files) {
        List<ProtocolResult> results = new ArrayList<>();
        check(files, 1, results::add);
        return report(results);
    }

    /**
     * Checks every file on {@code threads} threads and hands each result to {@code sink} in the
     * order of {@code files}, as soon as it and all before it are done. At most a few results per
     * thread are held at a time, so memory does not grow with the number of files.
     */
    public Tally check(List<ProtocolFiles.Entry> files, int threads, Consumer<ProtocolResult> sink) {
        Tally tally = new Tally();
        Consumer<ProtocolResult> counted = result -> {
            tally.add(result);
            sink.accept(result);
        };
        if (threads <= 1 || files.size() <= 1) {
            files.forEach(entry -> counted.accept(checkSafely(entry)));
            return tally;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "secretome-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<ProtocolResult>> pending = new ArrayDeque<>();
            for (ProtocolFiles.Entry entry : files) {
                pending.add(pool.submit(() -> checkSafely(entry)));
                if (pending.size() >= threads * 4) {
                    counted.accept(join(pending.poll()));
                }
            }
            while (!pending.isEmpty()) {
                counted.accept(join(pending.poll()));
            }
            return tally;
        } finally {
            pool.shutdownNow();
        }
    }

    private ProtocolResult checkSafely(ProtocolFiles.Entry entry) {
        if (entry.problem() != null) {
            return ProtocolResult.notChecked(entry.display(), "", null, List.of(entry.problem()));
        }
        try {
            return check(entry.path(), entry.display()); // no path: standard input
        } catch (RuntimeException | Error e) {
            return ProtocolResult.notChecked(entry.display(), "", null, List.of(internalError(entry.display(), e)));
        }
    }

    private static Problem internalError(String display, Throwable e) {
        return new Problem(Problem.Kind.INTERNAL, Location.ofFile(display),
                Readable.line("internal error while checking this file: " + e));
    }

    private static ProtocolResult join(Future<ProtocolResult> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a check failed unexpectedly", e.getCause());
        }
    }

    /** The report for {@code results}, naming the tool, rules, profile and check date. */
    public Report report(List<ProtocolResult> results) {
        return new Report(TOOL, new Report.RuleSet(book.source(), book.sha256(), book.ids().size()),
                new Report.ProfileInfo(profile.name(), profile.profile().getVersion(), profile.source(), profile.sha256(),
                        overrides()),
                checkDate, results, descriptions(), checkDate.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                baseline == null ? null : baseline.source(), Gate.DEFAULT, inputs());
    }

    /** The thresholds in which the profile in force differs from the bundled default, which every report lists. */
    private List<Report.Override> overrides() {
        return profile.differences().stream()
                .map(difference -> new Report.Override(difference.key(), text(difference.value()), text(difference.standard())))
                .toList();
    }

    /** A threshold's value as a report shows it: a scalar as its text, a list as JSON. */
    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** The waiver files and the baseline, with their SHA-256. */
    private List<Report.Input> inputs() {
        List<Report.Input> inputs = new ArrayList<>();
        waiverFiles.forEach(file -> inputs.add(new Report.Input(Report.Input.Role.WAIVERS, file.source(), file.sha256())));
        if (baseline != null) {
            inputs.add(new Report.Input(Report.Input.Role.BASELINE, baseline.source(), baseline.sha256()));
        }
        return inputs;
    }

    private List<RuleDescription> descriptions() {
        List<RuleDescription> descriptions = new ArrayList<>();
        for (RuleInfo rule : book.rules()) {
            descriptions.add(new RuleDescription(rule.id(), rule.title(), rule.appliesTo(), rule.rationale(), rule.sources(),
                    rule.profileKeys().stream().map(key -> key + " = " + profile.value(key) + profile.siteNote(key)).toList(),
                    severities(rule)));
        }
        return descriptions;
    }

    /** The severities {@code rule}'s checks report, most severe first, each once. */
    private static List<Severity> severities(RuleInfo rule) {
        EnumSet<Severity> severities = EnumSet.noneOf(Severity.class);
        for (CheckInfo check : rule.checks()) {
            severities.add(Severity.of(check.severity()));
        }
        List<Severity> mostSevereFirst = new ArrayList<>(severities);
        Collections.reverse(mostSevereFirst);
        return mostSevereFirst;
    }

    /** Checks one file ({@code null}: standard input), shown to the user as {@code display}. */
    public ProtocolResult check(Path file, String display) {
        try {
            return check(display, InputFile.readFileOrStandardInput(file, limits.maxFileBytes()));
        } catch (InputFile.UnreadableException e) {
            return ProtocolResult.notChecked(display, "", null, List.of(new Problem(Problem.Kind.UNREADABLE,
                    Location.ofFile(display), e.getMessage())));
        }
    }

    /** Checks {@code content}, the bytes of the file {@code display}. */
    public ProtocolResult check(String display, byte[] content) {
        return check(display, sha256(content), reader.read(display, content));
    }

    /** Checks a file already read, whose bytes had the digest {@code sha256}. */
    public ProtocolResult check(String display, String sha256, ReadResult read) {
        if (!read.isReadable()) {
            return ProtocolResult.notChecked(display, sha256, null, read.problems());
        }
        JsonNode declared = read.document().root().path("protocol");
        Declared as = new Declared(declared.path("id").textValue(), declared.path("version").textValue(),
                declared.path("stage").textValue());
        try {
            return check(display, sha256, as, read);
        } catch (RuntimeException | Error e) { // a fault of the tool: this file is not checked, the others are
            return as.notChecked(display, sha256, List.of(internalError(display, e)));
        }
    }

    /** What a file declares itself to be, as far as it says so in text, for the report of a file not checked. */
    private record Declared(String id, String version, String stage) {
        /** The report of the file, without what a problem refuses: an ID that is no valid ID is not its ID. */
        ProtocolResult notChecked(String display, String sha256, List<Problem> problems) {
            return ProtocolResult.notChecked(display, sha256, refused(problems, "/protocol/id") ? null : id,
                    refused(problems, "/protocol/version") ? null : version, refused(problems, "/protocol/stage") ? null : stage,
                    problems);
        }

        private static boolean refused(List<Problem> problems, String pointer) {
            return problems.stream().anyMatch(problem -> problem.location().pointer().equals(pointer));
        }
    }

    private ProtocolResult check(String display, String sha256, Declared as, ReadResult read) {
        ProtocolValidator.Result valid = validator.validate(read.document(), read.nonStringKeys());
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(valid.problems());
        if (!problems.isEmpty()) {
            problems.sort(Problem.BY_POSITION);
            return as.notChecked(display, sha256, problems);
        }
        LoadedProtocol loaded = valid.protocol();
        Protocol protocol = loaded.protocol();
        List<Waiver> waivers = new ArrayList<>(loaded.waivers());
        fileWaivers.stream().filter(w -> w.appliesTo(protocol.getId())).forEach(waivers::add);
        try {
            List<Finding> findings = new ArrayList<>(judge.judge(loaded, profile, checkDate, found -> waive(found, waivers)));
            findings.sort(Comparator.comparing((Finding f) -> f.ruleId(), RuleBook.catalogueOrder())
                    .thenComparing(f -> f.location().pointer()));
            List<BaselineEntry> gone = List.of();
            String batchId = protocol.getDocumentation() == null ? null : protocol.getDocumentation().getBatchId();
            if (baseline != null) {
                findings.replaceAll(f -> f.inBaseline(!f.isWaived() && baseline.records(protocol.getId(), batchId, f)));
                gone = baseline.gone(protocol.getId(), batchId, findings);
            }
            List<String> applicable = Completeness.applicable(book, protocol, Context.of(protocol, profile.profile(), checkDate), findings);
            return new ProtocolResult(display, sha256, protocol.getId(), protocol.getVersion(), protocol.getStage(),
                    findings, List.of(), Completeness.score(book, applicable, findings),
                    KeyParameters.of(loaded.document()), applicable,
                    stale(waivers, findings), expiring(waivers, findings), gone, batchId);
        } catch (RuleFailure failure) {
            return as.notChecked(display, sha256, List.of(new Problem(Problem.Kind.RULE, Location.ofFile(display),
                    failure.getMessage())));
        }
    }

    /**
     * Marks each finding waived by the first waiver in force that covers it; a finding that no
     * waiver in force covers but an expired one does stays open, with the first expired waiver
     * noted (it is re-opened); else one that only a waiver not yet in force covers stays open,
     * with that waiver noted, so that a reviewer sees the approval to come.
     */
    private List<Finding> waive(List<Finding> findings, List<Waiver> waivers) {
        List<Finding> waived = new ArrayList<>();
        for (Finding finding : findings) {
            Waiver waiver = waivers.stream()
                    .filter(w -> w.isActiveOn(checkDate) && w.covers(finding.ruleId(), finding.location().pointer()))
                    .findFirst()
                    .or(() -> waivers.stream().filter(w -> w.hasExpiredBy(checkDate)
                            && w.covers(finding.ruleId(), finding.location().pointer())).findFirst())
                    .or(() -> waivers.stream().filter(w -> w.isPendingOn(checkDate)
                            && w.covers(finding.ruleId(), finding.location().pointer())).findFirst())
                    .orElse(null);
            waived.add(waiver == null ? finding : finding.waivedBy(new Finding.WaiverNote(waiver.justification(),
                    waiver.approvedBy(), waiver.approvedOn().toString(), waiver.expiresOn().toString(), waiver.reference(),
                    waiver.source(), waiver.hasExpiredBy(checkDate), waiver.isPendingOn(checkDate))));
        }
        return waived;
    }

    /** The waivers that cover none of {@code findings}, whatever their dates. */
    private static List<WaiverRef> stale(List<Waiver> waivers, List<Finding> findings) {
        return waivers.stream()
                .filter(w -> findings.stream().noneMatch(f -> w.covers(f.ruleId(), f.location().pointer())))
                .map(Checker::ref).toList();
    }

    /**
     * The waivers in force that cover some of {@code findings} and whose last day is at most
     * {@link #expiryWarningDays} after the check date. A stale waiver is listed as stale only: it
     * waives nothing that its expiry would open.
     */
    private List<WaiverRef> expiring(List<Waiver> waivers, List<Finding> findings) {
        LocalDate limit = checkDate.plusDays(expiryWarningDays);
        return waivers.stream().filter(w -> w.isActiveOn(checkDate) && !w.expiresOn().isAfter(limit))
                .filter(w -> findings.stream().anyMatch(f -> w.covers(f.ruleId(), f.location().pointer())))
                .map(Checker::ref).toList();
    }

    private static WaiverRef ref(Waiver waiver) {
        return new WaiverRef(waiver.rule(), waiver.pointer(), waiver.location(), waiver.expiresOn().toString());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
