package org.secretomecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretomecheck.load.YamlReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code diff} and {@code compare} as a user runs them, on the shared examples. The text outputs
 * are compared with golden files in {@code src/test/resources/diff/} and {@code compare/}; to accept
 * an intended change, run with {@code -Dgolden.update=true} and review the diff.
 */
class ChangeControlTest {

    static final String COMPLIANT = "protocols/examples/ev-bm-hypoxia-compliant.yaml";
    static final String DEVIATING = "protocols/examples/ev-bm-deviations.yaml";
    static final String AS_OF = "2025-06-01";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** Runs the command line with the rules of the working tree, as {@link CliTest#run} does. */
    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    // --- diff ---------------------------------------------------------------------------------


    @Test
    void diffWarnsWhenTheFilesHoldDifferentProtocols() {
        CliTest.Run run = CliTest.run("diff", CliTest.DEVIATING, CliTest.ADIPOSE, "--as-of", "2025-06-01");
        assertThat(run.err()).contains("warning: the two files hold different protocols (SEC-BM-EXO-007 and SEC-AD-CM-003)");
        assertThat(run.out()).startsWith("Change control: ")
                .as("the filed report carries the warning too").contains("  warning: the two files hold different protocols");
        assertThat(CliTest.run("diff", CliTest.DEVIATING, CliTest.ADIPOSE, "--as-of", "2025-06-01", "--format", "json").out())
                .contains("\"warnings\" : [ \"the two files hold different protocols (SEC-BM-EXO-007 and SEC-AD-CM-003)");
        CliTest.Run same = CliTest.run("diff", CliTest.DEVIATING, CliTest.DEVIATING, "--as-of", "2025-06-01");
        assertThat(same.err()).isEmpty();
        assertThat(same.out()).doesNotContain("warning");
    }

    @Test
    void everyDiffFormatStatesTheVerdictTheExitCodeFollows() throws IOException {
        CliTest.Run failing = CliTest.run("diff", CliTest.COMPLIANT, CliTest.DEVIATING, "--as-of", "2025-06-01");
        assertThat(failing.code()).isEqualTo(1);
        assertThat(failing.out()).containsPattern("\nFails: the new version introduces \\d+ open findings major or worse");
        JsonNode summary = JSON.readTree(CliTest.run("diff", CliTest.COMPLIANT, CliTest.DEVIATING, "--as-of", "2025-06-01",
                "--format", "json").out()).path("summary");
        assertThat(summary.path("outcome").asText()).isEqualTo("fail");
        assertThat(summary.path("failOn").asText()).isEqualTo("major");
        assertThat(summary.path("introduced").asInt()).isPositive();
        assertThat(CliTest.run("diff", CliTest.COMPLIANT, CliTest.DEVIATING, "--as-of", "2025-06-01", "--format", "html")
                .out()).contains("<p class=\"verdict fail\">Fails: the new version introduces");
        CliTest.Run passing = CliTest.run("diff", CliTest.DEVIATING, CliTest.COMPLIANT, "--as-of", "2025-06-01");
        assertThat(passing.code()).isZero();
        assertThat(passing.out()).contains("\nPasses: the new version introduces no open finding major or worse.\n")
                .contains("; rule set rules (88 rules, sha256 ").contains("); profile default_eu_gmp_clinical 1.0 (sha256 ");
    }
    @Test
    void diffListsChangedValuesWithOldAndNewValueAndLine() throws IOException {
        CliTest.Run run = run("diff", "--as-of", AS_OF, "--format", "json", DEVIATING, COMPLIANT);
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode diff = JSON.readTree(run.out());
        assertThat(value(diff, "/protocol/expansion/passage_at_conditioning"))
                .isEqualTo("changed 9@78 -> 4@89");
        assertThat(value(diff, "/protocol/id")).isEqualTo("changed \"SEC-BM-EXO-007\"@7 -> \"SEC-BM-EV-001\"@8");
        assertThat(value(diff, "/protocol/pre_conditioning/hypoxia/o2_pct")).isEqualTo("changed 10@87 -> 2@102");
        assertThat(value(diff, "/protocol/cell_bank/wcb_id")).isEqualTo("added null@null -> \"WCB-D0147-P3\"@53");
        assertThat(value(diff, "/protocol/expansion/supplement/type")).isEqualTo("changed \"fbs\"@73 -> \"hpl\"@82");
        assertThat(value(diff, "/protocol/donor/sex")).isEqualTo("added null@null -> \"male\"@36");
        assertThat(value(diff, "/protocol/effective_date")).isEqualTo("added null@null -> \"2024-09-01\"@15");
        assertThat(value(diff, "/protocol/pre_conditioning/inflammatory_priming/agents/0/name"))
                .isEqualTo("removed \"ifn_gamma\"@92 -> null@null");
        assertThat(value(diff, "/protocol/isolation/methods/0"))
                .isEqualTo("changed \"peg_precipitation\"@126 -> \"tff\"@144");
        assertThat(diff.at("/old/id").asText()).isEqualTo("SEC-BM-EXO-007");
        assertThat(diff.at("/new/id").asText()).isEqualTo("SEC-BM-EV-001");
    }

    @Test
    void diffListsEveryChangedLeafAndNothingElse() throws IOException {
        JsonNode oldRoot = root(DEVIATING);
        JsonNode newRoot = root(COMPLIANT);
        Map<String, JsonNode> before = leaves(oldRoot);
        Map<String, JsonNode> after = leaves(newRoot);
        Set<String> expected = new LinkedHashSet<>();
        for (String pointer : union(before.keySet(), after.keySet())) {
            JsonNode a = before.get(pointer);
            JsonNode b = after.get(pointer);
            // An empty list or mapping that was filled (or emptied) is not a change of its own: its items are.
            boolean filled = a == null ? b.isContainerNode() && oldRoot.at(pointer).getNodeType() == b.getNodeType()
                    : b == null && a.isContainerNode() && newRoot.at(pointer).getNodeType() == a.getNodeType();
            if ((a == null || b == null || !sameValue(a, b)) && !filled) {
                expected.add(pointer);
            }
        }
        assertThat(expected).contains("/protocol/formulation_storage/excipients/0")
                .doesNotContain("/protocol/formulation_storage/excipients");
        JsonNode diff = JSON.readTree(run("diff", "--as-of", AS_OF, "--format", "json", DEVIATING, COMPLIANT).out());
        List<String> listed = new ArrayList<>();
        diff.get("values").forEach(value -> listed.add(value.get("pointer").asText()));
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(diff.at("/summary/changed").asInt() + diff.at("/summary/added").asInt()
                + diff.at("/summary/removed").asInt()).isEqualTo(expected.size());
    }

    @Test
    void diffListsEveryResolvedFinding() throws IOException {
        Set<String> before = findingKeys(DEVIATING);
        Set<String> after = findingKeys(COMPLIANT);
        assertThat(before).hasSizeGreaterThan(60);
        Set<String> resolved = new LinkedHashSet<>(before);
        resolved.removeAll(after);
        Set<String> introduced = new LinkedHashSet<>(after);
        introduced.removeAll(before);
        Set<String> kept = new LinkedHashSet<>(before);
        kept.retainAll(after);

        JsonNode diff = JSON.readTree(run("diff", "--as-of", AS_OF, "--format", "json", DEVIATING, COMPLIANT).out());
        assertThat(keys(diff.at("/findings/resolved"))).containsExactlyInAnyOrderElementsOf(resolved);
        assertThat(keys(diff.at("/findings/new"))).containsExactlyInAnyOrderElementsOf(introduced);
        assertThat(keys(diff.at("/findings/unchanged"))).containsExactlyInAnyOrderElementsOf(kept);
        JsonNode exp01 = find(diff.at("/findings/resolved"), "EXP-01");
        assertThat(exp01.get("severity").asText()).isEqualTo("major");
        assertThat(exp01.at("/old/line").asInt()).isEqualTo(78);
        assertThat(exp01.get("new").isNull()).isTrue();
        assertThat(find(diff.at("/findings/resolved"), "DON-02", "/protocol/donor/age_years").at("/old/status").asText())
                .isEqualTo("waived");

        CliTest.Run text = run("diff", "--as-of", AS_OF, DEVIATING, COMPLIANT);
        for (String key : resolved) {
            String[] parts = key.split(" ", 2);
            assertThat(text.out()).containsPattern("RESOLVED +[A-Z]+( waived)? +" + parts[0] + " +\\S+  "
                    + java.util.regex.Pattern.quote(parts[1]) + "  ");
        }
    }

    @Test
    void diffMatchesFindingsByRuleAndPointerNotByLine(@TempDir Path dir) throws IOException {
        Path moved = dir.resolve("moved.yaml");
        Files.writeString(moved, "# one more comment line\n# and another\n"
                + Files.readString(Path.of(DEVIATING), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        CliTest.Run run = run("diff", "--as-of", AS_OF, "--format", "json", DEVIATING, moved.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode diff = JSON.readTree(run.out());
        assertThat(diff.get("values")).isEmpty();
        assertThat(diff.at("/findings/new")).isEmpty();
        assertThat(diff.at("/findings/resolved")).isEmpty();
        JsonNode exp01 = find(diff.at("/findings/unchanged"), "EXP-01");
        assertThat(exp01.at("/old/line").asInt()).isEqualTo(78);
        assertThat(exp01.at("/new/line").asInt()).isEqualTo(80);
    }

    /** A second absent field merged into a finding at the same place is a new deviation, not the finding "unchanged". */
    @Test
    void aDeviationMergedIntoAFindingMakesItNew(@TempDir Path dir) throws IOException {
        String compliant = Files.readString(Path.of(COMPLIANT));
        Path one = Files.writeString(dir.resolve("one.yaml"), compliant.replace("    mcb_id: MCB-D0147-P1\n", ""));
        Path two = Files.writeString(dir.resolve("two.yaml"), compliant.replace("    mcb_id: MCB-D0147-P1\n", "")
                .replace("    wcb_id: WCB-D0147-P3\n", ""));
        CliTest.Run run = run("diff", "--as-of", AS_OF, "--format", "json", one.toString(), two.toString());
        assertThat(run.code()).as(run.out()).isEqualTo(1);
        JsonNode diff = JSON.readTree(run.out());
        assertThat(find(diff.at("/findings/new"), "ID-05").at("/new/message").asText()).contains("mcb_id", "wcb_id");
        assertThat(find(diff.at("/findings/resolved"), "ID-05").at("/old/message").asText()).doesNotContain("wcb_id");
    }

    /** A deviation whose value changed is a new one, as a baseline judges it, not the same one "unchanged". */
    @Test
    void aFindingWhoseValueChangedIsNewAndTheOldOneResolved(@TempDir Path dir) throws IOException {
        Path longer = dir.resolve("longer.yaml");
        Files.writeString(longer, Files.readString(Path.of(DEVIATING)).replace("    duration_h: 120 ", "    duration_h: 500 "));
        CliTest.Run run = run("diff", "--as-of", AS_OF, "--format", "json", DEVIATING, longer.toString());
        assertThat(run.code()).as(run.out()).isEqualTo(1);
        JsonNode diff = JSON.readTree(run.out());
        assertThat(find(diff.at("/findings/new"), "CON-04").at("/new/value").asText()).isEqualTo("500");
        assertThat(find(diff.at("/findings/resolved"), "CON-04").at("/old/value").asText()).isEqualTo("120");
        Path same = dir.resolve("same.yaml");
        Files.writeString(same, Files.readString(Path.of(DEVIATING)).replace("    duration_h: 120 ", "    duration_h: 120.0"));
        assertThat(run("diff", "--as-of", AS_OF, DEVIATING, same.toString()).code()).as("120.0 is 120").isZero();
    }

    @Test
    void diffExitCodes() throws IOException {
        assertThat(run("diff", "--as-of", AS_OF, DEVIATING, COMPLIANT).code()).isZero();
        CliTest.Run worse = run("diff", "--as-of", AS_OF, COMPLIANT, DEVIATING);
        assertThat(worse.code()).isEqualTo(1);
        assertThat(worse.out()).containsPattern("(?m)^  NEW +CRITICAL +DON-04 ");
        assertThat(run("diff", "--as-of", AS_OF, "--fail-on", "critical", COMPLIANT, DEVIATING).code()).isEqualTo(1);
        assertThat(run("diff", "--as-of", AS_OF, DEVIATING, DEVIATING).code())
                .as("findings already open in the old version are not introduced").isZero();

        Path broken = temp.resolve("broken.yaml");
        Files.writeString(broken, "protocol: [unclosed\n", StandardCharsets.UTF_8);
        CliTest.Run unreadable = run("diff", "--as-of", AS_OF, DEVIATING, broken.toString());
        assertThat(unreadable.code()).isEqualTo(2);
        assertThat(unreadable.err()).contains(broken + " was not checked:").contains(broken + ":");
        assertThat(unreadable.out()).isEmpty();

        CliTest.Run missing = run("diff", "--as-of", AS_OF, "no/such.yaml", COMPLIANT);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no/such.yaml was not checked:").contains("no such file");

        assertThat(run("diff", "--format", "pdf", DEVIATING, COMPLIANT).code()).isEqualTo(2);
        assertThat(run("diff", "--fail-on", "info", DEVIATING, COMPLIANT).code()).isEqualTo(2);
    }

    @Test
    void aFindingWhoseWaiverLapsesIsIntroduced() throws IOException {
        Path lapsed = temp.resolve("lapsed.yaml");
        Files.writeString(lapsed, Files.readString(Path.of(DEVIATING), StandardCharsets.UTF_8)
                .replace("expires_on: 2025-12-31", "expires_on: 2025-05-31"), StandardCharsets.UTF_8);
        CliTest.Run run = run("diff", "--as-of", AS_OF, "--fail-on", "minor", DEVIATING, lapsed.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).containsPattern("changed +/waivers/0/expires_on +2025-12-31 \\(line 184\\) -> 2025-05-31 "
                + "\\(line 184\\)");
        assertThat(run.out()).containsPattern("(?m)^  UNCHANGED +MINOR +DON-02 .*/protocol/donor/age_years .*\\(was waived\\)$");
        assertThat(run("diff", "--as-of", AS_OF, DEVIATING, lapsed.toString()).code())
                .as("a minor finding does not fail at --fail-on major").isZero();
    }

    /** A waiver moved from the protocol into a waiver file still waives, in diff and compare as in check. */
    @Test
    void diffAndCompareApplyWaiverFilesAsCheckDoes() throws IOException {
        Path withoutOwn = temp.resolve("without-own-waiver.yaml");
        String text = Files.readString(Path.of(DEVIATING), StandardCharsets.UTF_8);
        Files.writeString(withoutOwn, text.substring(0, text.indexOf("\nwaivers:") + 1), StandardCharsets.UTF_8);
        Path file = temp.resolve("moved.waivers.yaml");
        Files.writeString(file, """
                format: secretome-waivers/1
                waivers:
                  - rule: DON-02
                    pointer: /protocol/donor/age_years
                    justification: "Moved out of the protocol."
                    approved_by: "QA"
                    approved_on: 2025-01-01
                    expires_on: 2025-12-31
                  - rule: EXP-01
                    pointer: /protocol/expansion/passage_at_conditioning
                    justification: "Passage 9 accepted for this development batch."
                    approved_by: "QA"
                    approved_on: 2025-01-01
                    expires_on: 2025-12-31
                """, StandardCharsets.UTF_8);
        CliTest.Run without = run("diff", "--as-of", AS_OF, "--fail-on", "minor", DEVIATING, withoutOwn.toString());
        assertThat(without.code()).as("without the file the waiver is gone").isEqualTo(1);
        CliTest.Run with = run("diff", "--as-of", AS_OF, "--fail-on", "minor", "--waivers", file.toString(), DEVIATING,
                withoutOwn.toString());
        assertThat(with.code()).as(with.out() + with.err()).isZero();
        assertThat(with.out()).containsPattern("(?m)^  UNCHANGED +MINOR waived +DON-02 .*/protocol/donor/age_years");
        CliTest.Run compare = run("compare", "--as-of", AS_OF, "--format", "csv", "--waivers", file.toString(),
                withoutOwn.toString());
        assertThat(compare.code()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("EXP-01 waived");
    }

    /** A waived value reads differently without its waiver file, so compare names it with its digest, as diff does. */
    @Test
    void compareNamesItsWaiverFilesWithTheirSha256InTextAndHtml() throws Exception {
        Path file = temp.resolve("site.waivers.yaml");
        Files.writeString(file, """
                format: secretome-waivers/1
                waivers:
                  - rule: EXP-01
                    pointer: /protocol/expansion/passage_at_conditioning
                    justification: "Passage 9 accepted for this development batch."
                    approved_by: "QA"
                    approved_on: 2025-01-01
                    expires_on: 2025-12-31
                """, StandardCharsets.UTF_8);
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        String named = "waiver file " + file + " (sha256 " + sha256 + ")";
        CliTest.Run text = run("compare", "--as-of", AS_OF, "--waivers", file.toString(), DEVIATING, COMPLIANT);
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out().lines().skip(1).findFirst().orElseThrow()).startsWith("  secretome-check ")
                .contains("; profile sha256 ").endsWith("; " + named);
        CliTest.Run html = run("compare", "--as-of", AS_OF, "--format", "html", "--waivers", file.toString(), DEVIATING,
                COMPLIANT);
        assertThat(html.code()).as(html.err()).isZero();
        assertThat(html.out()).contains("; " + named + ".</p>");
        assertThat(run("compare", "--as-of", AS_OF, DEVIATING, COMPLIANT).out()).doesNotContain("waiver file");
    }

    @Test
    void diffHtmlIsWellFormedAndSelfContained() throws Exception {
        Path file = temp.resolve("out/diff.html");
        CliTest.Run run = run("diff", "--as-of", AS_OF, "--format", "html", "--output", file.toString(), DEVIATING, COMPLIANT);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        String html = Files.readString(file, StandardCharsets.UTF_8);
        Document document = xhtml(html);
        assertThat(document.getElementsByTagName("tr").getLength()).isGreaterThan(200);
        assertThat(html).contains("/protocol/expansion/passage_at_conditioning").contains("Resolved findings");
        assertThat(html.replace("xmlns=\"http://www.w3.org/1999/xhtml\"", ""))
                .doesNotContain("http://", "https://", "<script", "<link", "src=");
    }

    /** As with check: without --format, the output file's extension says what it is meant to hold. */
    @Test
    void withoutFormatTheOutputFileExtensionChoosesIt() throws Exception {
        for (String name : List.of("diff.html", "diff.JSON", "diff.txt", "diff.out")) {
            Path file = temp.resolve("implied/" + name);
            CliTest.Run run = run("diff", "--as-of", AS_OF, "--output", file.toString(), DEVIATING, COMPLIANT);
            assertThat(run.code()).as(run.err()).isZero();
            String expected = run("diff", "--as-of", AS_OF, "--format", name.endsWith(".html") ? "html"
                    : name.endsWith(".JSON") ? "json" : "text", DEVIATING, COMPLIANT).out();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(name).isEqualTo(expected);
        }
        for (String name : List.of("matrix.csv", "matrix.html", "matrix.txt")) {
            Path file = temp.resolve("implied/" + name);
            CliTest.Run run = run("compare", "--as-of", AS_OF, "--output", file.toString(), DEVIATING, COMPLIANT);
            assertThat(run.code()).as(run.err()).isZero();
            String expected = run("compare", "--as-of", AS_OF, "--format", name.substring(name.indexOf('.') + 1)
                    .replace("txt", "text"), DEVIATING, COMPLIANT).out();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(name).isEqualTo(expected);
        }
        CliTest.Run pdf = run("diff", "--as-of", AS_OF, "--output", temp.resolve("implied/diff.pdf").toString(), DEVIATING,
                COMPLIANT);
        assertThat(pdf.code()).as("text in a .pdf would be a trap").isEqualTo(2);
        assertThat(pdf.err()).contains("names a pdf file, which diff does not write (it writes text, json, html)");
        assertThat(temp.resolve("implied/diff.pdf")).doesNotExist();
        assertThat(run("diff", "--as-of", AS_OF, "--output", temp.resolve("implied/diff.csv").toString(), DEVIATING,
                COMPLIANT).err()).as("compare's format").contains("names a csv file, which diff does not write");
        Path explicit = temp.resolve("implied/explicit.html");
        run("diff", "--as-of", AS_OF, "--format", "json", "--output", explicit.toString(), DEVIATING, COMPLIANT);
        assertThat(Files.readString(explicit, StandardCharsets.UTF_8)).as("--format wins").startsWith("{");
    }

    @Test
    void diffTextMatchesItsGoldenFile() throws IOException {
        golden(run("diff", "--as-of", AS_OF, DEVIATING, COMPLIANT).out(), "diff/deviations-to-compliant.txt");
    }

    // --- compare ------------------------------------------------------------------------------

    /** 48 and 48.0 are one value, as diff and baselines have it: the row does not differ. */
    @Test
    void compareComparesNumbersByValue() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("numbers"));
        Path minimal = Path.of("protocols/examples/cm-ucmsc-minimal-design.yaml");
        Files.copy(minimal, dir.resolve("a.yaml"));
        Files.writeString(dir.resolve("b.yaml"), Files.readString(minimal).replace("duration_h: 48", "duration_h: 48.0"));
        CliTest.Run run = CliTest.run("compare", dir.toString(), "--as-of", "2025-06-01");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.contains("Conditioning duration")))
                .singleElement().asString().startsWith("  Conditioning duration");
        assertThat(run.out()).contains("| 48 ").contains("| 48.0");
        CliTest.Run diff = CliTest.run("diff", dir.resolve("a.yaml").toString(), dir.resolve("b.yaml").toString(), "--as-of",
                "2025-06-01", "--format", "html");
        assertThat(diff.out()).as("a protocol without a version").contains("<td>-</td>").doesNotContain("null");
    }

    @Test
    void compareShowsTheFourExamplesSideBySide() throws IOException {
        CliTest.Run run = run("compare", "--as-of", AS_OF, "protocols/examples");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String[] lines = run.out().split("\n");
        assertThat(lines[1]).contains("rule set rules (88 rules, sha256 ").contains("profile sha256 ");
        assertThat(lines[3]).contains("SEC-AD-CM-003", "UC-CM-01", "SEC-BM-EXO-007", "SEC-BM-EV-001");
        assertThat(lines[5]).contains("protocols/examples/ev-bm-deviations.yaml");
        assertThat(run.out()).contains("Files compared:\n  SEC-AD-CM-003  protocols/examples/cm-adipose-design.yaml  sha256 "
                + sha256("protocols/examples/cm-adipose-design.yaml") + "\n");
        assertThat(run.out()).containsPattern("(?m)^\\* Passage at conditioning +\\| 4 +\\| 5 +\\| 9 \\[EXP-01\\] +\\| 4$");
        assertThat(run.out()).containsPattern("(?m)^\\* Hypoxia O2 \\(%\\) .*\\| 10 \\[OXY-01\\] +\\| 2$");
        for (String row : List.of("Cell source", "Donors", "Passage at conditioning", "Expansion supplement",
                "Hypoxia O2 (%)", "Hypoxia duration (h)", "Inflammatory priming", "Conditioning duration (h)", "Harvests",
                "Clarification (centrifugation)", "Isolation methods", "Cut-off (kDa)", "Storage temperature (°C)",
                "Release tests planned")) {
            assertThat(run.out()).containsPattern("(?m)^[* ] " + java.util.regex.Pattern.quote(row) + " +\\|");
        }
        golden(run.out(), "compare/examples.txt");
    }

    @Test
    void compareMarksOnlyRowsThatDiffer() {
        CliTest.Run run = run("compare", "--as-of", AS_OF, COMPLIANT, COMPLIANT);
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContainPattern("(?m)^\\* [^|\n]+\\|").doesNotContainPattern("\\[[A-Z]+-[0-9]+");
        CliTest.Run two = run("compare", "--as-of", AS_OF, DEVIATING, COMPLIANT);
        assertThat(two.out()).containsPattern("(?m)^  Hypoxia duration \\(h\\) +\\| 48 +\\| 48$")
                .containsPattern("(?m)^\\* Passage at conditioning +\\| 9 \\[EXP-01\\] +\\| 4$");
    }

    @Test
    void compareCsvParsesBackWithJacksonCsv() throws IOException {
        CliTest.Run run = run("compare", "--as-of", AS_OF, "--format", "csv", "protocols/examples");
        assertThat(run.code()).as(run.err()).isZero();
        CsvMapper csv = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = csv.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(run.out())) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSize(26);
        String deviating = "SEC-BM-EXO-007 (protocols/examples/ev-bm-deviations.yaml; sha256 " + sha256(DEVIATING) + ")";
        String compliant = "SEC-BM-EV-001 (protocols/examples/ev-bm-hypoxia-compliant.yaml; sha256 " + sha256(COMPLIANT) + ")";
        assertThat(rows.get(0).keySet()).startsWith("parameter", "pointer", "differs").contains(deviating,
                deviating + " outside profile", compliant, compliant + " outside profile");
        Map<String, String> passage = row(rows, "Passage at conditioning");
        assertThat(passage.get("pointer")).isEqualTo("/protocol/expansion/passage_at_conditioning");
        assertThat(passage.get("differs")).isEqualTo("true");
        assertThat(passage.get(deviating)).isEqualTo("9");
        assertThat(passage.get(deviating + " outside profile")).isEqualTo("EXP-01");
        assertThat(passage.get(compliant)).isEqualTo("4");
        assertThat(passage.get(compliant + " outside profile")).isEmpty();
        assertThat(row(rows, "Release tests planned").get(compliant)).startsWith("sterility, mycoplasma, endotoxin");
        assertThat(row(rows, "Priming agents").get(deviating))
                .isEqualTo("ifn_gamma 100 ng/mL, 96 h; tnf_alpha 50 ng/mL, 96 h");
        String minimal = "protocols/examples/cm-ucmsc-minimal-design.yaml";
        assertThat(row(rows, "Hypoxia O2 (%)").get("UC-CM-01 (" + minimal + "; sha256 " + sha256(minimal) + ")")).isEmpty();
    }

    private static String sha256(String file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(Path.of(file))));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void compareHtmlIsWellFormedAndMarksCells() throws Exception {
        CliTest.Run run = run("compare", "--as-of", AS_OF, "--format", "html", "protocols/examples");
        assertThat(run.code()).as(run.err()).isZero();
        Document document = xhtml(run.out());
        Element passage = null;
        NodeList rows = document.getElementsByTagName("tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (row.getElementsByTagName("th").getLength() > 0
                    && row.getElementsByTagName("th").item(0).getTextContent().endsWith("Passage at conditioning")) {
                passage = row;
            }
        }
        assertThat(passage).isNotNull();
        assertThat(passage.getAttribute("class")).isEqualTo("differs");
        Element cell = (Element) passage.getElementsByTagName("td").item(2);
        assertThat(cell.getAttribute("class")).isEqualTo("outside");
        assertThat(cell.getTextContent()).isEqualTo("9EXP-01");
        assertThat(cell.getAttribute("title")).startsWith("EXP-01 major: Cells are conditioned at passage 9");
        assertThat(((Element) passage.getElementsByTagName("td").item(3)).getAttribute("class")).isEmpty();
        assertThat(run.out().replace("xmlns=\"http://www.w3.org/1999/xhtml\"", ""))
                .doesNotContain("http://", "https://", "<script", "<link", "src=");
    }

    @Test
    void compareStillComparesTheOthersWhenAFileCannotBeChecked() throws IOException {
        Path broken = temp.resolve("broken.yaml");
        Files.writeString(broken, "protocol:\n  id: X\n  id: Y\n", StandardCharsets.UTF_8);
        CliTest.Run run = run("compare", "--as-of", AS_OF, DEVIATING, broken.toString(), COMPLIANT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(broken + " was not checked:").contains("duplicate key");
        assertThat(run.out()).contains("Comparison of 2 protocols").contains("SEC-BM-EXO-007 ").contains("SEC-BM-EV-001")
                .contains("Not checked, so not compared:").contains(broken.toString());
        Path csv = temp.resolve("matrix.csv");
        assertThat(run("compare", "--as-of", AS_OF, "--format", "csv", "-o", csv.toString(), DEVIATING,
                broken.toString()).code()).isEqualTo(2);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("parameter,pointer,differs,")
                .endsWith(",\"" + broken + " (not checked)\",\"" + broken + " (not checked) outside profile\"");
        assertThat(lines.get(1)).as("its cells are empty").endsWith(",,");
        assertThat(run("compare", "--format", "json", DEVIATING).code()).isEqualTo(2);
    }

    // --- helpers ------------------------------------------------------------------------------

    private static String value(JsonNode diff, String pointer) {
        for (JsonNode value : diff.get("values")) {
            if (value.get("pointer").asText().equals(pointer)) {
                return value.get("change").asText() + " " + value.get("old") + "@" + value.get("oldLine") + " -> "
                        + value.get("new") + "@" + value.get("newLine");
            }
        }
        return "(not listed)";
    }

    /** Every leaf (scalar, null or empty list or mapping) of a protocol, by pointer: an oracle for the diff. */
    private static JsonNode root(String file) throws IOException {
        return new YamlReader().read(file, Files.readAllBytes(Path.of(file))).document().root();
    }

    private static Map<String, JsonNode> leaves(JsonNode root) {
        Map<String, JsonNode> leaves = new HashMap<>();
        collect("", root, leaves);
        return leaves;
    }

    /** Every recorded leaf: a null value records nothing, as an absent key does (format Section 3.3). */
    private static void collect(String pointer, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isNull()) {
            return;
        }
        if (!node.isContainerNode() || node.isEmpty()) {
            leaves.put(pointer, node);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(pointer + "/" + i, node.get(i), leaves);
            }
        } else {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                collect(pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1"), member.getValue(), leaves);
            }
        }
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new LinkedHashSet<>(a);
        union.addAll(b);
        return union;
    }

    /** The findings of a checked protocol (open and waived) as "RULE pointer", from {@code check --format json}. */
    private static Set<String> findingKeys(String file) throws IOException {
        CliTest.Run run = run("check", "--as-of", AS_OF, "--format", "json", file);
        assertThat(run.code()).isIn(0, 1);
        return keys(JSON.readTree(run.out()).at("/protocols/0/findings"));
    }

    private static Set<String> keys(JsonNode findings) {
        Set<String> keys = new LinkedHashSet<>();
        findings.forEach(f -> assertThat(keys.add(f.get("ruleId").asText() + " " + f.get("pointer").asText()))
                .as("rule and pointer identify a finding").isTrue());
        return keys;
    }

    private static JsonNode find(JsonNode findings, String rule, String... pointer) {
        for (JsonNode finding : findings) {
            if (finding.get("ruleId").asText().equals(rule)
                    && (pointer.length == 0 || finding.get("pointer").asText().equals(pointer[0]))) {
                return finding;
            }
        }
        throw new AssertionError(rule + " not found in " + findings);
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String parameter) {
        return rows.stream().filter(r -> r.get("parameter").equals(parameter)).findFirst().orElseThrow();
    }

    private static Document xhtml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static void golden(String report, String name) throws IOException {
        String actual = org.secretomecheck.report.Goldens.normalised(report);
        Path file = Path.of("src/test/resources", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
