package org.secretomecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user runs it, through picocli. */
class CliTest {

    static final String COMPLIANT = "protocols/examples/ev-bm-hypoxia-compliant.yaml";
    static final String DEVIATING = "protocols/examples/ev-bm-deviations.yaml";
    static final String ADIPOSE = "protocols/examples/cm-adipose-design.yaml";

    @TempDir
    Path temp;

    /** The outcome of one run. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        List<String> arguments = new ArrayList<>(List.of(args));
        if (!arguments.isEmpty() && List.of("check", "rules", "explain", "verify", "diff", "compare").contains(arguments.get(0))) {
            if (!arguments.contains("--rules")) {
                arguments.add(1, "--rules");
                arguments.add(2, "rules");
            }
        }
        int code = Main.execute(commandLine, arguments.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aDirectorysFilesAreListedByTheirSlashSeparatedPathsCaseIncluded() throws Exception {
        // The order of the text "dir/a-b/x.yaml" < "dir/a.yaml" < "dir/a/x.yaml" < "dir/aB/x.yaml", with
        // capitals before small letters: not a path's own order on Windows, which ignores case and
        // puts its separator after the capitals.
        Path dir = temp.resolve("dir");
        for (String name : List.of("aB/x.yaml", "a/x.yaml", "a.yaml", "a-b/x.yaml", "B.yaml")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.copy(Path.of(COMPLIANT), dir.resolve(name));
        }
        Run run = run("check", dir.toString(), "--as-of", "2025-06-01", "--format", "json");
        List<String> files = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).path("protocols").forEach(p -> files.add(p.path("file").asText()));
        assertThat(files).containsExactly(dir + "/B.yaml", dir + "/a-b/x.yaml", dir + "/a.yaml", dir + "/a/x.yaml",
                dir + "/aB/x.yaml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "diff", "compare", "rules", "explain", "verify"})
    void everyCommandsVersionOptionPrintsTheVersion(String command) {
        String version = run("--version").out();
        assertThat(version).startsWith("secretome-check ");
        for (String option : List.of("-V", "--version")) {
            Run run = run(command, option, "protocols/examples");
            assertThat(run.out()).as(command + " " + option).isEqualTo(version);
            assertThat(run.code()).isZero();
        }
    }

    /** {@code help COMMAND} shows a command's help; an unknown option or command is a usage error, as elsewhere. */
    @Test
    void helpShowsACommandsHelpAndRefusesWhatItDoesNotKnow() {
        Run check = run("help", "check");
        assertThat(check.code()).isZero();
        assertThat(check.out()).isEqualTo(run("check", "--help").out());
        assertThat(run("help").out()).isEqualTo(run("--help").out());
        Run option = run("help", "-x");
        assertThat(option.code()).isEqualTo(2);
        assertThat(option.err()).contains("help does not take the option '-x'");
        Run command = run("help", "nosuch");
        assertThat(command.code()).isEqualTo(2);
        assertThat(command.err()).contains("Unknown subcommand 'nosuch'");
    }

    /** picocli lists an unknown option's value with it ('--jobs', 'a.yaml'), as if the file were an option. */
    @Test
    void anUnknownOptionIsNamedAloneWithTheOptionMeant() {
        Run jobs = run("diff", "--jobs", "2", DEVIATING, DEVIATING);
        assertThat(jobs.code()).isEqualTo(2);
        assertThat(jobs.err()).startsWith("secretome-check: diff does not take the option '--jobs'\n")
                .doesNotContain(DEVIATING);
        assertThat(run("check", "--fial-on", "major", DEVIATING).err())
                .startsWith("secretome-check: check does not take the option '--fial-on'; did you mean --fail-on?\n");
        assertThat(run("check", "-x.yaml", DEVIATING).err()).startsWith("secretome-check: check does not take the option"
                + " '-x.yaml' (a file whose name starts with - is written ./-name)\n");
        assertThat(run("check", "--fail-on-stale-waiver", DEVIATING).err()).as("not picocli's --fail-on, which changes the gate")
                .startsWith("secretome-check: check does not take the option '--fail-on-stale-waiver'; did you mean"
                        + " --fail-on-stale-waivers?\nTry");
        assertThat(run("check", "--formt=json").err()).as("no PATH: still the option is the mistake")
                .startsWith("secretome-check: check does not take the option '--formt'; did you mean --format?\n");
        assertThat(run("check", "--no-colour", DEVIATING).err()).contains("did you mean --no-color?");
        assertThat(run("check", "--fail-on-stale", DEVIATING).err()).as("the one option it starts")
                .contains("did you mean --fail-on-stale-waivers?");
        assertThat(run("check", "--no-fail-on-stale-waivers", DEVIATING).err()).as("not the option of the opposite meaning")
                .startsWith("secretome-check: check does not take the option '--no-fail-on-stale-waivers';"
                        + " --fail-on-stale-waivers is off unless it is given: leave it out\n");
        assertThat(run("check", "--out", "x.json", DEVIATING).err()).as("picocli's, by prefix, when none is close")
                .startsWith("secretome-check: check does not take the option '--out'; did you mean --output?\n");
        Run mistypedAfterValue = run("check", "--waivers", "--formt", "json", DEVIATING);
        assertThat(mistypedAfterValue.code()).isEqualTo(2);
        assertThat(mistypedAfterValue.err()).as("not a waiver file named --formt")
                .startsWith("secretome-check: --waivers needs a value, but an unknown option follows it: check does not take"
                        + " the option '--formt'; did you mean --format? (for a file of that name, write ./--formt)\n");
        assertThat(run("check", "--fail-on", "--jobs", "2", DEVIATING).err())
                .startsWith("secretome-check: --fail-on needs a value, but the option --jobs follows it\n");
        assertThat(run("check", "--waivers", "--jobs=2", DEVIATING).err()).as("an option with its value")
                .startsWith("secretome-check: --waivers needs a value, but the option --jobs=2 follows it\n");
        assertThat(run("check", "--waivers", "-o" + temp.resolve("r.json"), DEVIATING).err()).as("a short option with its value")
                .startsWith("secretome-check: --waivers needs a value, but the option -o" + temp.resolve("r.json") + " follows it\n");
        assertThat(run("check", "--waivers", "--", DEVIATING).err())
                .startsWith("secretome-check: --waivers needs a value, but -- (the end of the options) follows it\n");
        assertThat(run("check", "--rules", "-r", DEVIATING).err()).as("not the option just given, and the advice once")
                .startsWith("secretome-check: --rules needs a value, but an unknown option follows it: check does not take the"
                        + " option '-r' (for a file of that name, write ./-r)\n");
        Run glob = run("check", "--exclude", "-draft*", "--as-of", "2025-06-01", COMPLIANT);
        assertThat(glob.code()).as("a glob may start with -: it is no file").isZero();
        assertThat(run("check", "-o", temp.resolve("r.csv").toString(), DEVIATING).err()).as("compare's table format")
                .contains("names a table file, which check does not write");
    }

    /** {@code -o /dev/null}: the exit code alone, as a shell's {@code > /dev/null}; the check runs in full. */
    @Test
    void anOutputToDevNullKeepsTheVerdictAndWritesNothing() {
        Run passes = run("check", "-o", "/dev/null", COMPLIANT, "--as-of", "2025-06-01");
        assertThat(passes.code()).as(passes.err()).isZero();
        assertThat(passes.out()).isEmpty();
        assertThat(passes.err()).contains("1 protocol, 1 checked").contains("Passes");
        Run fails = run("check", "-o", "/dev/null", "--format", "sarif", DEVIATING, "--as-of", "2025-06-01");
        assertThat(fails.code()).as(fails.err()).isEqualTo(1);
        Run both = run("check", "-o", "/dev/./null", "--write-baseline", "/dev/null", COMPLIANT, "--as-of", "2025-06-01");
        assertThat(both.code()).as("the same name, but nothing is written: " + both.err()).isZero();
    }

    /** An extension that names another format than --format gives is a mistake, as for diff and compare. */
    @Test
    void anOutputWhoseExtensionNamesAnotherFormatIsAUsageError() throws java.io.IOException {
        Run run = run("check", "-o", temp.resolve("r.pdf").toString(), "--format", "json", COMPLIANT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("secretome-check: --output " + temp.resolve("r.pdf") + " names a pdf file, but"
                + " --format is json; give the file the format's extension, or leave --format out\n");
        assertThat(temp.resolve("r.pdf")).doesNotExist();
        assertThat(run("check", "-o", temp.resolve("r.txt").toString(), "--format", "json", COMPLIANT, "--as-of", "2025-06-01")
                .code()).as(".txt holds any text").isZero();
        assertThat(run("check", "-o", temp.resolve("r.sarif.json").toString(), COMPLIANT, "--as-of", "2025-06-01").code())
                .isZero();
        assertThat(java.nio.file.Files.readString(temp.resolve("r.sarif.json"))).as("SARIF's usual name implies SARIF")
                .contains("\"$schema\" : \"https://docs.oasis-open.org/sarif/");
        assertThat(run("check", "-o", temp.resolve("r.pdf.json").toString(), "--format", "pdf", COMPLIANT).code())
                .as("the last extension names the file's format").isEqualTo(2);
    }

    /** A file not checked is named by the ID it declares, but not by one its problems refuse. */
    @Test
    void anInvalidIdIsNotShownAsTheProtocolsId() throws Exception {
        Path invalid = java.nio.file.Files.writeString(temp.resolve("bad-id.yaml"),
                java.nio.file.Files.readString(Path.of(COMPLIANT)).replace("id: SEC-BM-EV-001", "id: \"Ünïcødé µ\""));
        JsonNode protocol = new ObjectMapper().readTree(run("check", invalid.toString(), "--format", "json").out()).at("/protocols/0");
        assertThat(protocol.path("status").asText()).isEqualTo("not_checked");
        assertThat(protocol.get("id").isNull()).isTrue();
        assertThat(protocol.path("stage").asText()).as("what is valid is still named").isEqualTo("batch_record");
    }

    @Test
    void aFileThatCannotBeReadHasNoDigestInTheJsonReport() throws Exception {
        Run run = run("check", temp.resolve("absent.yaml").toString(), COMPLIANT, "--as-of", "2025-06-01", "--format", "json");
        assertThat(run.code()).isEqualTo(2);
        JsonNode protocols = new ObjectMapper().readTree(run.out()).path("protocols");
        assertThat(protocols.get(0).get("sha256").isNull()).as("not an empty text").isTrue();
        assertThat(protocols.get(1).get("sha256").textValue()).hasSize(64);
        JsonNode problem = protocols.get(0).path("problems").get(0);
        assertThat(problem.get("line").isNull()).as("a problem with the whole file has no line, not line 0").isTrue();
        assertThat(problem.get("column").isNull()).isTrue();
    }

    @Test
    void compliantProtocolExitsZero() {
        Run run = run("check", COMPLIANT, "--as-of", "2025-06-01");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("checked: no findings").contains("Summary: 1 protocol, 1 checked, 0 not checked");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void excludeSkipsWhatMatchesBelowAWalkedDirectoryButNeverAFileNamedOnTheCommandLine() throws Exception {
        Path repo = temp.resolve("repo");
        Files.createDirectories(repo.resolve("protocols/old"));
        Files.createDirectories(repo.resolve("rules/chr/cases"));
        Files.copy(Path.of(COMPLIANT), repo.resolve("protocols/a.yaml"));
        Files.copy(Path.of(COMPLIANT), repo.resolve("protocols/old/b.yaml"));
        Files.writeString(repo.resolve("rules/chr/cases/CHR-01.yaml"), "rule: CHR-01\ncases: []\n");
        Files.writeString(repo.resolve("ci.yml"), "stages: [test]\n");
        JsonNode all = new ObjectMapper().readTree(run("check", repo.toString(), "--format", "json").out());
        assertThat(all.at("/summary/protocols").asInt()).isEqualTo(4);
        Run excluded = run("check", repo.toString(), "--format", "json", "--exclude", "rules/**", "--exclude", "*.yml",
                "--exclude", "**/old");
        JsonNode report = new ObjectMapper().readTree(excluded.out());
        assertThat(report.path("protocols").findValuesAsText("file")).containsExactly(repo.resolve("protocols/a.yaml").toString());
        assertThat(excluded.code()).isZero();
        assertThat(excluded.err()).as("every glob left something out").isEmpty();
        assertThat(report.path("excludes").toString()).as("the record names what the run left out")
                .isEqualTo("[\"rules/**\",\"*.yml\",\"**/old\"]");
        assertThat(run("check", repo.toString(), "--exclude", "rules/**", "--exclude", "*.yml", "--exclude", "**/old").out())
                .contains("; excluded by --exclude 'rules/**', '*.yml', '**/old'; check date ");
        assertThat(all.has("excludes")).as("nothing excluded, nothing named").isFalse();
        Run asInGitignore = run("check", repo.toString(), "--format", "json", "--exclude", "rules/", "--exclude", "ci.yml",
                "--exclude", "**/old/", "--exclude", "/protocols/old/", "--exclude", "protocol/**");
        assertThat(new ObjectMapper().readTree(asInGitignore.out()).path("protocols").findValuesAsText("file"))
                .as("a glob ending in / names the directory, at any depth without another /")
                .containsExactly(repo.resolve("protocols/a.yaml").toString());
        assertThat(asInGitignore.err()).as("each glob that matched is known, whatever matched before it").isEqualTo(
                "secretome-check: note: --exclude 'protocol/**' matched nothing met in the directories walked (an excluded"
                + " directory is not searched); it is matched against the path below each directory given (drafts/ for a"
                + " directory drafts at any depth)\n");
        Run named = run("check", repo.resolve("ci.yml").toString(), "--exclude", "*.yml", "--format", "json");
        assertThat(new ObjectMapper().readTree(named.out()).at("/summary/notChecked").asInt()).as("a named file is checked").isOne();
        Run bad = run("check", repo.toString(), "--exclude", "rules/[a-");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("secretome-check: --exclude 'rules/[a-' is not a valid glob (").doesNotContain("\n  at ");
        assertThat(bad.out()).isEmpty();
        Run empty = run("check", repo.toString(), "--exclude", "");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).startsWith("secretome-check: --exclude '' is empty (an unset variable?)");
        Run compared = run("compare", repo.toString(), "--exclude", "rules/**", "--exclude", "*.yml", "--exclude", "**/old");
        assertThat(compared.code()).as("compare skips the same files: " + compared.err()).isZero();
        assertThat(compared.out()).contains("Comparison of 1 protocol");
        assertThat(run("compare", repo.toString(), "--exclude", "rules/[a-").err())
                .startsWith("secretome-check: --exclude 'rules/[a-' is not a valid glob (");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "drafts/ | {drafts,**/drafts}", "**/drafts/ | {drafts,**/drafts}", "/drafts/ | drafts", "qc/drafts/ | qc/drafts",
        "**/qc/drafts/ | {qc/drafts,**/qc/drafts}", "**/drafts/** | {drafts/**,**/drafts/**}", "drafts/** | drafts/**",
        "**/{a,b}/ | **/{a,b}", "*.yaml | *.yaml"})
    void excludeGlobsReadAsInGitignore(String glob, String matcher) {
        assertThat(Excludes.directoryGlob(glob)).isEqualTo(matcher);
    }

    @Test
    void aDirectoryWhoseProtocolsAreAllExcludedSaysSoRatherThanThatItHoldsNone() throws Exception {
        Path dir = temp.resolve("protocols");
        Files.createDirectories(dir.resolve("examples/old"));
        Files.createDirectories(dir.resolve("drafts"));
        Files.copy(Path.of(COMPLIANT), dir.resolve("examples/a.yaml"));
        Files.copy(Path.of(COMPLIANT), dir.resolve("examples/b.yml"));
        Files.copy(Path.of(COMPLIANT), dir.resolve("examples/old/c.yaml"));
        Files.writeString(dir.resolve("examples/notes.txt"), "not a protocol\n");
        Run files = run("check", dir.toString(), "--exclude", "examples/*.y*ml", "--exclude", "examples/old");
        assertThat(files.code()).isEqualTo(2);
        assertThat(files.out()).contains("the directory holds no .yaml or .yml file to check: "
                + "2 .yaml or .yml files excluded by --exclude, 1 directory excluded by --exclude, not searched");
        Run all = run("check", dir.toString(), "--exclude", "**.y*ml");
        assertThat(all.out()).contains("to check: 3 .yaml or .yml files excluded by --exclude\n");
        Run none = run("check", dir.resolve("drafts").toString(), "--exclude", "examples/**");
        assertThat(none.out()).contains("the directory holds no .yaml or .yml file\n");
    }

    @Test
    void aDirectoryWhoseProtocolsAreAllHiddenSaysSoRatherThanThatItHoldsNone() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("hidden"));
        Files.copy(Path.of(COMPLIANT), dir.resolve(".draft.yaml"));
        Files.copy(Path.of(COMPLIANT), Files.createDirectories(dir.resolve(".git")).resolve("a.yaml"));
        Files.writeString(dir.resolve("notes.txt"), "not a protocol\n");
        Run run = run("check", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("the directory holds no .yaml or .yml file to check: "
                + "1 hidden .yaml or .yml file skipped (the name starts with a dot), 1 hidden directory not searched\n");
    }

    @Test
    void aFileNotCheckedIsReportedWithTheIdVersionAndStageItDeclares() throws Exception {
        Path invalid = temp.resolve("invalid.yaml");
        Files.writeString(invalid, Files.readString(Path.of(COMPLIANT)).replaceFirst("\n  id: [^\n]*", "\n  id: P-1\n  colour: red"));
        JsonNode protocol = new ObjectMapper().readTree(run("check", invalid.toString(), "--format", "json").out())
                .at("/protocols/0");
        assertThat(protocol.path("status").asText()).isEqualTo("not_checked");
        assertThat(protocol.path("id").asText()).isEqualTo("P-1");
        assertThat(protocol.path("version").isTextual()).isTrue();
        assertThat(protocol.path("stage").asText()).isEqualTo("batch_record");
    }

    @Test
    void argumentsCanComeFromAFile() throws Exception {
        Path args = temp.resolve("ci.args");
        Files.writeString(args, "# the CI job's settings\n--as-of 2025-06-01\n--fail-on critical\n\"" + DEVIATING + "\"\n");
        Run run = run("check", "@" + args);
        assertThat(run.code()).as("critical findings fail").isEqualTo(1);
        assertThat(run.out()).contains("check date 2025-06-01").contains("DON-04");
        // a file whose name starts with @ and that is not an argument file is a path, reported as missing
        Run missing = run("check", "@" + temp.resolve("absent.yaml"), "--as-of", "2025-06-01");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.out()).contains("absent.yaml");
        // an argument file that exists but cannot be read is a usage error, not a stack trace
        Run directory = run("check", "--as-of", "2025-06-01", "@" + temp);
        assertThat(directory.code()).isEqualTo(2);
        assertThat(directory.err()).isEqualTo("secretome-check: cannot read argument file @" + temp
                + ": is a directory\nTry 'secretome-check check --help'.\n");
        // one that includes itself would leave the command without its arguments: said as such
        Path first = temp.resolve("first.args");
        Path second = temp.resolve("second.args");
        Files.writeString(first, "--as-of 2025-06-01\n@" + second + "\n");
        Files.writeString(second, "@" + first + "\n");
        Run loop = run("check", "@" + first);
        assertThat(loop.code()).isEqualTo(2);
        assertThat(loop.err()).isEqualTo("secretome-check: the argument file " + first + " includes itself: "
                + first.toRealPath() + " -> " + second.toRealPath() + " -> " + first.toRealPath()
                + "\nTry 'secretome-check check --help'.\n");
    }

    @Test
    void findingsAtOrAboveFailOnExitOne() {
        Run run = run("check", DEVIATING, "--as-of", "2025-06-01");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).containsPattern("protocols/examples/ev-bm-deviations.yaml:\\d+:\\d+  CRITICAL  DON-04 ");
        assertThat(run.out()).contains("WAIVED    DON-02");
    }

    @Test
    void failOnRaisesTheThreshold() {
        assertThat(run("check", ADIPOSE, "--as-of", "2025-06-01").code()).isEqualTo(1);
        assertThat(run("check", ADIPOSE, "--as-of", "2025-06-01", "--fail-on", "critical").code()).isZero();
    }

    @Test
    void jsonReportNamesToolRulesProfileAndDigests() throws IOException {
        Run run = run("check", DEVIATING, "--as-of", "2025-06-01", "--format", "json");
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        report.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("tool", "checkDate", "rules", "profile", "protocols", "summary");
        assertThat(report.at("/tool/name").asText()).isEqualTo("secretome-check");
        assertThat(report.at("/rules/sha256").asText()).hasSize(64);
        assertThat(report.at("/profile/name").asText()).isEqualTo("default_eu_gmp_clinical");
        assertThat(report.at("/profile/sha256").asText()).hasSize(64);
        JsonNode protocol = report.at("/protocols/0");
        assertThat(protocol.path("sha256").asText()).hasSize(64);
        assertThat(protocol.path("status").asText()).isEqualTo("checked");
        assertThat(protocol.path("id").asText()).isEqualTo("SEC-BM-EXO-007");
        JsonNode finding = protocol.path("findings").get(0);
        List<String> findingKeys = new ArrayList<>();
        finding.fieldNames().forEachRemaining(findingKeys::add);
        assertThat(findingKeys).startsWith("ruleId", "severity", "status", "message", "pointer", "line", "column");
        assertThat(report.at("/summary/waived").asInt()).isEqualTo(1);
    }

    @Test
    void sameInputsGiveTheSameBytes() {
        String first = run("check", "protocols/examples", "--as-of", "2025-06-01", "--format", "json").out();
        String second = run("check", "protocols/examples", "--as-of", "2025-06-01", "--format", "json").out();
        assertThat(first).isEqualTo(second);
    }

    @Test
    void parallelCheckingGivesTheBytesOfSequentialChecking() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("many"));
        for (int i = 0; i < 12; i++) {
            for (String example : List.of(COMPLIANT, DEVIATING, ADIPOSE)) {
                Files.copy(Path.of(example), dir.resolve(i + "-" + Path.of(example).getFileName()));
            }
        }
        Files.writeString(dir.resolve("5-broken.yaml"), "format: [");
        for (String format : List.of("text", "json")) {
            String sequential = run("check", dir.toString(), "--as-of", "2025-06-01", "--format", format, "--jobs", "1").out();
            String parallel = run("check", dir.toString(), "--as-of", "2025-06-01", "--format", format, "--jobs", "4").out();
            assertThat(parallel).isEqualTo(sequential);
            Path file = temp.resolve("report." + format);
            run("check", dir.toString(), "--as-of", "2025-06-01", "--format", format, "--jobs", "3", "--output", file.toString());
            assertThat(Files.readString(file)).isEqualTo(sequential);
        }
    }

    @Test
    void brokenFileIsNotCheckedButTheOthersAre() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("batch"));
        Files.copy(Path.of(COMPLIANT), dir.resolve("a-good.yaml"));
        Files.writeString(dir.resolve("b-broken.yaml"), "format: secretome-protocol/1\nprotocol: {id: X, stage: design\n");
        Files.copy(Path.of(ADIPOSE), dir.resolve("c-good.yml"));
        Run run = run("check", dir.toString(), "--as-of", "2025-06-01");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).containsPattern("b-broken.yaml:\\d+:\\d+  ERROR ")
                .contains("Summary: 3 protocols, 2 checked, 1 not checked")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingPathIsAnError() {
        Run run = run("check", "no/such/file.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("no/such/file.yaml").contains("no such file or directory");
    }

    @Test
    void wrongCommandLineIsExitTwo() {
        assertThat(run("check", COMPLIANT, "--no-such-option").code()).isEqualTo(2);
        assertThat(run("check", COMPLIANT, "--fail-on", "severe").code()).isEqualTo(2);
        assertThat(run("check", COMPLIANT, "--as-of", "2025-13-01").code()).isEqualTo(2);
        assertThat(run("check", COMPLIANT, "--format", "xml").code()).isEqualTo(2);
    }

    @Test
    void outputFileReceivesTheReport() throws IOException {
        Path report = temp.resolve("report.json");
        Run run = run("check", COMPLIANT, "--as-of", "2025-06-01", "--format", "json", "--output", report.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(report.toFile()).at("/summary/checked").asInt()).isEqualTo(1);
    }

    /** The run with {@code input} as standard input. */
    static Run withStandardInput(byte[] input, String... args) {
        java.io.InputStream before = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input));
        try {
            return run(args);
        } finally {
            System.setIn(before);
        }
    }

    /** A protocol piped in is checked like its file, once however often "-" is named, under the name <stdin>. */
    @Test
    void aDashAmongTheProtocolsReadsOneFromStandardInput() throws IOException {
        byte[] content = Files.readAllBytes(Path.of(ADIPOSE));
        Run file = run("check", "--as-of", "2025-06-01", "--format", "json", ADIPOSE);
        Run piped = withStandardInput(content, "check", "--as-of", "2025-06-01", "--format", "json", "-", ADIPOSE, "-");
        assertThat(piped.code()).isEqualTo(file.code()).isEqualTo(1);
        JsonNode fromFile = new ObjectMapper().readTree(file.out()).at("/protocols/0");
        JsonNode protocols = new ObjectMapper().readTree(piped.out()).path("protocols");
        assertThat(protocols).hasSize(2);
        assertThat(protocols.get(0).path("file").asText()).isEqualTo("<stdin>");
        assertThat(protocols.get(0).path("sha256")).isEqualTo(fromFile.path("sha256"));
        assertThat(protocols.get(0).path("findings").toString().replace("<stdin>", ADIPOSE))
                .isEqualTo(fromFile.path("findings").toString());
        assertThat(protocols.get(1).path("file").asText()).isEqualTo(ADIPOSE);

        Run text = withStandardInput(content, "check", "--as-of", "2025-06-01", "-");
        assertThat(text.out()).contains("<stdin>:90:5  MAJOR     CON-04");
        Run empty = withStandardInput(new byte[0], "check", "--as-of", "2025-06-01", "-", COMPLIANT);
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.out()).contains("<stdin>  ERROR     the file holds no YAML document")
                .contains("Summary: 2 protocols, 1 checked, 1 not checked");
        assertThat(run("check", "--as-of", "2025-06-01", "./-").out()).as("a file named - is ./-")
                .contains("./-  ERROR     no such file or directory");
    }

    /** A protocol redirected to standard input from a file is an input like any other: no output replaces it. */
    @Test
    void aProtocolRedirectedToStandardInputIsNeverOverwritten() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/stdin")));
        Path protocol = Files.copy(Path.of(ADIPOSE), temp.resolve("p.yaml"));
        for (List<String> arguments : List.of(List.of("check", "-", "-o", protocol.toString()),
                List.of("check", "-", "--write-baseline", protocol.toString()),
                List.of("diff", "-", DEVIATING, "-o", protocol.toString()),
                List.of("compare", "-", "-o", protocol.toString()))) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectInput(protocol.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(arguments + ": " + output).isEqualTo(2);
            assertThat(output).contains(protocol + " is also an input (standard input); it would be overwritten");
            assertThat(Files.mismatch(protocol, Path.of(ADIPOSE))).as(arguments.toString()).isEqualTo(-1L);
        }
    }

    /**
     * A report on standard output redirected to a file the run reads (a protocol, a waiver file)
     * or also writes (the new baseline) is refused: it would replace that file, or be replaced.
     */
    @Test
    void aReportRedirectedOverAFileOfTheRunIsRefused() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/stdout")));
        Path protocol = Files.copy(Path.of(ADIPOSE), temp.resolve("p.yaml"));
        Path baseline = temp.resolve("baseline.txt");
        for (List<String> arguments : List.of(List.of("check", protocol.toString()), List.of("compare", protocol.toString()),
                List.of("diff", protocol.toString(), DEVIATING), List.of("check", ADIPOSE, "--write-baseline", baseline.toString()))) {
            Path redirected = arguments.contains("--write-baseline") ? baseline : protocol;
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(arguments);
            command.addAll(List.of("--as-of", "2025-06-01"));
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.appendTo(redirected.toFile()))
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
            String err = new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(arguments + ": " + err).isEqualTo(2);
            assertThat(err).as(arguments.toString()).contains(redirected == baseline
                    ? "standard output and " + baseline + " are the same file"
                    : "standard output is also an input (" + protocol + "); the output would be written into it");
            assertThat(Files.mismatch(protocol, Path.of(ADIPOSE))).as(arguments.toString()).isEqualTo(-1L);
        }
        assertThat(baseline).isEmptyFile();
        Path profile = Files.writeString(temp.resolve("site.yaml"), "profile:\n  name: mine\n  expansion: {max_passage: 4}\n");
        for (List<String> arguments : List.of(List.of("rules", "--profile", profile.toString()),
                List.of("explain", "EXP-01", "--profile", profile.toString()), List.of("verify", "--profile", profile.toString(),
                        "--output-dir", temp.resolve("matrix").toString()))) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.appendTo(profile.toFile()))
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
            String err = new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(arguments + ": " + err).isEqualTo(2);
            assertThat(err).as(arguments.toString()).contains("standard output is also an input (" + profile
                    + "); the output would be written into it");
        }
        assertThat(profile).hasContent("profile:\n  name: mine\n  expansion: {max_passage: 4}");
        Path read = temp.resolve("read.json");
        run("check", ADIPOSE, "--as-of", "2025-06-01", "--write-baseline", read.toString());
        String recorded = Files.readString(read);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", ADIPOSE, "--as-of", "2025-06-01",
                "--baseline", read.toString(), "--write-baseline", "/dev/stdout", "-o", temp.resolve("r.txt").toString()));
        Process appending = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.appendTo(read.toFile()))
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String appendErr = new String(appending.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(appending.waitFor()).as("the baseline in use is not appended to: " + appendErr).isEqualTo(2);
        assertThat(read).hasContent(recorded);
        Run both = run("check", ADIPOSE, "--as-of", "2025-06-01", "--write-baseline", "/dev/stdout");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("the report and the baseline (--write-baseline /dev/stdout) would both go to standard output");
        assertThat(both.out()).isEmpty();
    }

    /** {@code -o /dev/stdout} is standard output, written as such: {@code >>} appends to the file, a binary format goes there too. */
    @Test
    void anOutputToDevStdoutIsWrittenToStandardOutput() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/stdout")));
        Path log = Files.writeString(temp.resolve("log.txt"), "earlier\n");
        for (List<String> arguments : List.of(List.of("-o", "/dev/stdout"), List.of("--format", "pdf", "-o", "/dev/stdout"))) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", ADIPOSE, "--as-of", "2025-06-01"));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
            String err = new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(arguments + ": " + err).isEqualTo(1);
        }
        String written = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(written).startsWith("earlier\n").contains("Summary: 1 protocol, 1 checked").contains("%PDF-");
    }

    /** With standard input closed, the JVM's own files take descriptor 0: they are not read as the protocol. */
    @Test
    void aClosedStandardInputIsSaidToBeClosed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/fd/0")));
        Process process = new ProcessBuilder("sh", "-c", "exec \"$0\" -cp \"$1\" " + Main.class.getName()
                + " check --as-of 2025-06-01 - " + ADIPOSE + " <&-", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path")).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isEqualTo(2);
        assertThat(output).contains("<stdin>  ERROR     standard input is closed")
                .contains("Summary: 2 protocols, 1 checked, 1 not checked");
    }

    /** Change control of a version kept elsewhere: git show HEAD:p.yaml | secretome-check diff - p.yaml. */
    @Test
    void diffReadsOneVersionFromStandardInput() throws IOException {
        Path now = temp.resolve("now.yaml");
        Files.writeString(now, Files.readString(Path.of(DEVIATING)).replace("age_years: 67", "age_years: 71"));
        Run diff = withStandardInput(Files.readAllBytes(Path.of(DEVIATING)), "diff", "--as-of", "2025-06-01", "-",
                now.toString());
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("Change control: <stdin> -> " + now)
                .contains("changed  /protocol/donor/age_years  67 (line 30) -> 71 (line 30)");
        Run both = run("diff", "-", "-");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("standard input (-) can be only one of the two versions");
    }

    @Test
    void aDashIsNeitherStandardInputNorOutputForOptionsAndSaysSo() {
        for (String option : List.of("--output", "--profile", "--baseline", "--waivers")) {
            Run dash = run("check", option, "-", COMPLIANT);
            assertThat(dash.code()).as(option).isEqualTo(2);
            assertThat(dash.err()).as(option).contains("'-' (standard input or output) is not supported here");
        }
    }

    @Test
    void runningOutOfMemoryIsNamedAsSuchWithTheWayOut() {
        assertThat(Main.failure(new java.util.concurrent.CompletionException(new OutOfMemoryError("Java heap space"))))
                .startsWith("secretome-check: out of memory (Java heap space); the report is incomplete.")
                .contains("write text or json", "SECRETOME_CHECK_JAVA_OPTS=-Xmx8g ./secretome-check");
        assertThat(Main.failure(new OutOfMemoryError())).startsWith("secretome-check: out of memory; the report is incomplete.");
        assertThat(Main.failure(new IllegalStateException("x"))).isEqualTo("secretome-check: internal error: java.lang.IllegalStateException: x");
    }

    /** A report that a regulator reads names every threshold in which the site departs from the default, in every format. */
    @Test
    void everyReportListsTheThresholdsASiteProfileChanges() throws IOException {
        Path site = temp.resolve("site.yaml");
        Files.writeString(site, "profile:\n  name: site_a\n  expansion: {max_passage: 4}\n  donor: {age_warn_years: 60.0}\n");
        Path dir = temp.resolve("reports");
        Run run = run("check", DEVIATING, "--as-of", "2025-06-01", "--profile", site.toString(), "--format",
                "text,json,sarif,junit,markdown,html", "--output-dir", dir.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        String override = "profile.expansion.max_passage = 4 (default 5)";
        for (String file : List.of("secretome-check.txt", "secretome-check.xml", "secretome-check.md", "secretome-check.html")) {
            assertThat(Files.readString(dir.resolve(file))).as(file)
                    .contains(file.endsWith(".md") ? override.replace("_", "\\_") : override)
                    .as("60.0 is the default's 60").doesNotContain("(default 60)");
        }
        assertThat(Files.readString(dir.resolve("secretome-check.html"))).as("marked at the finding's thresholds too")
                .contains("profile.expansion.max_passage = 4 (the site's own; default 5)");
        JsonNode expected = new ObjectMapper().readTree(
                "[{\"key\": \"profile.expansion.max_passage\", \"value\": \"4\", \"default\": \"5\"}]");
        assertThat(new ObjectMapper().readTree(dir.resolve("secretome-check.json").toFile()).at("/profile/overrides"))
                .isEqualTo(expected);
        assertThat(new ObjectMapper().readTree(dir.resolve("secretome-check.sarif").toFile())
                .at("/runs/0/properties/profile/overrides")).isEqualTo(expected);
        Run standard = run("check", DEVIATING, "--as-of", "2025-06-01", "--format", "json");
        assertThat(new ObjectMapper().readTree(standard.out()).at("/profile").has("overrides")).isFalse();
    }

    @Test
    void siteProfileOverridesThresholds() throws IOException {
        Path site = temp.resolve("site.yaml");
        Files.writeString(site, "profile:\n  name: site_a\n  expansion: {max_passage: 10, passage_major_above: 12}\n");
        Run strict = run("check", DEVIATING, "--as-of", "2025-06-01");
        Run relaxed = run("check", DEVIATING, "--as-of", "2025-06-01", "--profile", site.toString());
        assertThat(strict.out()).contains("EXP-01");
        assertThat(relaxed.out()).doesNotContain("EXP-01").contains("profile site_a 1.0 (from " + site + "; differs from the"
                + " default in profile.expansion.max_passage = 10 (default 5); profile.expansion.passage_major_above = 12"
                + " (default 6); sha256 ");
        assertThat(strict.out()).containsPattern("profile default_eu_gmp_clinical 1.0 \\(sha256 [0-9a-f]{64}\\)");
        Files.writeString(site, "profile:\n  expansion: {max_passage: 10, passage_major_above: 12}\n");
        Run unnamed = run("check", DEVIATING, "--as-of", "2025-06-01", "--profile", site.toString());
        assertThat(unnamed.code()).as("changed thresholds under the default profile's name").isEqualTo(2);
        assertThat(unnamed.err()).contains(site + ":1:1: a site profile that changes thresholds needs its own"
                + " profile.name or profile.version; with default_eu_gmp_clinical 1.0 the reports would present");
        Files.writeString(site, "profile:\n  version: '1.0-site'\n  expansion: {max_passage: 10, passage_major_above: 12}\n");
        assertThat(run("check", DEVIATING, "--as-of", "2025-06-01", "--profile", site.toString()).out())
                .contains("profile default_eu_gmp_clinical 1.0-site (from " + site + "; differs from the default in ");
        Files.writeString(site, "profile:\n  name: 'Default_EU_GMP_clinical '\n  expansion: {max_passage: 4}\n");
        assertThat(run("check", DEVIATING, "--profile", site.toString()).err())
                .as("the default's name in other dress").contains("needs its own profile.name or profile.version");
        Files.writeString(site, "profile:\n  name: \"default_eu_gmp_clinical\\u00a0\"\n  expansion: {max_passage: 4}\n");
        assertThat(run("check", DEVIATING, "--profile", site.toString()).err())
                .as("with a no-break space").contains("needs its own profile.name or profile.version");
        Files.writeString(site, "profile:\n  name: \"default_eu_gmp_cl\u0131n\u0131cal\u034f\"\n  expansion: {max_passage: 4}\n");
        assertThat(run("check", DEVIATING, "--profile", site.toString()).err())
                .as("with dotless i and a combining mark").contains("needs its own profile.name or profile.version");
        Files.writeString(site, "profile:\n  name: \"default_eu_gmp_clinic\u0430l\"\n  version: \"\uff11.0\"\n"
                + "  expansion: {max_passage: 4}\n");
        assertThat(run("check", DEVIATING, "--profile", site.toString()).err())
                .as("with a Cyrillic a and a full-width 1").contains("needs its own profile.name or profile.version");
        for (String alike : List.of("name: default-eu-gmp-clinical", "name: default+eu+gmp+clinical", "version: 'v1.0'",
                "version: '1.00'", "version: '1.0.0'", "version: '1,0'", "version: 'v.1.0'", "version: '+1.0'",
                "version: 'version 1.0'", "version: \"\u0661.\u0660\"", "version: 'rev. 1.0'", "version: r1.0",
                "name: default_eu_gmp_clinicaI", "name: defau1t_eu_gmp_clinical", "version: '1.O'", "version: 'I.0'",
                "version: '1.0 (default)'", "version: '1.0 rev'")) {
            Files.writeString(site, "profile:\n  " + alike + "\n  expansion: {max_passage: 4}\n");
            assertThat(run("check", DEVIATING, "--profile", site.toString()).err())
                    .as(alike + ": punctuation aside, and a version by its numbers").contains("needs its own profile.name or profile.version");
        }
        for (String own : List.of("'ACME-EU 1.0'", "site-1.0", "'2024.1'")) {
            Files.writeString(site, "profile:\n  version: " + own + "\n  expansion: {max_passage: 4}\n");
            assertThat(run("check", DEVIATING, "--as-of", "2025-06-01", "--profile", site.toString()).code())
                    .as(own + " is a version of its own").isEqualTo(1);
        }
        Files.writeString(site, "profile:\n  name: \"default_eu_gmp_clinical_b\u00e4le\"\n  expansion: {max_passage: 4}\n");
        assertThat(run("check", DEVIATING, "--as-of", "2025-06-01", "--profile", site.toString()).code())
                .as("a name of its own, non-ASCII letters and all").isEqualTo(1);
        Files.writeString(site, "profile:\n  name: ' '\n  expansion: {max_passage: 4}\n");
        assertThat(run("check", DEVIATING, "--profile", site.toString()).err())
                .contains(site + ":2:3: profile.name must not be blank: it names the thresholds in every report");
        Files.writeString(site, "profile:\n  expansion: {max_passage: 5}\n");
        assertThat(run("check", DEVIATING, "--as-of", "2025-06-01", "--profile", site.toString()).code())
                .as("a site profile that changes no threshold may keep the name").isEqualTo(1);
    }

    @Test
    void theProfileDigestDependsOnValuesNotOnHowNumbersAreWritten() throws IOException {
        String standard = profileDigest(null);
        for (String same : List.of("safety: {endotoxin_k_eu_per_kg: 5}", "safety: {endotoxin_k_eu_per_kg: 5.00}",
                "ev_characterization: {min_particles_per_ug_protein: 1500000000}",
                "ev_characterization: {min_particles_per_ug_protein: 15e8}")) {
            assertThat(profileDigest(same)).as(same).isEqualTo(standard);
        }
        assertThat(profileDigest("version: '1.0-k'\n  safety: {endotoxin_k_eu_per_kg: 5.01}")).isNotEqualTo(standard)
                .isNotEqualTo(profileDigest("version: '1.0-k'\n  safety: {endotoxin_k_eu_per_kg: 5}"));
    }

    private String profileDigest(String overrides) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--as-of", "2025-06-01", COMPLIANT));
        if (overrides != null) {
            Path site = Files.writeString(temp.resolve("digest.yaml"), "profile:\n  " + overrides + "\n");
            args.addAll(List.of("--profile", site.toString()));
        }
        Run run = run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out()).at("/profile/sha256").asText();
    }

    /** An empty list of required tests, parameters or checklists would leave DON-04, FMT-04 or CHR-10 nothing to check. */
    @Test
    void aProfileListThatARuleChecksAgainstMayNotBeEmpty() throws IOException {
        Path site = Files.writeString(temp.resolve("empty.yaml"), """
                profile:
                  donor: {mandatory_tests: []}
                  culture_format: {required_monitored_parameters: []}
                  reporting: {required_checklists_ev: []}
                """);
        Run run = run("check", COMPLIANT, "--profile", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(site + ":2:11: profile.donor.mandatory_tests must name at least one: an empty list"
                + " would leave its criterion nothing to check\n")
                .contains(site + ":3:20: profile.culture_format.required_monitored_parameters must name at least one")
                .contains(site + ":4:15: profile.reporting.required_checklists_ev must name at least one");
    }

    /** CHR-04's minimums all at 0 ask for nothing, like an empty list; one at 0 is a site's choice. */
    @Test
    void markerMinimumsMustAskForSomeMarker() throws IOException {
        Path none = Files.writeString(temp.resolve("none.yaml"), """
                profile:
                  name: site
                  ev_characterization:
                    min_markers: {transmembrane: 0, cytosolic: 0, purity: 0}
                """);
        Run run = run("check", DEVIATING, "--as-of", "2025-06-01", "--profile", none.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(none + ":4:5: profile.ev_characterization.min_markers asks for no marker of any"
                + " category: CHR-04 would have nothing to check");
        Path some = Files.writeString(temp.resolve("some.yaml"), """
                profile:
                  name: site
                  ev_characterization:
                    min_markers: {transmembrane: 0, cytosolic: 0}
                """);
        assertThat(run("check", DEVIATING, "--as-of", "2025-06-01", "--profile", some.toString()).code()).isEqualTo(1);
    }

    @Test
    void everyProblemOfAProfileIsListedAtOnce() throws IOException {
        Path site = Files.writeString(temp.resolve("many.yaml"), """
                profile:
                  oxygen: {hypoxia_min_o2_pct: 5, hypoxia_max_o2_pct: 1}
                  expansion: {max_passage: -1}
                  storage: {max_temp_c: -300}
                  donor: {mandatory_tests: [hbsag, hbsag, foo]}
                """);
        Run run = run("check", COMPLIANT, "--profile", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(site + ":2:12: profile.oxygen.hypoxia_min_o2_pct (5) is above")
                .contains(site + ":3:15: profile.expansion.max_passage must be at least 0, not -1")
                .contains(site + ":4:13: profile.storage.max_temp_c must be at least -273.15, not -300")
                .contains(site + ":5:36: profile.donor.mandatory_tests: hbsag is listed twice")
                .contains(site + ":5:43: profile.donor.mandatory_tests: foo is not an allowed value");
        Files.writeString(site, """
                profile:
                  expansion:
                    max_pasage: 5
                    max_passage: 5.5
                    passage_major_above: 6.5
                    max_cpd: -3
                  oxygen: {hypoxia_min_o2_pct: 10}
                """);
        Run unbound = run("check", COMPLIANT, "--profile", site.toString());
        assertThat(unbound.code()).isEqualTo(2);
        assertThat(unbound.err()).as("a value that cannot be bound hides nothing")
                .contains(site + ":3:5: unknown profile key profile.expansion.max_pasage")
                .contains(site + ":4:5: profile.expansion.max_passage must be a whole number")
                .contains(site + ":5:5: profile.expansion.passage_major_above must be a whole number")
                .contains(site + ":6:5: profile.expansion.max_cpd must be at least 0, not -3")
                .contains(site + ":7:12: profile.oxygen.hypoxia_min_o2_pct (10) is above");
        Files.writeString(site, "profile:\n  name: site\n  max_passage: 4\nversion: '1'\n");
        Run misplaced = run("check", COMPLIANT, "--profile", site.toString());
        assertThat(misplaced.code()).isEqualTo(2);
        assertThat(misplaced.err()).as("a key put in the wrong section is told where it belongs")
                .contains(site + ":3:3: unknown profile key profile.max_passage; max_passage is a key of profile.expansion\n")
                .contains(site + ":4:1: unknown root key version; a profile has the one root key profile, with the thresholds"
                        + " below it, as in profiles/default.yaml; version is a key of profile\n");
        Files.writeString(site, "profile:\n  expansion: {max_passage: 3.5, passage_major_above: 4}\n"
                + "  donor: {mandatory_tests: [hbsag, {x: 1}]}\n");
        Run standIn = run("check", COMPLIANT, "--profile", site.toString());
        assertThat(standIn.err()).contains("max_passage must be a whole number")
                .as("no contradiction with the default standing in for 3.5").doesNotContain("contradict")
                .as("a list item of the wrong type is one problem").doesNotContain("mandatory_tests has a value");
        Files.writeString(site, "profile:\n  name: spaced\n  expansion:\n    max\u00a0passage: 7\n");
        assertThat(run("check", COMPLIANT, "--profile", site.toString()).err()).as("a no-break space in a key is shown")
                .contains("unknown profile key profile.expansion.max\\u00A0passage")
                .contains("; \\u00A0 is a no-break space, which YAML does not read as a space");
        Files.writeString(site, "profile:\n  name: big\n  expansion: {max_passage: 2147483648}\n");
        assertThat(run("check", COMPLIANT, "--profile", site.toString()).err())
                .contains(site + ":3:15: profile.expansion.max_passage is out of range for a whole number (-2147483648 to 2147483647)");
        Run notADirectory = run("check", COMPLIANT, "--profile", COMPLIANT + "/site.yaml");
        assertThat(notADirectory.code()).isEqualTo(2);
        assertThat(notADirectory.err()).contains("cannot read the file: not a directory").doesNotContain("permission");
    }

    @Test
    void badProfileIsExitTwoWithItsLocation() throws IOException {
        Path site = temp.resolve("bad.yaml");
        Files.writeString(site, "profile:\n  expansion:\n    max_pasage: 10\n  oxygen: {hypoxia_min_o2_pct: low}\n"
                + "  gating: {clinical_from_stage: phase9}\n");
        Run run = run("check", COMPLIANT, "--profile", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).as("every problem at once, in file order")
                .containsSubsequence(site + ":3:5: unknown profile key profile.expansion.max_pasage;"
                        + " did you mean profile.expansion.max_passage?",
                        site + ":4:", "hypoxia_min_o2_pct", site + ":5:", "phase9 is not an allowed value");
        Files.writeString(site, "expansion:\n  max_passage: 4\n");
        Run rootless = run("check", COMPLIANT, "--profile", site.toString());
        assertThat(rootless.code()).isEqualTo(2);
        assertThat(rootless.err()).contains(site + ":1:1: unknown root key expansion; a profile has the one root key"
                + " profile");
        Files.writeString(site, "profile:\n  expansion: {max_passage: null}\n");
        Run unset = run("check", COMPLIANT, "--profile", site.toString());
        assertThat(unset.code()).isEqualTo(2);
        assertThat(unset.err()).contains(site + ":2:15: profile.expansion.max_passage must be a number like the default"
                + " (5), not null (a threshold cannot be left unset; leave the key out to keep the default)");
    }

    @Test
    void profileValuesOutsideTheFormatsListsOrNotWholeAreLocatedErrors() throws IOException {
        Path site = temp.resolve("values.yaml");
        Files.writeString(site, "profile:\n  gating: {clinical_from_stage: phase9}\n"
                + "  donor: {mandatory_tests: [hbsag, hiv, hbsag]}\n");
        Run run = run("check", CliTest.COMPLIANT, "--profile", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(site + ":2:").contains("phase9 is not an allowed value")
                .contains(site + ":3:").contains("hiv is not an allowed value")
                .contains(site + ":3:41: profile.donor.mandatory_tests: hbsag is listed twice");
        Files.writeString(site, "profile:\n  expansion: {max_passage: 10}\n");
        Run contradiction = run("check", CliTest.COMPLIANT, "--profile", site.toString());
        assertThat(contradiction.code()).isEqualTo(2);
        assertThat(contradiction.err()).contains(site + ":2:").contains("max_passage (10) is above")
                .contains("passage_major_above (6)");
        Files.writeString(site, "profile:\n  expansion:\n    passage_major_above: 9.5\n");
        Run fraction = run("check", CliTest.COMPLIANT, "--profile", site.toString());
        assertThat(fraction.code()).isEqualTo(2);
        assertThat(fraction.err()).contains(site + ":3:5").contains("passage_major_above must be a whole number");
    }

    @Test
    void profileNumbersBeyondWhatAProtocolCanHoldOrNotFiniteAreLocatedErrors() throws IOException {
        Path site = temp.resolve("huge.yaml");
        Files.writeString(site, "profile:\n  expansion: {max_cpd: 1e-999999999}\n  ev_characterization:\n"
                + "    min_particles_per_ug_protein: .nan\n");
        Run run = run("check", COMPLIANT, "--profile", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(site + ":2:15: profile.expansion.max_cpd is outside the range of numbers a profile"
                + " can hold (magnitude 1e-100 to 1e100, at most 100 significant digits)")
                .contains(site + ":4:5: profile.ev_characterization.min_particles_per_ug_protein must be a number like the"
                        + " default (").contains("not a special value (.inf or .nan)");
    }

    @Test
    void profileValuesOutOfRangeAreLocatedErrors() throws IOException {
        Path site = temp.resolve("ranges.yaml");
        Files.writeString(site, "profile:\n  expansion: {max_passage: -1, passage_major_above: -1}\n"
                + "  identity:\n    positive_marker_min_pct: 101\n"
                + "  safety: {reference_body_weight_kg: 0}\n"
                + "  storage: {max_temp_c: -300}\n");
        Run run = run("check", CliTest.COMPLIANT, "--profile", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains(site + ":2:15: profile.expansion.max_passage must be at least 0, not -1")
                .contains(site + ":4:5: profile.identity.positive_marker_min_pct must be at most 100, not 101")
                .contains(site + ":5:12: profile.safety.reference_body_weight_kg must be above 0, not 0")
                .contains(site + ":6:13: profile.storage.max_temp_c must be at least -273.15, not -300")
                .doesNotContain("Exception");
    }

    @Test
    void missingFilesAreNamedAsMissing() {
        assertThat(run("check", CliTest.COMPLIANT, "--profile", "no/such/profile.yaml").err())
                .contains("cannot read the profile no/such/profile.yaml: no such file or directory");
    }

    @Test
    void drlThatDoesNotCompileIsReportedWithFileAndLine() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("bad.drl"), "package x\n\nrule \"broken\"\nwhen\n    Nonsense( x == )\nthen\nend\n");
        Run run = run("check", "--rules", rules.toString(), COMPLIANT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(rules.resolve("bad.drl") + ":5:20: no viable alternative at input ')'")
                .doesNotContain("[ERR").doesNotContain("null Package");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void ruleThatThrowsMakesThatProtocolNotChecked() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("throws.drl"), """
                package site
                import org.secretomecheck.protocol.*
                global org.secretomecheck.rules.FindingSink findings
                rule "SITE-01 check 1: throws"
                    @id("SITE-01") @check("1") @severity("minor") @target("id") @when("always") @message("m")
                    @title("Throws") @appliesTo("all") @rationale("test") @sources("none")
                when
                    Protocol( )
                then
                    throw new IllegalStateException("boom");
                end
                """);
        Run run = run("check", "--site-rules", rules.toString(), COMPLIANT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("NOT CHECKED").contains("SITE-01 check 1: throws").contains("boom");
    }

    @Test
    void aRuleSetWithoutEveryCriterionJudgesNoProtocol() throws IOException {
        Path partial = Files.createDirectories(temp.resolve("partial"));
        Files.copy(Path.of("rules/fmt/fmt.drl"), partial.resolve("fmt.drl"));
        for (String[] command : List.of(new String[] {"check", DEVIATING}, new String[] {"diff", COMPLIANT, DEVIATING},
                new String[] {"compare", COMPLIANT, DEVIATING})) {
            List<String> arguments = new ArrayList<>(List.of(command));
            arguments.addAll(List.of("--rules", partial.toString(), "--as-of", "2025-06-01"));
            Run run = run(arguments.toArray(String[]::new));
            assertThat(run.code()).as(command[0]).isEqualTo(2);
            assertThat(run.out()).as(command[0]).isEmpty();
            assertThat(run.err()).as(command[0]).contains("the rules cannot be used")
                    .contains(partial + ": 84 of the 88 criteria of the catalogue have no rule: SRC-01, SRC-02")
                    .contains(" and 72 more").contains("--site-rules");
        }
        Run verify = run("verify", "--rules", partial.toString(), "--output-dir", temp.resolve("verified").toString());
        assertThat(verify.err()).doesNotContain("cannot be used");
        assertThat(verify.out()).contains("NOT all verified");
    }

    /**
     * A copy of rules/ without the DRL rules of one check (DON-04 check 3, a mandatory donor test
     * not done) reported a protocol with that deviation compliant: only whole criteria were counted.
     */
    @Test
    void aRuleSetWithoutEveryCheckOfACriterionJudgesNoProtocol() throws IOException {
        Path copy = temp.resolve("rules-copy");
        try (var files = Files.walk(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(Path.of("rules").relativize(file).toString()));
            }
        }
        Path don = copy.resolve("don/don.drl");
        String drl = Files.readString(don);
        int removed = 0;
        for (int start = drl.indexOf("rule \"DON-04 check 3"); start >= 0; start = drl.indexOf("rule \"DON-04 check 3")) {
            drl = drl.substring(0, start) + drl.substring(drl.indexOf("\nend\n", start) + 5);
            removed++;
        }
        assertThat(removed).isPositive();
        Files.writeString(don, drl);
        Run run = run("check", "--rules", copy.toString(), "--as-of", "2025-06-01", COMPLIANT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(copy + ": the catalogue's criteria are not all checked as the bundled rules check them:"
                + " DON-04: no rule for check 3\n");
        Run verify = run("verify", "--rules", copy.toString(), "--output-dir", temp.resolve("verified").toString());
        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.out()).as("said beside the failed cases").contains("FAIL  DON-04   INCOMPLETE (no rule for check 3)\n");
        assertThat(Files.readString(temp.resolve("verified/traceability.md")))
                .contains("| DON-04 | Mandatory donor tests performed |").contains("**INCOMPLETE (no rule for check 3)** |");

        // one of the three DRL rules of CON-04 check 3, the others left: that case would go unchecked
        Path con = copy.resolve("con/con.drl");
        String rules = Files.readString(con);
        int start = rules.indexOf("rule \"CON-04 check 3: conditioning too long without justification\"\n");
        Files.writeString(con, rules.substring(0, start) + rules.substring(rules.indexOf("\nend\n", start) + 5));
        Run one = run("check", "--rules", copy.toString(), "--as-of", "2025-06-01", COMPLIANT);
        assertThat(one.code()).isEqualTo(2);
        assertThat(one.err()).contains(": DON-04: no rule for check 3; CON-04: no rule \"CON-04 check 3: conditioning too long"
                + " without justification\"\n");

        // a rule moved to a check the catalogue does not have
        Files.writeString(con, Files.readString(con).replaceFirst(
                "(rule \"CON-04 check 3: conditioning too long without viability\"\n    @id\\(\"CON-04\"\\) )@check\\(\"3\"\\)",
                "$1@check(\"9\")"));
        assertThat(run("check", "--rules", copy.toString(), "--as-of", "2025-06-01", COMPLIANT).err())
                .contains("CON-04: rule \"CON-04 check 3: conditioning too long without viability\" is check 9, not 3");

        // every severity made info: nothing would ever fail the run
        try (var files = Files.walk(copy)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".drl")).toList()) {
                Files.writeString(file, Files.readString(file).replaceAll("@severity\\(\"(critical|major|minor)\"\\)",
                        "@severity(\"info\")"));
            }
        }
        Run info = run("check", "--rules", copy.toString(), "--as-of", "2025-06-01", DEVIATING);
        assertThat(info.code()).isEqualTo(2);
        assertThat(info.err()).contains("SRC-01: rule \"SRC-01 check 1: tissue absent\" reports info, not critical;")
                .contains(" more\n");
    }

    @Test
    void checkDatesAreDaysWrittenYyyyMmDd() {
        for (String date : List.of("+999999999-12-31", "+10000-01-01", "2025-6-1", "yesterday")) {
            Run run = run("check", COMPLIANT, "--as-of", date);
            assertThat(run.code()).as(date).isEqualTo(2);
            assertThat(run.err()).as(date).isEqualTo("secretome-check: Invalid value for option '--as-of': "
                    + "a date must be a day written YYYY-MM-DD, not " + date + "\nTry 'secretome-check check --help'.\n");
            assertThat(run.out()).as(date).isEmpty();
        }
    }

    @Test
    void aDateWrittenYyyyMmDdThatIsNoDayIsSaidSoWithTheOptionsName() {
        for (String command : List.of("check", "diff", "compare")) {
            Run run = run(command, "--as-of", "2025-02-30", COMPLIANT, DEVIATING);
            assertThat(run.code()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).isEqualTo("secretome-check: Invalid value for option '--as-of': "
                    + "2025-02-30 is not a day of the calendar (February 2025 has days 01 to 28)\n"
                    + "Try 'secretome-check " + command + " --help'.\n");
            assertThat(run.out()).as(command).isEmpty();
        }
        Run verify = run("verify", "--date", "2025-02-30", "--output-dir", temp.resolve("v").toString());
        assertThat(verify.code()).isEqualTo(2);
        assertThat(verify.err()).contains("secretome-check: Invalid value for option '--date': 2025-02-30 is not a day of the calendar");
        assertThat(temp.resolve("v")).doesNotExist();
    }

    @Test
    void jobsOutsideOneTo1024AreRefused() {
        Run check = run("check", "-j", "0", COMPLIANT);
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).isEqualTo("secretome-check: Invalid value for option '--jobs': 0 is not a number from 1 to 1024\n"
                + "Try 'secretome-check check --help'.\n");
        Run compare = run("compare", "--jobs", "-1", COMPLIANT, DEVIATING);
        assertThat(compare.code()).isEqualTo(2);
        assertThat(compare.err()).isEqualTo("secretome-check: Invalid value for option '--jobs': -1 is not a number from 1 to 1024\n"
                + "Try 'secretome-check compare --help'.\n");
        assertThat(compare.out()).isEmpty();
        Run alone = run("check", "-j", "0", "-o", temp.toString(), COMPLIANT);
        assertThat(alone.err()).as("a usage error is said alone, before the output is looked at")
                .isEqualTo("secretome-check: Invalid value for option '--jobs': 0 is not a number from 1 to 1024\n"
                        + "Try 'secretome-check check --help'.\n");
        Run formats = run("check", "-o", temp.toString(), "--format", "text,json", COMPLIANT);
        assertThat(formats.err()).as("a usage error before a problem with a file named")
                .startsWith("secretome-check: several formats (text, json) need --output-dir DIR");
        Run typo = run("check", "-j", "40000", COMPLIANT);
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("Invalid value for option '--jobs': 40000 is not a number from 1 to 1024");
        assertThat(typo.out()).isEmpty();
        assertThat(run("check", "-j", "1024", "--as-of", "2025-06-01", COMPLIANT).code()).isZero();
        Run text = run("check", "-j", "abc", COMPLIANT);
        assertThat(text.code()).isEqualTo(2);
        assertThat(text.err()).contains("Invalid value for option '--jobs': 'abc' is not a whole number")
                .doesNotContain("an int");
        assertThat(run("check", "-j", "99999999999", COMPLIANT).err()).contains("'99999999999' is out of range");
        assertThat(text.err()).contains("Try 'secretome-check check --help'.");
        Run expiry = run("check", "--expiry-warning", "-1", COMPLIANT);
        assertThat(expiry.code()).isEqualTo(2);
        assertThat(expiry.err()).isEqualTo("secretome-check: Invalid value for option '--expiry-warning': -1 is not a number of days of 0 or more\n"
                + "Try 'secretome-check check --help'.\n");
    }

    @Test
    void anEmptyPathOptionIsRefusedNotTakenForTheWorkingDirectory() {
        for (String option : List.of("--output-dir", "--output", "--profile", "--waivers", "--baseline", "--rules")) {
            Run run = run("check", option, "", COMPLIANT);
            assertThat(run.code()).as(option).isEqualTo(2);
            assertThat(run.err()).as(option).containsPattern("Invalid value for option '" + option + "'( \\(FILE\\))?: an empty path");
        }
        // a file to write named with a trailing separator would lose it and write a file of the directory's name
        for (String option : List.of("--output", "--write-baseline")) {
            Run run = run("check", option, temp.resolve("newdir") + "/", COMPLIANT);
            assertThat(run.code()).as(option).isEqualTo(2);
            assertThat(run.err()).as(option).contains("ends with a separator, so it names a directory; give a file name");
            assertThat(temp.resolve("newdir")).as(option).doesNotExist();
        }
    }

    @Test
    void rulesListsTheCatalogueAndExplainShowsThresholds() {
        Run rules = run("rules");
        assertThat(rules.code()).isZero();
        assertThat(rules.out()).contains("SRC-01").contains("Tissue of origin declared").contains("CON-07");
        List<Integer> titleColumns = rules.out().lines().filter(line -> line.matches("[A-Z]+-\\d+ .*"))
                .map(line -> line.replaceFirst("^(\\S+\\s+\\S+\\s+).*", "$1").length()).distinct().toList();
        assertThat(titleColumns).as("titles start in one column").hasSize(1);
        Run ignored = run("rules", "--output-dir", temp.resolve("reference").toString());
        assertThat(ignored.code()).isEqualTo(2);
        assertThat(ignored.err()).contains("--output-dir writes the markdown rule reference; add --format markdown");
        assertThat(temp.resolve("reference")).doesNotExist();
        Path site = temp.resolve("site.yaml");
        writeProfile(site, "profile:\n  name: site\n  version: '2'\n  expansion: {max_passage: 4}\n");
        Run json = run("rules", "--format", "json", "--profile", site.toString());
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("{\n  \"tool\" : {\n    \"name\" : \"secretome-check\",\n    \"version\" : \"")
                .contains("\"name\" : \"site\"").containsPattern("\"sha256\" : \"[0-9a-f]{64}\",\n  \"source\" : \"rules\",")
                .contains("\"thresholds\" : {\n      \"profile.expansion.max_passage\" : 4,");
        for (String format : List.of("text", "json", "markdown")) {
            Run bad = run("rules", "--format", format, "--profile", temp.resolve("missing.yaml").toString());
            assertThat(bad.code()).as("a --profile that cannot be read stops rules --format " + format).isEqualTo(2);
        }
        Run explain = run("explain", "EXP-01");
        assertThat(explain.code()).isZero();
        assertThat(explain.out()).contains("Passage at conditioning").contains("profile.expansion.max_passage = 5")
                .contains("Sources:", "\n  Evidence tags: [V] seen in the cited text; [M] cited from a standard or from memory, to be verified before"
                        + " external use; [INF] an inferred common-practice default")
                .containsPattern("\nsecretome-check \\S+ \\(code sha256 [0-9a-f]{64}\\); rule set rules, sha256 [0-9a-f]{64}; profile default_eu_gmp_clinical 1.0"
                        + " \\(default\\), sha256 [0-9a-f]{64}\n$");
        assertThat(explain.out()).doesNotContain("the site's own");
        Run siteExplain = run("explain", "EXP-01", "--profile", site.toString());
        assertThat(siteExplain.out()).contains("profile.expansion.max_passage = 4 (the site's own; default 5)\n"
                + "  profile.expansion.passage_major_above = 6\n"
                + "  The rationale and sources below are those of the default thresholds.");
        Path nested = temp.resolve("nested.yaml");
        writeProfile(nested, "profile:\n  name: site\n  priming: {ifn_gamma_ng_per_ml: {min: 20}}\n");
        assertThat(run("explain", "PRI-01", "--profile", nested.toString()).out()).as("a threshold with parts")
                .contains("profile.priming.ifn_gamma_ng_per_ml = {\"min\":20,\"max\":50} (the site's own: min = 20, default 10)\n");
        assertThat(run("explain", "STO-01").out()).as("one check written as two DRL rules: one number, then or")
                .containsPattern("\n  1\\. \\[major\\] [^\n]*\n[^\n]*\n  or \\[major\\] ");
        Path restated = temp.resolve("restated.yaml");
        writeProfile(restated, "profile:\n  name: site\n  version: '3'\n  safety: {endotoxin_k_eu_per_kg: 5}\n");
        assertThat(run("explain", "SAF-03", "--profile", restated.toString()).out()).as("5 is the default's 5.0")
                .contains("profile.safety.endotoxin_k_eu_per_kg = 5\n").doesNotContain("the site's own");
        // the checks of a repeated check come in the catalogue's order, as the DRL writes them
        assertThat(run("explain", "ID-02").out()).containsSubsequence("(m = cd73)", "(m = cd90)", "(m = cd105)");
        assertThat(run("explain", "ID-04").out()).containsSubsequence("(l = osteo)", "(l = adipo)", "(l = chondro)");
        Run unknown = run("explain", "XYZ-99");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no rule XYZ-99 in the rule set (see").doesNotContain("did you mean");
        Run typo = run("explain", "EXP01");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("no rule EXP01 in the rule set; did you mean EXP-01?");
        assertThat(run("explain", " ").err()).contains("no rule (an empty rule ID) in the rule set (see");
    }

    @Test
    void aMistypedCommandOrOptionGetsASuggestion() {
        Run command = run("chek", COMPLIANT);
        assertThat(command.code()).isEqualTo(2);
        assertThat(command.err()).contains("unknown command 'chek'; the commands are check, diff, compare, rules, explain,"
                + " verify, help").contains("Did you mean check?").doesNotContain("Exception");
        assertThat(run("--bogus").err()).startsWith("secretome-check: unknown option '--bogus'; the commands are check,");
        Run none = run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).startsWith("secretome-check: no command given; the commands are check, diff, compare,");
        Run option = run("check", "--fail-of", "minor", COMPLIANT);
        assertThat(option.code()).isEqualTo(2);
        assertThat(option.err()).contains("did you mean --fail-on?");
    }

    @Test
    void helpListsExitCodes() {
        Run run = run("check", "--help");
        assertThat(run.out()).contains("Exit codes:").containsPattern("\\n  2 +a protocol could not be checked")
                .containsPattern("\\n  130 +interrupted \\(Ctrl-C\\)").containsPattern("\\n  143 +terminated \\(SIGTERM\\)");
    }

    @Test
    void namedValuesOfOptionsAreTakenInAnyCaseAndGiveTheSameBytes() {
        assertThat(run("check", DEVIATING, "--as-of", "2025-06-01", "--format", "JSON", "--fail-on", "MAJOR"))
                .isEqualTo(run("check", DEVIATING, "--as-of", "2025-06-01", "--format", "json", "--fail-on", "major"));
        assertThat(run("check", DEVIATING, "--as-of", "2025-06-01", "--fail-on", "Critical").code()).isEqualTo(1);
        assertThat(run("diff", COMPLIANT, DEVIATING, "--as-of", "2025-06-01", "--format", "Json", "--fail-on", "MINOR"))
                .isEqualTo(run("diff", COMPLIANT, DEVIATING, "--as-of", "2025-06-01", "--format", "json", "--fail-on", "minor"));
        assertThat(run("compare", COMPLIANT, DEVIATING, "--as-of", "2025-06-01", "--format", "CSV"))
                .isEqualTo(run("compare", COMPLIANT, DEVIATING, "--as-of", "2025-06-01", "--format", "csv"));
        Run rules = run("rules", "--format", "JSON");
        assertThat(rules.code()).as(rules.err()).isZero();
        assertThat(rules).isEqualTo(run("rules", "--format", "json"));
        Run wrong = run("check", COMPLIANT, "--fail-on", "Severe");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo("secretome-check: Invalid value for option '--fail-on': Severe is not a severity"
                + " (use critical, major or minor)\nTry 'secretome-check check --help'.\n");
        assertThat(run("diff", COMPLIANT, DEVIATING, "--fail-on", "info").err())
                .startsWith("secretome-check: Invalid value for option '--fail-on': info findings never fail a run (use"
                        + " critical, major or minor)");
        assertThat(run("rules", "--format", "XML").err())
                .isEqualTo("secretome-check: unknown --format XML (use text, json or markdown)\nTry 'secretome-check rules --help'.\n");
    }

    @Test
    void everyCommandsHelpListsItsExitCodes() {
        for (String command : List.of("check", "diff", "compare", "rules", "explain", "verify")) {
            Run run = run(command, "--help");
            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as(command).contains("\nExit codes:\n").containsPattern("\\n  0 +\\S")
                    .containsPattern("\\n  2 +\\S").containsPattern("\\n  129 +hung up").containsPattern("\\n  130 +interrupted")
                    .containsPattern("\\n  143 +terminated");
        }
        assertThat(run("explain", "--help").out()).containsPattern("\\n  2 +no rule of the rule set has that ID");
        assertThat(run("--help").out()).contains("\nExit codes of check (each command's --help gives its own):\n");
    }

    private static void writeProfile(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
