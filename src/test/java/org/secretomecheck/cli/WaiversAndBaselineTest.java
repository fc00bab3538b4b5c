package org.secretomecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Waiver files, the waiver lifecycle (waived, re-opened by expiry, stale, expiring) in every report
 * format, and baselines, on the shared deviating example with the waiver file
 * {@code src/test/resources/waivers/ev-bm-deviations.waivers.yaml}, checked on 2025-06-01:
 *
 * <ul>
 *   <li>in the protocol: DON-02 at the donor's age, in force (waived); STO-03, expired 2025-03-31 (re-opened);
 *   <li>in the file: DON-06 scoped to SEC-BM-EXO-007, in force (waived); EXP-01, expired 2025-01-31
 *       (re-opened); ISO-02, which the protocol does not break (stale); MED-07 scoped to the pointer
 *       of raw material 1, expiring 2025-06-20 (waives only that raw material's MED-07; listed as
 *       expiring); CHR-10 scoped to another protocol (no effect here, and not stale here).
 * </ul>
 */
class WaiversAndBaselineTest {

    static final String DEVIATING = CliTest.DEVIATING;
    static final String WAIVERS = "src/test/resources/waivers/ev-bm-deviations.waivers.yaml";

    /** A waiver file whose one waiver matches no finding of the compliant example (a stale waiver), in force until 2026. */
    static final String STALE_WAIVER_FILE = """
            format: secretome-waivers/1
            waivers:
              - rule: DON-02
                justification: "Nothing to waive in a compliant protocol."
                approved_by: "QA"
                approved_on: 2025-01-01
                expires_on: 2026-01-01
            """;

    /** rule and pointer of each finding the waivers in force cover. */
    static final Set<String> WAIVED = Set.of("DON-02 /protocol/donor/age_years", "DON-06 /protocol/donor",
            "MED-07 /protocol/documentation/raw_materials/1/grade");
    /** rule and pointer of each finding open again because its waiver expired. */
    static final Set<String> REOPENED = Set.of("EXP-01 /protocol/expansion/passage_at_conditioning",
            "STO-03 /protocol/formulation_storage/container");
    static final String STALE = WAIVERS + ":19:5";
    static final String EXPIRING = WAIVERS + ":24:5";
    static final String EXPIRED_IN_FILE = WAIVERS + ":13:5";
    static final String EXPIRED_IN_PROTOCOL = DEVIATING + ":186:5";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path reports;

    static CliTest.Run run;

    @BeforeAll
    static void checkEveryFormat() {
        run = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", WAIVERS, "--format",
                "text,json,sarif,junit,markdown,html,pdf", "--output-dir", reports.toString());
    }

    private static String read(String name) throws Exception {
        return Files.readString(reports.resolve(name), StandardCharsets.UTF_8);
    }

    /** A copy of a waiver file would list its waivers twice (stale, expiring); a repeated waiver can apply only once. */
    @Test
    void aCopiedWaiverFileIsAppliedOnceAndARepeatedWaiverIsNoted() throws Exception {
        Path copy = Files.copy(Path.of(WAIVERS), reports.resolve("copy-of-waivers.yaml"));
        CliTest.Run run = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", WAIVERS, "--waivers",
                copy.toString(), "--format", "json");
        assertThat(run.err()).contains("note: the waiver file " + copy + " holds the same bytes as " + WAIVERS
                + "; it is applied once");
        assertThat(JSON.readTree(run.out()).path("inputs")).hasSize(1);
        String text = Files.readString(Path.of(WAIVERS));
        String first = text.substring(text.indexOf("  - rule:"));
        first = first.substring(0, first.indexOf("\n  - rule:", 1) > 0 ? first.indexOf("\n  - rule:", 1) + 1 : first.length());
        Path repeated = Files.writeString(reports.resolve("repeated-waivers.yaml"), text.stripTrailing() + "\n" + first);
        CliTest.Run twice = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", repeated.toString());
        assertThat(twice.err()).containsPattern("note: the waiver at " + java.util.regex.Pattern.quote(repeated.toString())
                + ":\\d+:\\d+ repeats the one at " + java.util.regex.Pattern.quote(repeated.toString()) + ":\\d+:\\d+; only one can apply");
    }

    @Test
    void everyReportNamesTheWaiverFilesAndTheBaselineWithTheirDigests() throws Exception {
        Path dir = Files.createDirectories(reports.resolve("inputs"));
        Path baseline = dir.resolve("baseline.json");
        CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--write-baseline", baseline.toString());
        CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", WAIVERS, "--baseline", baseline.toString(),
                "--format", "text,json,sarif,junit,markdown,html", "--output-dir", dir.toString());
        String waiversSha = sha256(Path.of(WAIVERS));
        String baselineSha = sha256(baseline);
        assertThat(Files.readString(dir.resolve("secretome-check.txt"))).contains("; waiver file " + WAIVERS + " (sha256 "
                + waiversSha + "); baseline " + baseline + " (sha256 " + baselineSha + "); check date 2025-06-01");
        JsonNode inputs = JSON.readTree(dir.resolve("secretome-check.json").toFile()).path("inputs");
        assertThat(inputs).hasSize(2);
        assertThat(inputs.get(0)).isEqualTo(JSON.createObjectNode().put("role", "waiver file").put("file", WAIVERS)
                .put("sha256", waiversSha));
        assertThat(inputs.get(1)).isEqualTo(JSON.createObjectNode().put("role", "baseline").put("file", baseline.toString())
                .put("sha256", baselineSha));
        assertThat(JSON.readTree(dir.resolve("secretome-check.sarif").toFile()).at("/runs/0/properties/inputs"))
                .isEqualTo(inputs);
        assertThat(Files.readString(dir.resolve("secretome-check.xml")))
                .contains("<property name=\"waiverFile.sha256\" value=\"" + waiversSha + "\"/>")
                .contains("<property name=\"baseline.sha256\" value=\"" + baselineSha + "\"/>");
        assertThat(Files.readString(dir.resolve("secretome-check.md"))).contains("waiver file " + WAIVERS + " (sha256 `"
                + waiversSha + "`) · baseline ");
        assertThat(Files.readString(dir.resolve("secretome-check.html"))).contains("SHA-256 " + waiversSha)
                .contains("SHA-256 " + baselineSha).contains("The same tool code, protocol files, rule set, profile, waiver files and"
                        + " baseline (SHA-256 digests above)");
        // without either, the reports are as before
        assertThat(JSON.readTree(CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--format", "json").out())
                .has("inputs")).isFalse();
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    @Test
    void exitCodeIsOneForTheOpenFindings() {
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).as("only the summary and the verdict, as the reports went to files").isEqualTo("secretome-check:"
                + " Summary: 1 protocol, 1 checked, 0 not checked; open findings: 4 critical, 40 major, 26 minor, 0 info; 3 waived,"
                + " 2 re-opened (waiver expired), 1 stale waiver, 1 expiring waiver\n"
                + "secretome-check: Fails: open findings major or worse.\n");
    }

    @Test
    void json() throws Exception {
        JsonNode protocol = JSON.readTree(read("secretome-check.json")).at("/protocols/0");
        Set<String> waived = new TreeSet<>();
        Set<String> reopened = new TreeSet<>();
        int open = 0;
        for (JsonNode finding : protocol.path("findings")) {
            String key = finding.path("ruleId").asText() + " " + finding.path("pointer").asText();
            if (finding.path("status").asText().equals("waived")) {
                waived.add(key);
                assertThat(finding.at("/waiver/expired").asBoolean()).isFalse();
            } else {
                open++;
                if (finding.has("waiver")) {
                    assertThat(finding.at("/waiver/expired").asBoolean()).isTrue();
                    reopened.add(key);
                }
            }
        }
        assertThat(waived).isEqualTo(new TreeSet<>(WAIVED));
        assertThat(reopened).isEqualTo(new TreeSet<>(REOPENED));
        assertThat(open).isEqualTo(70);
        JsonNode exp01 = finding(protocol, "EXP-01");
        assertThat(exp01.path("status").asText()).isEqualTo("open");
        assertThat(exp01.at("/waiver/expiresOn").asText()).isEqualTo("2025-01-31");
        assertThat(exp01.at("/waiver/source").asText()).isEqualTo(EXPIRED_IN_FILE);
        assertThat(exp01.at("/waiver/justification").asText()).startsWith("Passage 9 accepted");

        assertThat(protocol.path("staleWaivers")).hasSize(1);
        assertThat(protocol.at("/staleWaivers/0/rule").asText()).isEqualTo("ISO-02");
        assertThat(protocol.at("/staleWaivers/0/pointer").isNull()).isTrue();
        assertThat(protocol.at("/staleWaivers/0/source").asText()).isEqualTo(STALE);
        assertThat(protocol.at("/staleWaivers/0/reason").asText()).isEqualTo("ISO-02 does not apply to this protocol");
        assertThat(protocol.path("expiringWaivers")).hasSize(1);
        assertThat(protocol.at("/expiringWaivers/0/rule").asText()).isEqualTo("MED-07");
        assertThat(protocol.at("/expiringWaivers/0/pointer").asText()).isEqualTo("/protocol/documentation/raw_materials/1");
        assertThat(protocol.at("/expiringWaivers/0/expiresOn").asText()).isEqualTo("2025-06-20");
        assertThat(protocol.at("/expiringWaivers/0/daysLeft").asInt()).isEqualTo(19);

        // the waiver scoped to another protocol has no effect here
        assertThat(finding(protocol, "CHR-10").path("status").asText()).isEqualTo("open");
        // DOC-04 counts only the open findings: DON-06 and a MED-07 (both major) are waived by the file
        assertThat(finding(protocol, "DOC-04").path("message").asText()).startsWith("43 major or critical findings");

        JsonNode summary = JSON.readTree(read("secretome-check.json")).path("summary");
        assertThat(summary.path("waived").asInt()).isEqualTo(3);
        assertThat(summary.path("reopened").asInt()).isEqualTo(2);
        assertThat(summary.path("staleWaivers").asInt()).isEqualTo(1);
        assertThat(summary.path("expiringWaivers").asInt()).isEqualTo(1);
    }

    private static JsonNode finding(JsonNode protocol, String rule) {
        for (JsonNode finding : protocol.path("findings")) {
            if (finding.path("ruleId").asText().equals(rule)) {
                return finding;
            }
        }
        throw new AssertionError("no finding of " + rule);
    }

    @Test
    void text() throws Exception {
        List<String> lines = read("secretome-check.txt").lines().toList();
        Set<String> waived = new TreeSet<>();
        Set<String> reopened = new TreeSet<>();
        for (String line : lines) {
            if (line.contains("  WAIVED    ")) {
                waived.add(line.replaceAll(".*WAIVED +([A-Z]+-[0-9]+) .*", "$1"));
            }
            if (line.contains("[waiver expired ")) {
                reopened.add(line.replaceAll(".*  (MAJOR|MINOR) +([A-Z]+-[0-9]+) .*\\[waiver expired (.*)\\]$", "$2 $3"));
            }
        }
        assertThat(waived).containsExactly("DON-02", "DON-06", "MED-07");
        assertThat(reopened).containsExactly("EXP-01 2025-01-31 at " + EXPIRED_IN_FILE,
                "STO-03 2025-03-31 at " + EXPIRED_IN_PROTOCOL);
        assertThat(lines).filteredOn(l -> l.contains("STALE")).containsExactly(
                "  " + STALE + "  STALE     ISO-02  this waiver matches no finding of the protocol (ISO-02 does not apply to this protocol);"
                + " remove it or correct it");
        assertThat(lines).filteredOn(l -> l.contains("EXPIRING")).containsExactly("  " + EXPIRING
                + "  EXPIRING  MED-07  this waiver (pointer /protocol/documentation/raw_materials/1) expires on 2025-06-20,"
                + " in 19 days");
        assertThat(lines).contains("  checked: 70 open, 3 waived, 2 re-opened (waiver expired), 1 stale waiver,"
                + " 1 expiring waiver");
        assertThat(lines).anyMatch(l -> l.startsWith("Summary: ") && l.endsWith("; 3 waived, 2 re-opened (waiver"
                + " expired), 1 stale waiver, 1 expiring waiver"));
    }

    /** For GitHub, which ignores suppressions: the waived results are left out, and the log says how many. */
    @Test
    void sarifForGitHubLeavesTheWaivedFindingsOut() throws Exception {
        JsonNode full = JSON.readTree(read("secretome-check.sarif"));
        CliTest.Run omitted = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", WAIVERS, "--format",
                "sarif", "--sarif-omit-waived");
        JsonNode log = JSON.readTree(omitted.out());
        try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
            assertThat(schema.validate(log)).as("SARIF schema violations").isEmpty();
        }
        assertThat(log.at("/runs/0/results").size()).isEqualTo(full.at("/runs/0/results").size() - WAIVED.size());
        for (JsonNode result : log.at("/runs/0/results")) {
            assertThat(result.has("suppressions")).as(result.path("ruleId").asText()).isFalse();
        }
        assertThat(log.at("/runs/0/properties/waivedResultsLeftOut").asInt()).isEqualTo(WAIVED.size());
        assertThat(log.at("/runs/0/properties/summary/waived").asInt()).isEqualTo(WAIVED.size());
        assertThat(full.at("/runs/0/properties").has("waivedResultsLeftOut")).isFalse();
        assertThat(omitted.code()).isEqualTo(run.code());
        CliTest.Run json = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--format", "json", "--sarif-omit-waived");
        assertThat(json.code()).isEqualTo(2);
        assertThat(json.err()).contains("--sarif-omit-waived applies to the SARIF report only; add --format sarif");
    }

    @Test
    void sarif() throws Exception {
        JsonNode log = JSON.readTree(read("secretome-check.sarif"));
        try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
            assertThat(schema.validate(log)).as("SARIF schema violations").isEmpty();
        }
        Set<String> suppressed = new TreeSet<>();
        Set<String> reopened = new TreeSet<>();
        for (JsonNode result : log.at("/runs/0/results")) {
            String key = result.path("ruleId").asText() + " " + result.at("/properties/pointer").asText();
            if (result.has("suppressions")) {
                suppressed.add(key);
                assertThat(result.at("/suppressions/0/justification").asText()).isNotBlank();
                assertThat(result.at("/suppressions/0/status").asText()).isEqualTo("accepted");
            }
            if (result.at("/properties/waiver/expired").asBoolean()) {
                assertThat(result.has("suppressions")).isFalse();
                assertThat(result.at("/properties/note").asText()).contains("expired on");
                reopened.add(key);
            }
        }
        assertThat(suppressed).isEqualTo(new TreeSet<>(WAIVED));
        assertThat(reopened).isEqualTo(new TreeSet<>(REOPENED));
        List<String> notifications = new ArrayList<>();
        for (JsonNode notification : log.at("/runs/0/invocations/0/toolExecutionNotifications")) {
            notifications.add(notification.at("/descriptor/id").asText() + " " + notification.path("level").asText() + " "
                    + notification.at("/properties/rule").asText() + " " + notification.at("/properties/source").asText());
        }
        assertThat(notifications).containsExactly("stale-waiver warning ISO-02 " + STALE,
                "expiring-waiver note MED-07 " + EXPIRING);
        assertThat(log.at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isTrue();
        assertThat(log.at("/runs/0/artifacts/0/properties/staleWaivers/0/source").asText()).isEqualTo(STALE);
        assertThat(log.at("/runs/0/properties/summary/waived").asInt()).isEqualTo(3);
        assertThat(log.at("/runs/0/properties/summary/reopened").asInt()).isEqualTo(2);
    }

    @Test
    void junit() throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(reports.resolve("secretome-check.xml").toFile()).getDocumentElement();
        NodeList cases = root.getElementsByTagName("testcase");
        Set<String> skipped = new TreeSet<>();
        Set<String> reopened = new TreeSet<>();
        StringBuilder waivedOut = new StringBuilder();
        for (int i = 0; i < cases.getLength(); i++) {
            Element test = (Element) cases.item(i);
            String rule = test.getAttribute("name").split(" ")[0];
            if (test.getElementsByTagName("skipped").getLength() > 0) {
                skipped.add(rule);
            }
            NodeList failures = test.getElementsByTagName("failure");
            for (int f = 0; f < failures.getLength(); f++) {
                String message = ((Element) failures.item(f)).getAttribute("message");
                if (message.contains("[waiver expired ")) {
                    reopened.add(rule + " " + message.replaceAll(".*\\[waiver expired (.*)\\]$", "$1"));
                    assertThat(failures.item(f).getTextContent()).contains("waiver expired on");
                }
            }
            NodeList out = test.getElementsByTagName("system-out");
            if (out.getLength() > 0) {
                String text = out.item(0).getTextContent();
                waivedOut.append(text);
                // a re-opened finding below --fail-on major is told there, not as a failure
                java.util.regex.Matcher below = java.util.regex.Pattern
                        .compile("OPEN, BELOW --fail-on major \\w+ (\\S+) at [^\\n]*\\n(?:[^\\n]*\\n)*?waiver expired on (\\S+)")
                        .matcher(text);
                while (below.find()) {
                    reopened.add(below.group(1) + " " + below.group(2));
                }
            }
        }
        // DON-06 has only its waived finding; DON-02 and MED-07 keep open findings besides the waived ones
        assertThat(skipped).containsExactly("DON-06");
        assertThat(waivedOut.toString()).contains("WAIVED MINOR DON-02", "WAIVED MAJOR DON-06", "WAIVED MAJOR MED-07")
                .doesNotContain("WAIVED MAJOR EXP-01", "WAIVED MINOR STO-03");
        assertThat(reopened).containsExactly("EXP-01 2025-01-31", "STO-03 2025-03-31"); // major failure, minor told
        Element suite = (Element) root.getElementsByTagName("testsuite").item(0);
        NodeList suiteOut = suite.getElementsByTagName("system-out");
        String last = suiteOut.item(suiteOut.getLength() - 1).getTextContent();
        assertThat(last).contains("STALE WAIVER ISO-02 at " + STALE, "EXPIRING WAIVER MED-07 (/protocol/documentation/"
                + "raw_materials/1) at " + EXPIRING + ": expires on 2025-06-20");
        assertThat(read("secretome-check.xml")).contains("<property name=\"waivers.stale\" value=\"1\"/>",
                "<property name=\"waivers.reopened\" value=\"2\"/>", "<property name=\"waivers.expiring\" value=\"1\"/>");
    }

    @Test
    void markdown() throws Exception {
        String md = read("secretome-check.md");
        String waivedTable = md.substring(md.indexOf("Waived findings (3):"), md.indexOf("Stale waivers"));
        assertThat(waivedTable.lines().filter(l -> l.startsWith("| MINOR") || l.startsWith("| MAJOR")))
                .hasSize(3).anyMatch(l -> l.contains("DON-02")).anyMatch(l -> l.contains("DON-06"))
                .anyMatch(l -> l.contains("MED-07") && l.contains(":171:49"));
        assertThat(md.lines().filter(l -> l.contains("\\[waiver expired ")))
                .containsExactlyInAnyOrder(
                        md.lines().filter(l -> l.contains("| EXP-01 |")).findFirst().orElseThrow(),
                        md.lines().filter(l -> l.contains("| STO-03 |")).findFirst().orElseThrow());
        assertThat(md).contains("Stale waivers, matching no finding (1):", "| ISO-02 | (every finding) (ISO-02 does not"
                + " apply to this protocol) | " + STALE.replace("_", "\\_") + " | 2025-12-31 |");
        assertThat(md).contains("Waivers expiring soon (1):", "| MED-07 | /protocol/documentation/raw\\_materials/1 | "
                + EXPIRING.replace("_", "\\_") + " | 2025-06-20 |");
        assertThat(md).contains("Checked: 70 open, 3 waived, 2 re-opened (waiver expired), 1 stale waiver, 1 expiring"
                + " waiver.");
    }

    @Test
    void html() throws Exception {
        String html = read("secretome-check.html");
        String open = html.substring(html.indexOf("<h3>Open findings</h3>"), html.indexOf("<h3>Waived findings</h3>"));
        String waived = html.substring(html.indexOf("<h3>Waived findings</h3>"), html.indexOf("<h3>Stale waivers (1)</h3>"));
        assertThat(waived.split("<tr class=\"finding ")).hasSize(4);
        assertThat(waived).contains("/protocol/donor/age_years", "Medical history was screened",
                "/protocol/documentation/raw_materials/1/grade").doesNotContain("passage_at_conditioning");
        assertThat(open.split("sev sev-reopened")).hasSize(3);
        assertThat(open).contains("Waiver expired on 2025-01-31: ", EXPIRED_IN_FILE, "Waiver expired on 2025-03-31: ",
                EXPIRED_IN_PROTOCOL);
        String rest = html.substring(html.indexOf("<h3>Stale waivers (1)</h3>"));
        assertThat(rest).contains(STALE, "ISO-02", "<p class=\"detail\">ISO-02 does not apply to this protocol.</p>",
                "<h3>Waivers expiring soon (1)</h3>", EXPIRING, "2025-06-20");
    }

    @Test
    void pdf() throws Exception {
        String text;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(reports.resolve("secretome-check.pdf")))) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("70 open findings", "3 waived, 2 re-opened (waiver expired), 1 stale waiver, 1 expiring"
                + " waiver", "Waiver expired on 2025-01-31", "Waiver expired on 2025-03-31", "Stale waivers (1)",
                "Waivers expiring soon (1)", "Medical history was screened");
        String waived = text.substring(text.indexOf("Waived findings"), text.indexOf("Stale waivers (1)"));
        assertThat(waived).contains("DON-02", "DON-06", "MED-07").doesNotContain("EXP-01", "STO-03");
    }

    @Test
    void fileWaiversAreJudgedPerProtocolTheyApplyTo() throws Exception {
        CliTest.Run both = CliTest.run("check", DEVIATING, CliTest.ADIPOSE, "--as-of", "2025-06-01", "--waivers", WAIVERS,
                "--format", "json");
        JsonNode adipose = JSON.readTree(both.out()).at("/protocols/1");
        assertThat(adipose.path("id").asText()).isEqualTo("SEC-AD-CM-003");
        // the unscoped ISO-02 waiver, stale for the deviating example, waives the adipose design's ISO-02
        assertThat(finding(adipose, "ISO-02").path("status").asText()).isEqualTo("waived");
        List<String> stale = new ArrayList<>();
        adipose.path("staleWaivers").forEach(w -> stale.add(w.path("rule").asText()));
        // DON-06 is scoped to the other protocol: never stale here; CHR-10 is scoped here and matches nothing
        assertThat(stale).containsExactly("EXP-01", "MED-07", "CHR-10");
    }

    @Test
    void staleWaiversFailTheRunOnlyWhenAsked() throws Exception {
        Path waivers = reports.resolve("stale.yaml");
        Files.writeString(waivers, """
                waivers:
                  - rule: DON-02
                    justification: "Nothing to waive in a compliant protocol."
                    approved_by: "QA"
                    approved_on: 2025-01-01
                    expires_on: 2025-06-10
                """);
        CliTest.Run quiet = CliTest.run("check", CliTest.COMPLIANT, "--as-of", "2025-06-01", "--waivers", waivers.toString());
        assertThat(quiet.code()).as(quiet.out() + quiet.err()).isZero();
        assertThat(quiet.out()).contains(waivers + ":2:5  STALE     DON-02")
                .as("a stale waiver waives nothing that its expiry would open").doesNotContain("EXPIRING");
        CliTest.Run strict = CliTest.run("check", CliTest.COMPLIANT, "--as-of", "2025-06-01", "--waivers",
                waivers.toString(), "--fail-on-stale-waivers");
        assertThat(strict.code()).isEqualTo(1);
        CliTest.Run twice = CliTest.run("check", CliTest.COMPLIANT, "--as-of", "2025-06-01", "--waivers", waivers.toString(),
                "--waivers", waivers.getParent().resolve(".").resolve(waivers.getFileName()).toString());
        assertThat(twice.out()).as("a waiver file named twice is read once").containsOnlyOnce("STALE").contains("1 stale waiver");
        Path hardLink = Files.createLink(waivers.resolveSibling("hard-link.yaml"), waivers);
        CliTest.Run linked = CliTest.run("check", CliTest.COMPLIANT, "--as-of", "2025-06-01", "--waivers", waivers.toString(),
                "--waivers", hardLink.toString());
        assertThat(linked.out()).as("a waiver file named twice through a hard link is read once").containsOnlyOnce("STALE");
        Path scoped = Files.writeString(reports.resolve("scoped.yaml"), Files.readString(waivers).replace("  - rule: DON-02\n",
                "  - rule: DON-02\n    protocols: [SEC-BM-EV-01]\n"));
        CliTest.Run mistyped = CliTest.run("check", CliTest.COMPLIANT, "--as-of", "2025-06-01", "--waivers", scoped.toString());
        assertThat(mistyped.err()).as("a scope that nearly names a protocol of the run is said").contains("note: the waiver of"
                + " DON-02 at " + scoped + ":2:5 is scoped to SEC-BM-EV-01, the ID of no protocol of this run (did you mean"
                + " SEC-BM-EV-001?)");
        Files.writeString(waivers, Files.readString(waivers).replace("DON-02", "DON-04"));
        CliTest.Run expiring = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", waivers.toString());
        assertThat(expiring.out()).contains("EXPIRING  DON-04  this waiver expires on 2025-06-10, in 9 days")
                .doesNotContain("STALE     DON-04");
        CliTest.Run shortWarning = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers",
                waivers.toString(), "--expiry-warning", "5");
        assertThat(shortWarning.out()).doesNotContain("EXPIRING");
    }

    @Test
    void aStaleWaiverOfARuleThatDoesNotApplySaysSo() throws Exception {
        Path file = reports.resolve("out-of-scope-waivers.yaml");
        Files.writeString(file, """
                format: secretome-waivers/1
                waivers:
                  - rule: CHR-02
                    protocols: [UC-CM-01]
                    justification: "particle counts are done in the characterization study"
                    approved_by: "QA"
                    approved_on: 2025-01-15
                    expires_on: 2025-12-31
                  - rule: SAF-03
                    protocols: [UC-CM-01]
                    pointer: /protocol/release_testing/endotoxin/limit_basis
                    justification: "limit basis in the product file"
                    approved_by: "QA"
                    approved_on: 2025-01-15
                    expires_on: 2025-12-31
                """);
        String minimal = "protocols/examples/cm-ucmsc-minimal-design.yaml";
        CliTest.Run text = CliTest.run("check", minimal, "--as-of", "2025-06-01", "--waivers", file.toString());
        assertThat(text.out()).contains("CHR-02  this waiver matches no finding of the protocol (CHR-02 does not apply to"
                + " this protocol); remove it or correct it")
                .contains("SAF-03  this waiver (pointer /protocol/release_testing/endotoxin/limit_basis) matches no finding of the"
                        + " protocol (SAF-03 reports at /protocol/release_testing (\"" + SAF03 + "\"), above that pointer;"
                        + " a waiver covers findings at its pointer or below it, so move it up only if it was written for"
                        + " that finding); remove it or correct it");
        CliTest.Run junit = CliTest.run("check", minimal, "--as-of", "2025-06-01", "--waivers", file.toString(),
                "--format", "junit", "--fail-on-stale-waivers");
        assertThat(junit.out()).contains("the waiver of CHR-02 matches no finding of this protocol (CHR-02 does not apply to"
                + " this protocol)");
    }

    private static final String SAF03 = "No endotoxin test is defined (release_testing.endotoxin.method).";

    /** Why a waiver of the absent source.tissue_site matches nothing: SRC-03 reports at its section, quoted. */
    private static final String SRC03_ABOVE = "SRC-03 reports at /protocol/source (\"The anatomical site of the source"
            + " tissue (source.tissue_site) is not recorded. Also: The method used to isolate the MSC from the tissue"
            + " (source.isolation_method) is not recorded.\"), above that pointer; a waiver covers findings at its pointer"
            + " or below it, so move it up only if it was written for that finding";

    @Test
    void aStaleWaiverBelowTheFindingItMeantNamesWhereTheRuleReports() throws Exception {
        // The deviating example has no source.tissue_site: SRC-03 reports at /protocol/source, its nearest
        // present parent, so a waiver of the absent field's own pointer matches nothing.
        Path file = reports.resolve("too-narrow-waivers.yaml");
        Files.writeString(file, """
                format: secretome-waivers/1
                waivers:
                  - rule: SRC-03
                    pointer: /protocol/source/tissue_site
                    justification: "the site is in the tissue release record"
                    approved_by: "QA"
                    approved_on: 2025-01-15
                    expires_on: 2025-12-31
                """);
        String why = " (" + SRC03_ABOVE + ")";
        CliTest.Run text = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", file.toString());
        assertThat(text.out()).contains("SRC-03  this waiver (pointer /protocol/source/tissue_site) matches no finding of"
                + " the protocol" + why + "; remove it or correct it");
        CliTest.Run sarif = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", file.toString(),
                "--format", "sarif");
        assertThat(JSON.readTree(sarif.out()).at("/runs/0/invocations/0/toolExecutionNotifications/0/message/text").asText())
                .contains("matches no finding of SEC-BM-EXO-007 in " + DEVIATING + why);
        CliTest.Run junit = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", file.toString(),
                "--format", "junit", "--fail-on-stale-waivers");
        assertThat(junit.out()).contains("matches no finding of this protocol" + why);
        CliTest.Run json = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", file.toString(),
                "--format", "json");
        assertThat(JSON.readTree(json.out()).at("/protocols/0/staleWaivers/0/reason").asText())
                .isEqualTo(SRC03_ABOVE);
        CliTest.Run markdown = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", file.toString(),
                "--format", "markdown");
        assertThat(markdown.out()).contains("| SRC-03 | /protocol/source/tissue\\_site (" + SRC03_ABOVE.replace("_", "\\_") + ") | ");
        CliTest.Run html = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", file.toString(),
                "--format", "html");
        assertThat(html.out()).contains("<span class=\"mono location pointer\">/protocol/source/tissue_site</span>"
                + "<p class=\"detail\">" + SRC03_ABOVE + ".</p>");

        // Once another waiver covers the finding above, this one is only redundant: no pointer to correct it to.
        Files.writeString(file, Files.readString(file) + """
                  - rule: SRC-03
                    pointer: /protocol/source
                    justification: "the site is in the tissue release record"
                    approved_by: "QA"
                    approved_on: 2025-01-15
                    expires_on: 2025-12-31
                """);
        JsonNode covered = JSON.readTree(CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", file.toString(),
                "--format", "json").out()).at("/protocols/0");
        assertThat(finding(covered, "SRC-03").path("status").asText()).isEqualTo("waived");
        assertThat(covered.at("/staleWaivers/0/pointer").asText()).isEqualTo("/protocol/source/tissue_site");
        assertThat(covered.at("/staleWaivers/0/reason").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no justification | 3:5 | waivers.0.justification: is required and must be non-blank text, but it is missing",
        "no approver | 3:5 | waivers.0.approved_by: is required and must be non-blank text, but it is missing",
        "invisible justification | 5:5 | waivers.0.justification: is required and must be non-blank text, not the text",
        "no expiry | 3:5 | waivers.0.expires_on: is required but missing",
        "unknown rule | 3:5 | waivers.0.rule: the text \"DON-99\" is not a rule ID of the catalogue; did you mean DON-01?",
        "malformed pointer | 4:5 | waivers.0.pointer: must be a JSON Pointer starting with /protocol, not the text \"protocol/donor\""
                + " (did you mean /protocol/donor?)",
        "bad pointer escape | 4:5 | waivers.0.pointer: must be a JSON Pointer starting with /protocol, not the text \"/protocol/donor/~2\""
                + " (in a pointer, ~ is written ~0 and / inside a key ~1)",
        "field name | 4:5 | waivers.0.pointer: must be a JSON Pointer starting with /protocol, not the text \"donor.age_years\""
                + " (did you mean /protocol/donor/age_years?)",
        "dotted from protocol | 4:5 | waivers.0.pointer: must be a JSON Pointer starting with /protocol, not the text"
                + " \"protocol.donor.age_years\" (did you mean /protocol/donor/age_years?)",
        "capital | 4:5 | waivers.0.pointer: must be a JSON Pointer starting with /protocol, not the text"
                + " \"/Protocol/Donor\" (did you mean /protocol/donor?)",
        "fragment and index | 4:5 | waivers.0.pointer: must be a JSON Pointer starting with /protocol, not the text"
                + " \"#/protocol/donor/eligibility/tests[2]\" (did you mean /protocol/donor/eligibility/tests/2?)",
        "trailing slash | 4:5 | waivers.0.pointer: the text \"/protocol/donor/\" has an empty segment (a trailing / or //)",
        "no such field | 4:5 | waivers.0.pointer: the text \"/protocol/formulation_storage/storage_temp\" names no place of"
                + " the protocol format (storage_temp is not a key of protocol.formulation_storage; did you mean storage_temp_c?),"
                + " so it would waive nothing",
        "no such index | 4:5 | waivers.0.pointer: the text \"/protocol/documentation/raw_materials/first\" names no place of the protocol"
                + " format (first is not an index of the list protocol.documentation.raw_materials), so it would waive nothing",
        "below a value | 4:5 | waivers.0.pointer: the text \"/protocol/donor/count/0\" names no place of the protocol format"
                + " (protocol.donor.count holds a value, with no keys below it), so it would waive nothing",
        "expiry before approval | 8:5 | waivers.0.expires_on: 2024-12-31 is before approved_on 2025-01-15",
        "quoted expiry | 8:5 | waivers.0.expires_on: must be an unquoted date YYYY-MM-DD that exists, not the text \"2025-12-31\" (write the date without quotes)",
        "five-digit year | 8:5 | waivers.0.expires_on: must be an unquoted date YYYY-MM-DD that exists, not the text \"10000-01-01\"",
        "empty protocols | 4:5 | waivers.0.protocols: must be a non-empty list of protocol IDs",
        "bad protocol ID | 4:33 | waivers.0.protocols.1: the text \"not an id\" is not a protocol ID",
        "wrong format | 1:1 | format: must be secretome-waivers/1, not the text \"secretome-protocol/1\"",
        "unknown root key | 2:1 | unknown root key waiver; did you mean waivers?",
        "waiver key at the root | 9:1 | unknown root key protocols (a waiver file holds only format and waivers);"
                + " protocols is a key of each waiver, in the list under waivers",
        "a protocol | 1:1 | unknown root key protocol (a waiver file holds only format and waivers); protocol starts"
                + " a protocol file, which is checked as an argument, not given with --waivers",
        "not YAML | 3:1 | ",
    })
    void invalidWaiverFilesStopTheRunWithALocatedMessage(String name, String where, String message) throws Exception {
        String good = """
                  - rule: DON-02
                    pointer: /protocol/donor
                    justification: "ok"
                    approved_by: "QA"
                    approved_on: 2025-01-15
                    expires_on: 2025-12-31
                """;
        String yaml = switch (name) {
            case "no justification" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("    justification: \"ok\"\n", "");
            case "invisible justification" -> "format: secretome-waivers/1\nwaivers:\n"
                    + good.replace("justification: \"ok\"", "justification: \"\u200B\u2800\"");
            case "no approver" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("    approved_by: \"QA\"\n", "");
            case "no expiry" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("    expires_on: 2025-12-31\n", "");
            case "unknown rule" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("DON-02", "DON-99");
            case "malformed pointer" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("/protocol/donor", "protocol/donor");
            case "field name" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("/protocol/donor", "donor.age_years");
            case "dotted from protocol" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("/protocol/donor", "protocol.donor.age_years");
            case "capital" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("/protocol/donor", "/Protocol/Donor");
            case "fragment and index" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("/protocol/donor",
                    "\"#/protocol/donor/eligibility/tests[2]\"");
            case "no such field" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("/protocol/donor",
                    "/protocol/formulation_storage/storage_temp");
            case "no such index" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("/protocol/donor",
                    "/protocol/documentation/raw_materials/first");
            case "below a value" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("/protocol/donor",
                    "/protocol/donor/count/0");
            case "trailing slash" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("/protocol/donor", "/protocol/donor/");
            case "bad pointer escape" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("/protocol/donor", "/protocol/donor/~2");
            case "expiry before approval" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("2025-12-31", "2024-12-31");
            case "quoted expiry" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("2025-12-31", "\"2025-12-31\"");
            case "five-digit year" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("2025-12-31", "10000-01-01");
            case "empty protocols" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("    pointer: /protocol/donor",
                    "    protocols: []");
            case "bad protocol ID" -> "format: secretome-waivers/1\nwaivers:\n" + good.replace("    pointer: /protocol/donor",
                    "    protocols: [SEC-BM-EXO-007, \"not an id\"]");
            case "wrong format" -> "format: secretome-protocol/1\nwaivers:\n" + good;
            case "unknown root key" -> "format: secretome-waivers/1\nwaiver:\n" + good;
            case "waiver key at the root" -> "format: secretome-waivers/1\nwaivers:\n" + good + "protocols: [SEC-BM-EXO-007]\n";
            case "a protocol" -> "protocol:\n  id: SEC-BM-EXO-007\n";
            case "not YAML" -> "format: secretome-waivers/1\nwaivers:\n- {rule: DON-02\n";
            default -> throw new IllegalArgumentException(name);
        };
        Path file = reports.resolve(name.replace(' ', '-') + ".yaml");
        Files.writeString(file, yaml);
        CliTest.Run bad = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", WAIVERS, "--waivers",
                file.toString());
        assertThat(bad.code()).as(bad.err()).isEqualTo(2);
        assertThat(bad.out()).as("no protocol is judged").isEmpty();
        assertThat(bad.err()).contains("the waiver file " + file + " cannot be used:");
        if (message == null) {
            assertThat(bad.err()).contains(file.toString() + ":");
        } else {
            assertThat(bad.err()).contains("  " + file + ":" + where + ": " + message);
        }
    }

    @Test
    void anAliasForAWaiversProtocolsIsReportedOnceAsAnAlias() throws Exception {
        Path file = reports.resolve("alias-protocols.yaml");
        Files.writeString(file, """
                format: secretome-waivers/1
                waivers:
                  - rule: DON-02
                    protocols: &ps [SEC-BM-EXO-007]
                    justification: "ok"
                    approved_by: "QA"
                    approved_on: 2025-01-15
                    expires_on: 2025-12-31
                  - rule: DON-04
                    protocols: *ps
                    justification: "ok"
                    approved_by: "QA"
                    approved_on: 2025-01-15
                    expires_on: 2025-12-31
                """);
        CliTest.Run bad = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", file.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines().filter(line -> line.startsWith("  "))).containsExactly(
                "  " + file + ":4:16: anchors and aliases are not allowed (&ps)",
                "  " + file + ":10:16: anchors and aliases are not allowed (*ps)");
    }

    @Test
    void anAliasInAWaiverFileIsReportedOnceAsAnAlias() throws Exception {
        Path file = reports.resolve("alias-waivers.yaml");
        Files.writeString(file, """
                format: secretome-waivers/1
                waivers:
                  - &w
                    rule: DON-02
                    justification: &j "ok"
                    approved_by: *j
                    approved_on: 2025-01-15
                    expires_on: 2025-12-31
                  - *w
                """);
        CliTest.Run bad = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", file.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines().filter(line -> line.startsWith("  "))).containsExactly(
                "  " + file + ":3:5: anchors and aliases are not allowed (&w)",
                "  " + file + ":5:20: anchors and aliases are not allowed (&j)",
                "  " + file + ":6:18: anchors and aliases are not allowed (*j)",
                "  " + file + ":9:5: anchors and aliases are not allowed (*w)");
    }

    @Test
    void aWaiversApprovalAndReferenceReachTheReports() throws Exception {
        Path waivers = reports.resolve("referenced.yaml");
        Files.writeString(waivers, """
                waivers:
                  - rule: DON-04
                    justification: >
                      Retested.
                    approved_by: "QA"
                    approved_on: 2025-02-03
                    expires_on: 2025-12-31
                    reference: {deviation: DEV-7, change_control: CC-9}
                """);
        CliTest.Run json = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", waivers.toString(),
                "--format", "json");
        JsonNode waiver = finding(JSON.readTree(json.out()).at("/protocols/0"), "DON-04").path("waiver");
        assertThat(waiver.path("approvedOn").asText()).isEqualTo("2025-02-03");
        assertThat(waiver.path("justification").asText()).as("without the block's last line break").isEqualTo("Retested.");
        assertThat(waiver.path("reference").asText()).as("a mapping as JSON")
                .isEqualTo("{\"deviation\":\"DEV-7\",\"change_control\":\"CC-9\"}");
        CliTest.Run text = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", waivers.toString());
        assertThat(text.out()).contains("WAIVED    DON-04  The mandatory donor test anti_hbc was not done."
                + " (pointer /protocol/donor/eligibility/tests/2/result) [waived critical"
                + " finding: Retested. (approved by QA on 2025-02-03, expires 2025-12-31, reference {\"deviation\"");
    }

    @Test
    void aProtocolsKeyIsOnlyForWaiverFiles() throws Exception {
        Path protocol = reports.resolve("scoped-in-protocol.yaml");
        Files.writeString(protocol, Files.readString(Path.of(DEVIATING))
                .replace("  - rule: DON-02\n", "  - rule: DON-02\n    protocols: [SEC-BM-EXO-007]\n"));
        CliTest.Run result = CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).contains(":180:5  ERROR     waivers.0: the waiver key protocols belongs in a waiver file"
                + " (--waivers); a protocol's own waivers apply to that protocol only");
    }

    /**
     * A baseline entry records the batch and the fields of its finding: another batch record of
     * the protocol, and a field that goes missing where one missing was accepted, are new.
     */
    @Test
    void aBaselineTellsBatchesAndTheFieldsOfAFindingApart() throws Exception {
        Path dir = Files.createDirectories(reports.resolve("batches"));
        String compliant = Files.readString(Path.of(CliTest.COMPLIANT));
        assertThat(compliant).contains("batch_id: EVB-24-031", "informed_consent: true", "consent_document_id:");
        Path first = Files.writeString(dir.resolve("first.yaml"), compliant.replaceFirst("\\n\\s*consent_document_id:[^\\n]*", ""));
        Path baseline = dir.resolve("baseline.json");
        CliTest.Run write = CliTest.run("check", first.toString(), "--as-of", "2025-06-01", "--write-baseline", baseline.toString());
        assertThat(write.code()).as(write.err()).isEqualTo(1);
        JsonNode entry = JSON.readTree(baseline.toFile()).at("/findings/0");
        assertThat(entry.path("ruleId").asText()).isEqualTo("DON-03");
        assertThat(entry.path("batchId").asText()).isEqualTo("EVB-24-031");
        assertThat(entry.path("targets").toString()).isEqualTo("[\"/protocol/donor/consent_document_id\"]");
        assertThat(CliTest.run("check", first.toString(), "--as-of", "2025-06-01", "--baseline", baseline.toString()).code())
                .as("the same record passes").isZero();

        Path second = Files.writeString(dir.resolve("second.yaml"),
                Files.readString(first).replace("batch_id: EVB-24-031", "batch_id: EVB-24-032"));
        CliTest.Run otherBatch = CliTest.run("check", second.toString(), "--as-of", "2025-06-01", "--baseline", baseline.toString());
        assertThat(otherBatch.code()).as("another batch's record is not the one accepted").isEqualTo(1);
        assertThat(otherBatch.out()).contains("Baseline " + baseline + ": 2 new, 0 matched, 0 gone");

        Path none = dir.resolve("none.yaml"); // a record without a batch ID: its entries match the ID written later
        Files.writeString(none, Files.readString(first).replace("batch_id: EVB-24-031", "batch_id: null"));
        Path noneBaseline = dir.resolve("none.json");
        CliTest.run("check", none.toString(), "--as-of", "2025-06-01", "--write-baseline", noneBaseline.toString());
        assertThat(JSON.readTree(noneBaseline.toFile()).at("/findings/0").has("batchId")).isFalse();
        Files.writeString(noneBaseline, Files.readString(noneBaseline).replace("\"protocolId\" : \"SEC-BM-EV-001\",",
                "\"protocolId\" : \"SEC-BM-EV-001\", \"batchId\" : \"\","));
        CliTest.Run empty = CliTest.run("check", none.toString(), "--as-of", "2025-06-01", "--baseline", noneBaseline.toString());
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("batchId: must be a batch ID, not an empty text");

        Files.writeString(first, Files.readString(first).replaceFirst("\\n\\s*informed_consent: true[^\\n]*", ""));
        CliTest.Run moreMissing = CliTest.run("check", first.toString(), "--as-of", "2025-06-01", "--baseline", baseline.toString());
        assertThat(moreMissing.code()).as("informed consent now missing too").isEqualTo(1);
        assertThat(moreMissing.out()).contains("Baseline " + baseline + ": 1 new, 1 matched, 1 gone");
    }

    /** A waiver that waives findings at several places is said to, so that its justification is checked for each. */
    @Test
    void aWaiverOfFindingsAtSeveralPlacesIsNoted() throws Exception {
        Path waivers = Files.writeString(reports.resolve("broad.yaml"), """
                format: secretome-waivers/1
                waivers:
                  - rule: MED-07
                    justification: "Reagent qualified by supplier audit."
                    approved_by: "QA"
                    approved_on: 2025-01-01
                    expires_on: 2025-12-31
                """);
        CliTest.Run run = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--waivers", waivers.toString());
        assertThat(run.err()).contains("secretome-check: note: the waiver at " + waivers + ":3:5 waives 4 findings of MED-07 in "
                + DEVIATING + " at different places (/protocol/documentation/raw_materials/0, /protocol/documentation/raw_materials/0/grade,"
                + " /protocol/documentation/raw_materials/1/grade, /protocol/documentation/raw_materials/2/grade): check that its"
                + " justification holds for each, or give it the pointer of one\n");
        assertThat(CliTest.run("check", DEVIATING, "--as-of", "2025-06-01").err()).as("the example's waiver covers one finding")
                .doesNotContain("waives");
    }

    /** The verdict of the reports people read is the exit code's: the same gate decides both. */
    @Test
    void reportVerdictsFollowTheGateNotJustTheOpenFindings() throws Exception {
        Path dir = Files.createDirectories(reports.resolve("verdicts"));
        Path protocol = dir.resolve("batch.yaml");
        Files.copy(Path.of(DEVIATING), protocol);
        Path baseline = dir.resolve("baseline.json");
        CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--write-baseline", baseline.toString());
        Path stale = dir.resolve("stale.yaml");
        Files.writeString(stale, STALE_WAIVER_FILE);
        record Case(String name, int code, String outcome, String markdown, String htmlClass, List<String> args) {}
        List<Case> cases = List.of(
                new Case("every finding in the baseline", 0, "pass", "**Passes: no open finding major or worse outside"
                        + " the baseline.**", "verdict pass", List.of(protocol.toString(), "--baseline", baseline.toString())),
                new Case("majors under --fail-on critical", 0, "pass", "**Passes: no open finding critical.**",
                        "verdict pass", List.of(CliTest.ADIPOSE, "--fail-on", "critical")),
                new Case("a stale waiver under --fail-on-stale-waivers", 1, "fail",
                        "**Fails: stale waivers (--fail-on-stale-waivers).**", "verdict fail",
                        List.of(CliTest.COMPLIANT, "--waivers", stale.toString(), "--fail-on-stale-waivers")),
                new Case("open majors", 1, "fail", "**Fails: open findings major or worse.**", "verdict fail",
                        List.of(protocol.toString())));
        for (Case c : cases) {
            Path out = dir.resolve(c.name().replace(' ', '-'));
            List<String> args = new ArrayList<>(List.of("check", "--as-of", "2025-06-01", "--format",
                    "markdown,html,json,text,sarif", "--output-dir", out.toString()));
            args.addAll(c.args());
            CliTest.Run run = CliTest.run(args.toArray(String[]::new));
            assertThat(run.code()).as(c.name() + run.err()).isEqualTo(c.code());
            assertThat(Files.readString(out.resolve("secretome-check.md"))).as(c.name()).contains(c.markdown());
            String verdict = c.markdown().replace("**", "");
            assertThat(Files.readString(out.resolve("secretome-check.txt"))).as("the text report ends with the verdict")
                    .endsWith("\n" + verdict + "\n");
            assertThat(run.err()).as("with the reports in files, standard error says how the run ended")
                    .contains("secretome-check: Summary: 1 protocol, 1 checked, 0 not checked;")
                    .endsWith("secretome-check: " + verdict + "\n");
            JsonNode sarifResults = JSON.readTree(out.resolve("secretome-check.sarif").toFile()).at("/runs/0/results");
            assertThat(sarifResults.findValuesAsText("ruleId").contains("stale-waiver")).as(c.name() + ": a stale waiver"
                    + " is a SARIF result only when it fails the run").isEqualTo(c.name().contains("stale"));
            String html = Files.readString(out.resolve("secretome-check.html"));
            assertThat(html).as(c.name()).contains("<p class=\"" + c.htmlClass() + "\" id=\"verdict\">");
            // each protocol's own box agrees with the run (one protocol per case)
            assertThat(html).as(c.name()).containsPattern("<p class=\"" + c.htmlClass() + "\">Checked: ");
            JsonNode summary = JSON.readTree(out.resolve("secretome-check.json").toFile()).path("summary");
            assertThat(summary.path("outcome").asText()).as(c.name()).isEqualTo(c.outcome());
        }
    }

    @Test
    void baselineRoundTrip() throws Exception {
        Path dir = Files.createDirectories(reports.resolve("baseline"));
        Path protocol = dir.resolve("batch.yaml");
        Files.copy(Path.of(DEVIATING), protocol);
        Path baseline = dir.resolve("baseline.json");
        CliTest.Run write = CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--write-baseline",
                baseline.toString());
        assertThat(write.code()).isEqualTo(1);
        JsonNode recorded = JSON.readTree(baseline.toFile());
        assertThat(recorded.path("format").asText()).isEqualTo("secretome-baseline/1");
        JsonNode report = JSON.readTree(CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--format", "json")
                .out());
        assertThat(recorded.path("recordedWith")).as("what the findings were judged with, as the report names it")
                .isEqualTo(JSON.createObjectNode().put("tool", "secretome-check " + report.at("/tool/version").asText()
                                + " (code sha256 " + report.at("/tool/codeSha256").asText() + ")")
                        .put("ruleSetSha256", report.at("/rules/sha256").asText())
                        .put("profile", "default_eu_gmp_clinical 1.0")
                        .put("profileSha256", report.at("/profile/sha256").asText()));
        assertThat(recorded.path("findings")).hasSize(72);
        assertThat(recorded.at("/findings/0/protocolId").asText()).isEqualTo("SEC-BM-EXO-007");
        // deterministic: the same check writes the same bytes
        Path again = dir.resolve("again.json");
        CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--write-baseline", again.toString());
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(baseline));

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "protocol: [unclosed\n");
        Path partial = dir.resolve("partial.json");
        CliTest.Run incomplete = CliTest.run("check", protocol.toString(), broken.toString(), "--as-of", "2025-06-01",
                "--write-baseline", partial.toString());
        assertThat(incomplete.code()).isEqualTo(2);
        assertThat(incomplete.err()).contains("warning: the baseline " + partial + " lacks the findings of the 1 file that"
                + " could not be checked");
        assertThat(JSON.readTree(partial.toFile()).path("findings")).hasSize(72);
        Files.delete(broken);

        CliTest.Run intoADirectory = CliTest.run("check", protocol.toString(), "--write-baseline", dir.toString());
        assertThat(intoADirectory.code()).isEqualTo(2);
        assertThat(intoADirectory.err()).contains("--write-baseline " + dir + " is a directory; give a file");
        assertThat(intoADirectory.out()).as("refused before anything is checked").isEmpty();

        CliTest.Run same = CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--baseline",
                baseline.toString());
        assertThat(same.code()).as(same.out()).isZero();
        assertThat(same.out()).contains("Baseline " + baseline + ": 0 new, 72 matched, 0 gone");

        // Two lines added at the top move every finding; DOC-01 is fixed; the consent document goes missing (DON-03).
        String edited = Files.readString(protocol)
                .replace("  author: \"R. Okafor\"\n", "  author: \"R. Okafor\"\n  # reviewed\n  # again\n")
                .replace("    batch_id: null ", "    batch_id: B-2025-07 ")
                .replace("    consent_document_id: IC-2023-0212\n", "");
        Files.writeString(protocol, edited);
        CliTest.Run text = CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--baseline",
                baseline.toString());
        assertThat(text.code()).as("only the new DON-03 fails").isEqualTo(1);
        assertThat(text.out().lines().filter(l -> l.contains("  CRITICAL  ") || l.contains("  MAJOR  ")
                || l.contains("  MINOR  ")).filter(l -> !l.endsWith(" [baseline]")))
                .singleElement().asString().contains("CRITICAL  DON-03");
        assertThat(text.out()).contains("Baseline " + baseline + ": 1 new, 71 matched, 1 gone",
                "  gone: DOC-01 SEC-BM-EXO-007 /protocol/documentation (recorded critical, at " + protocol + ":165:3)");
        CliTest.Run json = CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--baseline",
                baseline.toString(), "--format", "json");
        report = JSON.readTree(json.out());
        assertThat(report.at("/baseline/new").asInt()).isEqualTo(1);
        assertThat(report.at("/baseline/matched").asInt()).isEqualTo(71);
        assertThat(report.at("/baseline/gone")).hasSize(1);
        assertThat(report.at("/baseline/gone/0/ruleId").asText()).isEqualTo("DOC-01");
        assertThat(finding(report.at("/protocols/0"), "DON-03").has("baseline")).isFalse();
        assertThat(finding(report.at("/protocols/0"), "DON-04").path("baseline").asBoolean()).isTrue();
        // a major finding is still open: it fails only because it is new, so raising --fail-on passes minor news
        CliTest.Run sarif = CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--baseline",
                baseline.toString(), "--format", "sarif");
        JsonNode results = JSON.readTree(sarif.out()).at("/runs/0/results");
        long fresh = 0;
        for (JsonNode result : results) {
            fresh += result.path("baselineState").asText().equals("new") ? 1 : 0;
        }
        assertThat(fresh).isEqualTo(1);

        // the same round trip with a YAML baseline
        Path yaml = dir.resolve("baseline.yaml");
        CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--write-baseline", yaml.toString());
        assertThat(Files.readString(yaml)).startsWith("format: \"secretome-baseline/1\"\nrecordedWith:\n  tool: \"secretome-check ")
                .contains("\nfindings:\n- ruleId: \"");
        CliTest.Run fromYaml = CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--baseline",
                yaml.toString());
        assertThat(fromYaml.code()).isZero();
    }

    /** A waiver approved from a day after the check date waives nothing, and every format says it is coming. */
    @Test
    void aWaiverNotYetInForceLeavesTheFindingOpenAndIsShownWithIt() throws Exception {
        Path protocol = Files.writeString(reports.resolve("pending.yaml"), """
                format: secretome-protocol/1
                protocol:
                  id: QC-W-1
                  stage: design
                  product: {type: ev_small, route: intravenous, clinical_stage: phase1}
                waivers:
                  - {rule: SRC-01, justification: "pending CAPA", approved_by: "QA", approved_on: 2025-06-02,
                     expires_on: 2025-12-31}
                """);
        CliTest.Run text = CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01");
        assertThat(text.code()).as("the finding is open").isEqualTo(1);
        assertThat(text.out()).contains("SRC-01  The tissue of origin of the MSC (source.tissue) is not recorded."
                + " (pointer /protocol) [waiver not"
                + " yet in force: from 2025-06-02 at " + protocol + ":7:5]").contains("0 waived, 1 open with a waiver not yet in force");
        JsonNode json = new ObjectMapper().readTree(CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01",
                "--format", "json").out());
        JsonNode finding = null;
        for (JsonNode f : json.at("/protocols/0/findings")) {
            if (f.path("ruleId").asText().equals("SRC-01")) {
                finding = f;
            }
        }
        assertThat(finding).isNotNull();
        assertThat(finding.path("status").asText()).isEqualTo("open");
        assertThat(finding.at("/waiver/pending").asBoolean()).isTrue();
        assertThat(finding.at("/waiver/expired").asBoolean()).isFalse();
        assertThat(json.at("/summary/pending").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/reopened").asInt()).isZero();
        assertThat(CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--format", "sarif").out())
                .contains("\"pending\" : true").contains("is in force only from 2025-06-02")
                .contains("\"reopened\" : 0,\n        \"pending\" : 1,");
        assertThat(CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--format", "markdown").out())
                .contains("[waiver not yet in force: from 2025-06-02");
        assertThat(CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--format", "html").out())
                .contains("Waiver not yet in force (from 2025-06-02)").contains("1 open with a waiver not yet in force.");
        assertThat(CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--format", "junit").out())
                .contains("waiver not yet in force, from 2025-06-02")
                .contains("<property name=\"waivers.pending\" value=\"1\"/>")
                .contains("is not recorded. [waiver not yet in force: from 2025-06-02]\"");
        assertThat(CliTest.run("check", protocol.toString(), "--as-of", "2025-06-02").out()).as("in force from that day")
                .contains("1 waived");
    }

    /** A baseline or waiver file kept beside the protocols is what the run reads it as, not a protocol to check. */
    @Test
    void theRunsOwnBaselineAndWaiverFilesInADirectoryCheckedAreLeftOutWithANote() throws Exception {
        Path dir = Files.createDirectories(reports.resolve("ci"));
        Files.copy(Path.of(DEVIATING), dir.resolve("batch.yaml"));
        Path baseline = dir.resolve("baseline.yaml");
        CliTest.Run write = CliTest.run("check", dir.toString(), "--as-of", "2025-06-01", "--write-baseline", baseline.toString());
        assertThat(write.code()).isEqualTo(1);
        Path waivers = Files.copy(Path.of(WAIVERS), dir.resolve("waivers.yml"));
        CliTest.Run again = CliTest.run("check", dir.toString(), "--as-of", "2025-06-01", "--baseline", baseline.toString(),
                "--waivers", waivers.toString());
        assertThat(again.err()).contains("secretome-check: note: " + baseline + " is the baseline (--baseline) of this run,"
                + " not a protocol; it is not checked")
                .contains("secretome-check: note: " + waivers + " is a waiver file (--waivers) of this run, not a protocol;"
                        + " it is not checked");
        assertThat(again.out()).contains("Summary: 1 protocol, 1 checked, 0 not checked");
        assertThat(again.code()).as(again.out()).isZero();
        String before = Files.readString(baseline);
        CliTest.Run rewrite = CliTest.run("check", dir.toString(), "--as-of", "2025-06-01", "--waivers", waivers.toString(),
                "--write-baseline", baseline.toString());
        assertThat(rewrite.code()).as("a file the run would write is an input it refuses to overwrite").isEqualTo(2);
        assertThat(rewrite.err()).contains(baseline + " is also an input")
                .contains("a file found in a directory walk can be left out with --exclude GLOB");
        assertThat(Files.readString(baseline)).isEqualTo(before);
        CliTest.Run excluded = CliTest.run("check", dir.toString(), "--as-of", "2025-06-01", "--waivers", waivers.toString(),
                "--write-baseline", baseline.toString(), "--exclude", "baseline.yaml");
        assertThat(excluded.code()).as(excluded.err()).isEqualTo(1);
        String withoutWaived = Files.readString(baseline);
        assertThat(withoutWaived).as("the waived findings are not recorded").isNotEqualTo(before);
        CliTest.Run refreshed = CliTest.run("check", dir.toString(), "--as-of", "2025-06-01", "--baseline", baseline.toString(),
                "--write-baseline", baseline.toString(), "--exclude", "waivers.yml");
        assertThat(refreshed.code()).as("the findings no longer waived are new to the baseline read").isEqualTo(1);
        assertThat(Files.readString(baseline)).as("the baseline in use, brought up to date in place").isEqualTo(before);
        Path batch = dir.resolve("batch.yaml");
        String protocolText = Files.readString(batch);
        Files.writeString(batch, protocolText + "x: [\n");
        CliTest.Run broken = CliTest.run("check", dir.toString(), "--as-of", "2025-06-01", "--baseline", baseline.toString(),
                "--write-baseline", baseline.toString(), "--exclude", "waivers.yml");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("the baseline " + baseline + " is not replaced: 1 file could not be"
                + " checked, and the entries of its protocol would be lost");
        assertThat(Files.readString(baseline)).as("a file that could not be checked keeps its entries").isEqualTo(before);
        CliTest.Run writeOnly = CliTest.run("check", dir.toString(), "--as-of", "2025-06-01", "--write-baseline",
                baseline.toString(), "--exclude", "waivers.yml", "--exclude", "baseline.yaml");
        assertThat(writeOnly.code()).isEqualTo(2);
        assertThat(Files.readString(baseline)).as("nor is an existing baseline replaced without --baseline").isEqualTo(before);
        Files.writeString(batch, protocolText);

        Path elsewhere = Files.move(baseline, reports.resolve("ci-baseline.yaml"));
        Path link = Files.createSymbolicLink(dir.resolve("link.yml"), elsewhere);
        CliTest.Run linked = CliTest.run("check", dir.toString(), "--as-of", "2025-06-01", "--baseline", elsewhere.toString(),
                "--waivers", waivers.toString());
        assertThat(linked.err()).as("a link to the baseline is the baseline").contains("note: " + link + " is the baseline");
        assertThat(linked.code()).as(linked.out()).isZero();
        Files.delete(link);
        Files.move(elsewhere, baseline);

        Path only = Files.createDirectories(reports.resolve("only-the-baseline"));
        Files.copy(baseline, only.resolve("baseline.yaml"));
        CliTest.Run nothing = CliTest.run("check", only.toString(), "--as-of", "2025-06-01", "--baseline",
                only.resolve("baseline.yaml").toString());
        assertThat(nothing.code()).as("a directory that holds only the run's baseline holds no protocol").isEqualTo(2);
        assertThat(nothing.out()).contains("the directory holds no .yaml or .yml file to check: 1 file this run reads as its"
                + " baseline, waivers or profile");
        CliTest.Run named = CliTest.run("check", baseline.toString(), "--as-of", "2025-06-01", "--baseline", baseline.toString());
        assertThat(named.code()).as("a file named as a protocol is checked as one").isEqualTo(2);
        assertThat(named.err()).doesNotContain("note:");
        CliTest.Run namedToo = CliTest.run("check", baseline.toString(), dir.toString(), "--as-of", "2025-06-01", "--baseline",
                baseline.toString());
        assertThat(namedToo.err()).as("named and met in the directory: checked as named, not noted").doesNotContain("note:");
        assertThat(namedToo.out()).as("the baseline once, the batch, and the waiver file (no --waivers here)")
                .contains("Summary: 3 protocols, 1 checked, 2 not checked");

        Path compared = Files.createDirectories(reports.resolve("compared"));
        Files.copy(Path.of(DEVIATING), compared.resolve("batch.yaml"));
        Path comparedWaivers = Files.copy(waivers, compared.resolve("waivers.yml"));
        CliTest.Run compare = CliTest.run("compare", compared.toString(), "--as-of", "2025-06-01", "--waivers",
                comparedWaivers.toString());
        assertThat(compare.err()).contains("note: " + comparedWaivers + " is a waiver file (--waivers) of this run");
        assertThat(compare.code()).as(compare.err()).isZero();

        CliTest.Run without = CliTest.run("check", dir.toString(), "--as-of", "2025-06-01");
        assertThat(without.code()).as("without those options they are files of the directory, and not protocols").isEqualTo(2);
        assertThat(without.err()).doesNotContain("note:");
        assertThat(without.out()).as("each says what it is and what to do with it")
                .contains("not the text \"secretome-baseline/1\"; this is a baseline: give it with --baseline, not as a"
                        + " protocol (in a directory checked, leave it out with --exclude)")
                .contains("not the text \"secretome-waivers/1\"; this is a waiver file: give it with --waivers, not as a");
    }

    /** A recorded deviation made worse in value (storage at 25 °C where -20 °C was recorded) is not hidden by the baseline. */
    @Test
    void aFindingWhoseValueChangedIsNewAndABaselineWithoutValuesMatchesAsBefore() throws Exception {
        Path dir = Files.createDirectories(reports.resolve("changed-value"));
        Path protocol = Files.copy(Path.of(DEVIATING), dir.resolve("batch.yaml"));
        Path baseline = dir.resolve("baseline.json");
        CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--write-baseline", baseline.toString());
        JsonNode storage = null;
        for (JsonNode entry : JSON.readTree(baseline.toFile()).path("findings")) {
            storage = entry.path("ruleId").asText().equals("STO-01") ? entry : storage;
        }
        assertThat(storage.path("value").asText()).as("the offending value is recorded").isEqualTo("-20");

        Files.writeString(protocol, Files.readString(protocol).replace("cd105_pct: 91.0", "cd105_pct: 91  "));
        CliTest.Run sameNumber = CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--baseline",
                baseline.toString());
        assertThat(sameNumber.out()).as("91 is the 91.0 recorded").contains(": 0 new, 72 matched, 0 gone");
        for (String unlike : List.of("-２０", "-20\u0660")) { // full-width and Arabic-Indic digits are no numbers here
            ObjectNode edited = (ObjectNode) JSON.readTree(baseline.toFile());
            edited.path("findings").forEach(entry -> {
                if (entry.path("ruleId").asText().equals("STO-01")) {
                    ((ObjectNode) entry).put("value", unlike);
                }
            });
            Path other = Files.writeString(dir.resolve("unlike.json"), JSON.writeValueAsString(edited));
            assertThat(CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--baseline", other.toString()).out())
                    .as(unlike).contains(": 1 new, 71 matched, 1 gone");
        }

        Files.writeString(protocol, Files.readString(protocol).replace("storage_temp_c: -20 ", "storage_temp_c: 25  "));
        CliTest.Run run = CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--baseline", baseline.toString());
        assertThat(run.code()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("Baseline " + baseline + ": 1 new, 71 matched, 1 gone")
                .contains("  gone: STO-01 SEC-BM-EXO-007 /protocol/formulation_storage/storage_temp_c (recorded major, value -20,"
                        + " at ");
        for (String format : List.of("markdown", "html")) {
            assertThat(CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--baseline", baseline.toString(),
                    "--format", format).out()).as(format + " shows what the gone entry recorded").contains("major, value -20");
        }
        JsonNode json = JSON.readTree(CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--baseline",
                baseline.toString(), "--format", "json").out());
        assertThat(json.at("/baseline/gone/0/value").asText()).as("JSON's gone entry, as the baseline recorded it").isEqualTo("-20");
        JsonNode sarif = JSON.readTree(CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--baseline",
                baseline.toString(), "--format", "sarif").out());
        assertThat(sarif.at("/runs/0/properties/baseline/gone/0/value").asText()).as("SARIF's gone entry").isEqualTo("-20");
        assertThat(run.out().lines().filter(l -> l.contains("  MAJOR  ") && !l.endsWith(" [baseline]")))
                .singleElement().asString().contains("STO-01  The product is stored at 25 °C");

        Path twice = dir.resolve("twice.json");
        Path copy = Files.copy(Path.of(DEVIATING), dir.resolve("copy.yaml"));
        CliTest.run("check", dir.toString(), "--as-of", "2025-06-01", "--write-baseline", twice.toString());
        long id02 = 0;
        for (JsonNode entry : JSON.readTree(twice.toFile()).path("findings")) {
            id02 += entry.path("ruleId").asText().equals("ID-02") ? 1 : 0;
        }
        assertThat(id02).as("91 and 91.0 in two files of one protocol are one entry").isEqualTo(1);
        Files.delete(copy);

        ObjectNode older = (ObjectNode) JSON.readTree(baseline.toFile());
        older.path("findings").forEach(entry -> ((ObjectNode) entry).remove("value"));
        Files.writeString(baseline, JSON.writeValueAsString(older));
        CliTest.Run withoutValues = CliTest.run("check", protocol.toString(), "--as-of", "2025-06-01", "--baseline",
                baseline.toString());
        assertThat(withoutValues.code()).as("an entry without a value matches by rule, protocol and pointer").isZero();
        assertThat(withoutValues.out()).contains(": 0 new, 72 matched, 0 gone");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"baseline.json", "baseline.yaml"})
    void aBaselineWrittenFromTwoCopiesOfAProtocolWithADateLikeIdReadsBack(String name) throws Exception {
        Path dir = Files.createDirectories(reports.resolve("copies-" + name));
        String dated = Files.readString(Path.of(DEVIATING)).replace("id: SEC-BM-EXO-007", "id: \"2024-05-01\"");
        Files.writeString(dir.resolve("a.yaml"), dated);
        Files.writeString(dir.resolve("b.yaml"), dated);
        Path baseline = reports.resolve(name);
        CliTest.run("check", dir.toString(), "--as-of", "2025-06-01", "--write-baseline", baseline.toString());
        CliTest.Run again = CliTest.run("check", dir.toString(), "--as-of", "2025-06-01", "--baseline", baseline.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains(": 0 new, 144 matched, 0 gone");
    }

    /** SnakeYAML stops at 3 MB of text by default; a YAML baseline is read up to the 128 MiB it may be written to. */
    @Test
    void aYamlBaselineLargerThanSnakeYamlsDefaultLimitReadsBack() throws Exception {
        Path baseline = reports.resolve("large-baseline.yaml");
        CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--write-baseline", baseline.toString());
        StringBuilder more = new StringBuilder(Files.readString(baseline));
        for (int i = 0; more.length() < 4_000_000; i++) {
            more.append("- ruleId: \"DOC-01\"\n  protocolId: \"OTHER-").append(i).append("\"\n  pointer: \"/protocol\"\n")
                    .append("  severity: \"minor\"\n  file: \"other.yaml\"\n  line: 1\n  column: 1\n");
        }
        Files.writeString(baseline, more);
        CliTest.Run run = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--baseline", baseline.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("cannot be used");
    }

    @Test
    void aFindingWorseThanRecordedIsNewNotGoneAndAGoneEntryIsListedOnce() throws Exception {
        Path dir = Files.createDirectories(reports.resolve("worse"));
        Path first = Files.copy(Path.of(DEVIATING), dir.resolve("a.yaml"));
        Files.copy(Path.of(DEVIATING), dir.resolve("b.yaml"));
        Path baseline = dir.resolve("baseline.json");
        CliTest.run("check", first.toString(), "--as-of", "2025-06-01", "--write-baseline", baseline.toString());
        ObjectNode recorded = (ObjectNode) JSON.readTree(baseline.toFile());
        ArrayNode findings = (ArrayNode) recorded.path("findings");
        ObjectNode critical = null;
        for (JsonNode entry : findings) {
            if (entry.path("severity").asText().equals("critical")) {
                critical = (ObjectNode) entry;
                break;
            }
        }
        critical.put("severity", "minor");
        findings.addObject().put("ruleId", "DOC-01").put("protocolId", "SEC-BM-EXO-007").put("pointer", "/protocol/nowhere")
                .put("severity", "critical");
        Files.writeString(baseline, JSON.writeValueAsString(recorded));
        CliTest.Run run = CliTest.run("check", dir.toString(), "--as-of", "2025-06-01", "--baseline", baseline.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains(": 2 new, 142 matched, 1 gone")
                .containsOnlyOnce("gone: DOC-01 SEC-BM-EXO-007 /protocol/nowhere")
                .doesNotContain("gone: " + critical.path("ruleId").asText() + " SEC-BM-EXO-007 " + critical.path("pointer").asText());
    }

    @Test
    void anEntryStillOpenInOneFileOfAProtocolIsNotGone() throws Exception {
        Path dir = Files.createDirectories(reports.resolve("shared-id"));
        Path worse = dir.resolve("a.yaml");
        Files.writeString(worse, Files.readString(Path.of(CliTest.COMPLIANT)).replace("freeze_thaw_cycles_max: 1", "freeze_thaw_cycles_max: 2"));
        Files.copy(Path.of(CliTest.COMPLIANT), dir.resolve("b.yaml"));
        Path baseline = dir.resolve("baseline.json");
        CliTest.Run write = CliTest.run("check", worse.toString(), "--as-of", "2025-06-01", "--write-baseline", baseline.toString());
        assertThat(write.out()).contains("STO-02");
        for (String order : List.of("ab", "ba")) {
            List<String> args = new ArrayList<>(List.of("check", "--as-of", "2025-06-01", "--baseline", baseline.toString()));
            args.add(dir.resolve(order.charAt(0) + ".yaml").toString());
            args.add(dir.resolve(order.charAt(1) + ".yaml").toString());
            CliTest.Run run = CliTest.run(args.toArray(String[]::new));
            assertThat(run.code()).as(order + run.err()).isZero();
            assertThat(run.out()).as(order).contains(": 0 new, 2 matched, 0 gone").doesNotContain("gone: ");
        }
        Files.writeString(worse, Files.readString(Path.of(CliTest.COMPLIANT)));
        CliTest.Run fixed = CliTest.run("check", "--as-of", "2025-06-01", "--baseline", baseline.toString(), dir.toString());
        assertThat(fixed.out()).contains(": 0 new, 0 matched, 2 gone").containsOnlyOnce("gone: STO-02");
        Files.writeString(dir.resolve("c.yaml"), Files.readString(worse).replace("format: secretome-protocol/1",
                "format: secretome-protocol/1\nbogus_root_key: 1"));
        CliTest.Run unjudged = CliTest.run("check", "--as-of", "2025-06-01", "--baseline", baseline.toString(), dir.toString());
        assertThat(unjudged.code()).as("c.yaml is not checked").isEqualTo(2);
        assertThat(unjudged.out()).as("c.yaml may still hold them").contains(": 0 new, 0 matched, 0 gone")
                .doesNotContain("gone: ");
    }

    @Test
    void aBaselineRecordedWithOtherThresholdsIsUsedWithAWarning() throws Exception {
        Path dir = Files.createDirectories(reports.resolve("baseline-provenance"));
        Path baseline = dir.resolve("baseline.json");
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, "profile:\n  name: site_a\n  expansion: {max_passage: 10, passage_major_above: 12}\n");
        CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--profile", site.toString(), "--write-baseline",
                baseline.toString());
        assertThat(JSON.readTree(baseline.toFile()).at("/recordedWith/profile").asText()).isEqualTo("site_a 1.0");

        CliTest.Run sameProfile = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--profile", site.toString(),
                "--baseline", baseline.toString());
        assertThat(sameProfile.code()).isZero();
        assertThat(sameProfile.err()).doesNotContain("warning");

        CliTest.Run otherProfile = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--baseline", baseline.toString());
        assertThat(otherProfile.code()).as("EXP-01 is new under the default profile").isEqualTo(1);
        assertThat(otherProfile.err()).contains("warning: the baseline " + baseline + " was recorded with another profile"
                + " site_a 1.0 sha256 ").contains("(this run: default_eu_gmp_clinical 1.0 sha256 ")
                .doesNotContain("rule set");

        ObjectNode otherBuild = (ObjectNode) JSON.readTree(baseline.toFile());
        ((ObjectNode) otherBuild.get("recordedWith")).put("tool", "secretome-check 0.1.0 (code sha256 " + "0".repeat(64) + ")");
        Path built = Files.writeString(dir.resolve("other-build.json"), otherBuild.toString());
        CliTest.Run otherTool = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--profile", site.toString(),
                "--baseline", built.toString());
        assertThat(otherTool.code()).isZero();
        assertThat(otherTool.err()).contains("warning: the baseline " + built + " was recorded with another tool, secretome-check"
                + " 0.1.0 (code sha256 " + "0".repeat(64) + ") (this run: " + org.secretomecheck.check.Checker.TOOL.label() + ")");

        // a baseline written before recordedWith existed is read as before
        ObjectNode old = (ObjectNode) JSON.readTree(baseline.toFile());
        old.remove("recordedWith");
        Files.writeString(baseline, old.toString());
        CliTest.Run unrecorded = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--profile", site.toString(),
                "--baseline", baseline.toString());
        assertThat(unrecorded.code()).isZero();
        assertThat(unrecorded.err()).isEmpty();
    }

    @Test
    void anUnreadableBaselineStopsTheRun() throws Exception {
        Path bad = reports.resolve("bad-baseline.json");
        Files.writeString(bad, "{\"findings\": []}");
        CliTest.Run run = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--baseline", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("the baseline cannot be used: " + bad + ":1:1: not a baseline");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cut short | {\"format\": \"secretome-baseline/1\",\\n \"findings\": [ {\"ruleId\": \"X\"\\n"
                + " | :3:1: not a readable JSON baseline: Unexpected end-of-input",
        "two documents | {\"format\": \"secretome-baseline/1\", \"findings\": []}\\n{\"x\": 1}"
                + " | :2:1: not a readable JSON baseline: more follows the baseline's document",
        "duplicate key | {\"format\": \"secretome-baseline/1\", \"findings\": [], \"findings\": []}"
                + " | :1:62: not a readable JSON baseline: Duplicate field 'findings'",
        "unknown root key | {\"format\": \"secretome-baseline/1\", \"findings\": [], \"extra\": 1}"
                + " | :1:52: unknown key extra; a baseline holds format, recordedWith and findings",
        "unknown entry key | {\"format\": \"secretome-baseline/1\", \"findings\": [{\"ruleId\": \"DON-04\", \"protocolId\": \"P\", \"pointer\": \"/protocol\", \"note\": 1}]}"
                + " | :1:113: findings[0]: unknown key note",
        "bad severity | {\"format\": \"secretome-baseline/1\", \"findings\": [{\"ruleId\": \"DON-04\", \"protocolId\": \"P\", \"pointer\": \"/protocol\", \"severity\": \"catastrophic\"}]}"
                + " | :1:125: findings[0].severity: must be info, minor, major or critical, not catastrophic",
        "severity missing (it would match a finding of any severity) | {\"format\": \"secretome-baseline/1\", \"findings\": [{\"ruleId\": \"DON-04\", \"protocolId\": \"P\", \"pointer\": \"/protocol\"}]}"
                + " | :1:49: findings[0].severity: is required text",
        "line as text | {\"format\": \"secretome-baseline/1\", \"findings\": [{\"ruleId\": \"DON-04\", \"protocolId\": \"P\", \"pointer\": \"/protocol\", \"severity\": \"major\", \"line\": \"20\"}]}"
                + " | :1:142: findings[0].line: must be a whole number of 0 or more",
        "bad pointer | {\"format\": \"secretome-baseline/1\", \"findings\": [{\"ruleId\": \"DON-04\", \"protocolId\": \"P\", \"pointer\": \"protocol\", \"severity\": \"major\"}]}"
                + " | :1:100: findings[0].pointer: must be a JSON Pointer",
        "recordedWith not a mapping | {\"format\": \"secretome-baseline/1\", \"recordedWith\": \"v1\", \"findings\": []}"
                + " | :1:52: recordedWith: must be a mapping with tool, ruleSetSha256, profile, profileSha256",
        "recordedWith incomplete | {\"format\": \"secretome-baseline/1\", \"recordedWith\": {\"tool\": \"x\"}, \"findings\": []}"
                + " | :1:52: recordedWith.ruleSetSha256: is required text",
        "recordedWith bad digest | {\"format\": \"secretome-baseline/1\", \"recordedWith\": {\"tool\": \"x\", \"ruleSetSha256\": \"abc\", \"profile\": \"p\", \"profileSha256\": \"abc\"}, \"findings\": []}"
                + " | :1:83: recordedWith.ruleSetSha256: must be a SHA-256 of 64 lower-case hexadecimal digits, not abc",
        "recordedWith unknown key | {\"format\": \"secretome-baseline/1\", \"recordedWith\": {\"when\": \"x\"}, \"findings\": []}"
                + " | :1:53: recordedWith: unknown key when; it holds tool, ruleSetSha256, profile, profileSha256",
        "nested too deeply | DEEP | : not a readable JSON baseline: lists and mappings are nested too deeply",
        "rule not in use | {\"format\": \"secretome-baseline/1\", \"findings\": [{\"ruleId\": \"DON-99\", \"protocolId\": \"P\", \"pointer\": \"/protocol\", \"severity\": \"major\"}]}"
                + " | : it records findings of DON-99, not a rule of the rule set in use (did you mean DON-01?)",
    })
    void baselinesAreReadStrictly(String name, String content, String message) throws Exception {
        if (content.equals("DEEP")) {
            content = "{\"format\": \"secretome-baseline/1\", \"findings\": " + "[".repeat(1200) + "]".repeat(1200) + "}";
        }
        Path bad = reports.resolve("strict-baseline.json");
        Files.writeString(bad, content.replace("\\n", "\n"));
        CliTest.Run run = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--baseline", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("the baseline cannot be used: " + bad + message);
    }

    @Test
    void aBaselineContentErrorIsPlacedAtItsLineAndColumn() throws Exception {
        Path bad = reports.resolve("edited-baseline.yaml");
        Files.writeString(bad, """
                format: secretome-baseline/1
                findings:
                  - ruleId: DON-04
                    protocolId: P
                    pointer: /protocol/donor
                    severity: high
                  - ruleId: DON-04
                    protocolId: P
                    pointer: /protocol/donor
                    severity: major
                    reviewer: QA
                """);
        CliTest.Run run = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--baseline", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("the baseline cannot be used: " + bad + ":6:15: findings[0].severity: must be info,"
                + " minor, major or critical, not high");

        Files.writeString(bad, Files.readString(bad).replace("severity: high", "severity: minor"));
        run = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--baseline", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("the baseline cannot be used: " + bad + ":11:5: findings[1]: unknown key reviewer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tag | findings: !!python/object:os.system [] | 2:11 | the tag !!python/object:os.system",
        "binary | findings:\\n  - {ruleId: !!binary REVOLTA0, protocolId: P, pointer: /protocol} | 3:14 | the tag !!binary",
        "anchor | findings: &f [] | 2:11 | an anchor",
        "alias | findings: []\\nrecordedWith: *f | 3:15 | an alias",
    })
    void aYamlBaselineHoldsPlainYaml(String name, String yaml, String at, String found) throws Exception {
        Path bad = reports.resolve(name + "-baseline.yaml");
        Files.writeString(bad, "format: secretome-baseline/1\n" + yaml.replace("\\n", "\n") + "\n");
        CliTest.Run run = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--baseline", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("the baseline cannot be used: " + bad + ":" + at + ": a baseline holds plain YAML, as the"
                + " tool writes it; " + found + " is not allowed");
    }

    @Test
    void aBaselineThatIsNotUtf8SaysSo() throws Exception {
        Path bad = reports.resolve("latin1-baseline.yaml");
        Files.write(bad, "format: secretome-baseline/1\nfindings:\n  - {ruleId: \"\u00ff\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliTest.Run run = CliTest.run("check", DEVIATING, "--as-of", "2025-06-01", "--baseline", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ": not a readable baseline: the bytes are not UTF-8 text")
                .doesNotContain("Exception");
    }
}
