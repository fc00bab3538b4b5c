package org.secretomecheck.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secretomecheck.load.InputFile;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.rules.Catalogue;
import org.secretomecheck.rules.RuleBook;
import org.secretomecheck.rules.RuleInfo;

/**
 * Verifies a rule set against its case files: every case of every rules directory in use is run,
 * and every criterion (catalogue and site) is traced to its rule and its cases. This is the
 * evidence a regulated user files when validating the tool.
 */
public final class Verification {

    /** The title of a row for a rule ID that only a case file names. */
    public static final String UNKNOWN_RULE = "(case file for an unknown rule)";

    /** Cases are judged as of this date, so that waivers in case files give fixed results. */
    public static final LocalDate CASE_DATE = LocalDate.of(2025, 6, 1);

    /** One criterion of the matrix: its rule (null when not implemented) and its cases. */
    public record Row(String id, String title, RuleInfo rule, List<CaseRunner.Outcome> cases) {

        /**
         * {@code PASS}, {@code FAIL}, {@code NOT IMPLEMENTED}, {@code INCOMPLETE} with the catalogue
         * checks and bundled DRL rules it lacks, or {@code CASES MISSING} with what is missing:
         * {@code (no case)}, {@code (no firing case)} or {@code (no quiet case)}.
         */
        public String result() {
            if (rule == null) {
                return "NOT IMPLEMENTED";
            }
            List<String> lacking = Catalogue.lacking(rule);
            if (!lacking.isEmpty()) {
                return "INCOMPLETE (" + String.join("; ", lacking) + ")";
            }
            if (cases.stream().anyMatch(c -> !c.passed())) {
                return "FAIL";
            }
            boolean firing = cases.stream().anyMatch(CaseRunner.Outcome::firing);
            boolean quiet = cases.stream().anyMatch(CaseRunner.Outcome::quiet);
            return firing && quiet ? "PASS"
                    : "CASES MISSING (" + (firing ? "no quiet case" : quiet ? "no firing case" : "no case") + ")";
        }

        /** True when the criterion is implemented and proven by passing firing and quiet cases. */
        public boolean passed() {
            return result().equals("PASS");
        }
    }

    private final List<Row> rows;
    private final List<CaseRunner.Outcome> outcomes;
    private final int caseFiles;
    private final String casesSha256;
    private final List<String> notRun;

    private Verification(List<Row> rows, List<CaseRunner.Outcome> outcomes, int caseFiles, String casesSha256,
            List<String> notRun) {
        this.rows = rows;
        this.outcomes = outcomes;
        this.caseFiles = caseFiles;
        this.casesSha256 = casesSha256;
        this.notRun = List.copyOf(notRun);
    }

    /**
     * The files among the rules that look meant as case files but were not run ({@link
     * CaseRunner#strayCaseFiles}): a case written there would otherwise count for nothing while the
     * run said every criterion was verified.
     */
    public List<String> notRun() {
        return notRun;
    }

    /** Runs the cases under {@code directories} with {@code book} under {@code profile}. */
    public static Verification run(RuleBook book, LoadedProfile profile, List<Path> directories) {
        CaseRunner runner = new CaseRunner(book, profile, CASE_DATE);
        List<CaseRunner.Outcome> outcomes = new ArrayList<>();
        StringBuilder caseSet = new StringBuilder();
        int caseFiles = 0;
        List<String> notRun = new ArrayList<>();
        for (int d = 0; d < directories.size(); d++) {
            Path directory = directories.get(d);
            List<Path> run = CaseRunner.caseFiles(directory);
            CaseRunner.strayCaseFiles(directory, run).forEach(file -> notRun.add(RuleBook.shown(file)));
            for (Path file : run) {
                String shown = RuleBook.shown(file); // as its rules are shown: rules/... when bundled
                String sha256;
                try { // read as the runner reads it: a pipe or a device is refused, never opened
                    byte[] content = InputFile.read(file, InputLimits.DEFAULT.maxFileBytes());
                    sha256 = Checker.sha256(content);
                    outcomes.addAll(runner.run(file, shown, content));
                } catch (InputFile.UnreadableException e) {
                    sha256 = "unreadable";
                    outcomes.addAll(runner.run(file, shown)); // which says why
                }
                // named within its rules directory, as the rule set's digest names DRL files: the same
                // cases give the same digest however the directory was given (rules, ./rules, /abs/rules)
                String relative = directory.relativize(file).toString().replace('\\', '/');
                caseSet.append(d).append('/').append(relative).append('\0').append(sha256).append('\n');
                caseFiles++;
            }
        }
        Map<String, String> criteria = new LinkedHashMap<>();
        Catalogue.entries().forEach(entry -> criteria.put(entry.id(), entry.title()));
        book.rules().forEach(rule -> criteria.putIfAbsent(rule.id(), rule.title()));
        outcomes.forEach(outcome -> criteria.putIfAbsent(outcome.rule(), UNKNOWN_RULE));
        List<Row> rows = new ArrayList<>();
        criteria.forEach((id, title) -> rows.add(new Row(id, title, book.rule(id),
                outcomes.stream().filter(o -> o.rule().equals(id)).toList())));
        return new Verification(rows, outcomes, caseFiles,
                Checker.sha256(caseSet.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), notRun);
    }

    /** How many case files were run. */
    public int caseFiles() {
        return caseFiles;
    }

    /**
     * The SHA-256 that identifies the case set: of one line per case file, in the order run, the
     * index of its rules directory and its path within it, a NUL and the SHA-256 of its bytes.
     * Another case, or one case changed, gives another digest; the rule set's own digest covers
     * only the DRL.
     */
    public String casesSha256() {
        return casesSha256;
    }

    /** One row per criterion: the catalogue's in order, then site rules. */
    public List<Row> rows() {
        return rows;
    }

    /** Every case run, in file order, and an outcome for each case file that could not be run at all. */
    public List<CaseRunner.Outcome> outcomes() {
        return outcomes;
    }

    /**
     * The cases and case files in words: {@code 771 cases, 771 passed, 0 failed}, and how many case
     * files could not be run at all (they hold no case that ran).
     */
    public String casesInWords() {
        long cases = outcomes.stream().filter(o -> !o.isFile()).count();
        long passed = outcomes.stream().filter(o -> !o.isFile() && o.passed()).count();
        long unrun = outcomes.size() - cases;
        return cases + " cases, " + passed + " passed, " + (cases - passed) + " failed"
                + (unrun == 0 ? "" : "; " + unrun + " case file" + (unrun == 1 ? "" : "s") + " could not be run");
    }

    /** True when every criterion passed, every case file ran and nothing looks like a case file that did not. */
    public boolean passed() {
        return notRun.isEmpty() && rows.stream().allMatch(Row::passed);
    }
}
