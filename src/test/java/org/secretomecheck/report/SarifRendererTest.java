package org.secretomecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.Report;

/**
 * Every SARIF report this test makes is validated against the official SARIF 2.1.0 schema
 * ({@code src/test/resources/schemas/sarif-schema-2.1.0.json}, OASIS errata 01; a draft-04 schema),
 * then read for what code-scanning services need.
 */
class SarifRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifRendererTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF schema on the test class path").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    /** The SARIF of {@code report}, after checking it against the schema. */
    private static JsonNode sarif(Report report) throws IOException {
        JsonNode log = JSON.readTree(Format.SARIF.render(report));
        Set<ValidationMessage> errors = schema.validate(log);
        assertThat(errors).as("SARIF schema violations").isEmpty();
        return log;
    }

    @Test
    void theSchemaRejectsAnInvalidLog() throws Exception {
        ObjectNode log = (ObjectNode) JSON.readTree(Format.SARIF.render(TestReports.check(TestReports.COMPLIANT)));
        log.put("version", "2.0.0");
        ((ObjectNode) log.at("/runs/0/invocations/0")).remove("executionSuccessful");
        assertThat(schema.validate(log)).isNotEmpty();
    }

    @Test
    void examplesAreValidSarifWithOneResultPerFinding() throws Exception {
        Report report = TestReports.check("protocols/examples");
        JsonNode log = sarif(report);
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = log.at("/runs/0");
        int findings = report.protocols().stream().mapToInt(p -> p.findings().size()).sum();
        assertThat(run.path("results").size()).isEqualTo(findings).isPositive();
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("secretome-check");
        assertThat(run.at("/tool/driver/rules").size()).isEqualTo(report.ruleDescriptions().size());
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
        assertThat(run.at("/invocations/0/endTimeUtc").asText()).isEqualTo("2025-06-01T12:00:00Z");
        assertThat(run.at("/invocations/0/toolExecutionNotifications").size()).isZero();
        assertThat(run.at("/properties/rules/sha256").asText()).isEqualTo(report.rules().sha256()).hasSize(64);
        assertThat(run.at("/properties/profile/name").asText()).isEqualTo("default_eu_gmp_clinical");
        assertThat(run.at("/properties/profile/sha256").asText()).isEqualTo(report.profile().sha256());
        for (int i = 0; i < report.protocols().size(); i++) {
            assertThat(run.at("/artifacts/" + i + "/hashes/sha-256").asText()).isEqualTo(report.protocols().get(i).sha256());
            assertThat(run.at("/artifacts/" + i + "/location/uri").asText()).isEqualTo(report.protocols().get(i).file());
        }
        JsonNode rule = run.at("/tool/driver/rules/" + run.at("/results/0/ruleIndex").asInt());
        assertThat(rule.path("id").asText()).isEqualTo(run.at("/results/0/ruleId").asText());
        assertThat(rule.at("/help/markdown").asText()).contains("**Sources**").contains("**Thresholds in force**");
        JsonNode exp = rule(run, "EXP-01");
        assertThat(exp.at("/shortDescription/text").asText()).isEqualTo("Passage at conditioning");
        assertThat(exp.at("/help/text").asText()).contains("Thresholds in force:").contains("expansion.max_passage = ");
    }

    /** A viewer that lists rules shows each at the level of its most severe check. */
    @Test
    void eachRuleHasTheLevelOfItsMostSevereCheckAndListsItsSeverities() throws Exception {
        JsonNode run = sarif(TestReports.check(TestReports.COMPLIANT)).at("/runs/0");
        JsonNode src02 = rule(run, "SRC-02");
        assertThat(src02.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(src02.at("/properties/severities").toString()).isEqualTo("[\"critical\",\"info\"]");
        JsonNode exp01 = rule(run, "EXP-01");
        assertThat(exp01.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(exp01.at("/properties/severities").toString()).isEqualTo("[\"major\",\"minor\"]");
        JsonNode don02 = rule(run, "DON-02");
        assertThat(don02.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(don02.at("/properties/severities").toString()).isEqualTo("[\"minor\"]");
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            assertThat(rule.at("/defaultConfiguration/level").asText()).as(rule.path("id").asText()).isIn("error", "warning", "note");
        }
    }

    @Test
    void findingsAreLocatedByLineColumnAndPointerWithTheirGmpSeverity() throws Exception {
        JsonNode run = sarif(TestReports.check(TestReports.DEVIATING)).at("/runs/0");
        List<String> levels = new ArrayList<>();
        for (JsonNode result : run.path("results")) {
            String severity = result.at("/properties/severity").asText();
            String expected = switch (severity) {
                case "critical", "major" -> "error";
                case "minor" -> "warning";
                default -> "note";
            };
            assertThat(result.path("level").asText()).as(result.toString()).isEqualTo(expected);
            levels.add(result.path("level").asText());
            JsonNode location = result.at("/locations/0");
            assertThat(location.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo(TestReports.DEVIATING);
            assertThat(location.at("/physicalLocation/region/startLine").asInt()).isPositive();
            assertThat(location.at("/physicalLocation/region/startColumn").asInt()).isPositive();
            assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText()).startsWith("/protocol");
            assertThat(location.at("/logicalLocations/0/kind").asText()).isEqualTo("member");
        }
        assertThat(levels).contains("error", "warning");
        JsonNode don04 = result(run, "DON-04");
        assertThat(don04.at("/properties/severity").asText()).isEqualTo("critical");
        assertThat(don04.path("level").asText()).isEqualTo("error");
    }

    @Test
    void aWaivedFindingIsAnAcceptedSuppression() throws Exception {
        JsonNode run = sarif(TestReports.check(TestReports.DEVIATING)).at("/runs/0");
        JsonNode waived = null;
        for (JsonNode result : run.path("results")) {
            if (result.has("suppressions")) {
                waived = result;
            }
        }
        assertThat(waived).isNotNull();
        assertThat(waived.path("ruleId").asText()).isEqualTo("DON-02");
        assertThat(waived.at("/suppressions/0/kind").asText()).as("written in the protocol").isEqualTo("inSource");
        assertThat(waived.at("/suppressions/0/status").asText()).isEqualTo("accepted");
        assertThat(waived.at("/suppressions/0/justification").asText()).isNotBlank();
        assertThat(waived.at("/suppressions/0/properties/expiresOn").asText()).isEqualTo("2025-12-31");
        assertThat(waived.at("/properties/status").asText()).isEqualTo("waived");
        long suppressed = 0;
        for (JsonNode result : run.path("results")) {
            suppressed += result.has("suppressions") ? 1 : 0;
        }
        assertThat(suppressed).isEqualTo(1);
    }

    @Test
    void aProtocolThatWasNotCheckedIsAnErrorNotificationOfAFailedInvocationAndAnErrorResult() throws Exception {
        Path batch = TestReports.batchWithBrokenFile(temp);
        Report report = TestReports.check(batch.toString());
        JsonNode run = sarif(report).at("/runs/0");
        JsonNode invocation = run.at("/invocations/0");
        assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
        JsonNode notifications = invocation.path("toolExecutionNotifications");
        assertThat(notifications.size()).isEqualTo(1);
        JsonNode notification = notifications.get(0);
        assertThat(notification.path("level").asText()).isEqualTo("error");
        assertThat(notification.at("/message/text").asText()).contains("YAML syntax error");
        String uri = notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertThat(uri).startsWith("file:///").endsWith("/batch/b-broken.yaml").doesNotContain("\\");
        assertThat(notification.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2); // at the { never closed
        assertThat(run.at("/artifacts/1/properties/status").asText()).isEqualTo("not_checked");
        // the other two files are still checked and reported; a space in a name is percent-encoded
        assertThat(run.path("artifacts").size()).isEqualTo(3);
        assertThat(run.at("/artifacts/2/location/uri").asText()).endsWith("/batch/c%20deviating.yml");
        long judged = 0;
        for (JsonNode result : run.path("results")) {
            judged += result.path("ruleId").asText().equals("not-checked") ? 0 : 1;
        }
        assertThat(judged).as("the deviating file's findings").isEqualTo(report.protocols().get(2).findings().size())
                .isPositive();
        // and an error result, which code scanning shows as an alert: a file that could no longer be
        // read must not look as if its findings had been fixed
        JsonNode notChecked = result(run, "not-checked");
        assertThat(notChecked.path("level").asText()).isEqualTo("error");
        assertThat(notChecked.path("kind").asText()).isEqualTo("fail");
        assertThat(notChecked.at("/message/text").asText()).startsWith("Not checked: YAML syntax error");
        assertThat(notChecked.at("/locations/0/physicalLocation/artifactLocation/index").asInt()).isEqualTo(1);
        assertThat(notChecked.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
        assertThat(notChecked.at("/properties/status").asText()).isEqualTo("not_checked");
    }

    @Test
    void fileUrisUseForwardSlashesAndStayRelative() {
        assertThat(SarifRenderer.uri("protocols/examples/a.yaml", '/')).isEqualTo("protocols/examples/a.yaml");
        assertThat(SarifRenderer.uri("./protocols/a b.yaml", '/')).isEqualTo("protocols/a%20b.yaml");
        assertThat(SarifRenderer.uri("../other/50%.yaml", '/')).isEqualTo("../other/50%25.yaml");
        assertThat(SarifRenderer.uri("a:b.yaml", '/')).isEqualTo("./a:b.yaml");
        assertThat(SarifRenderer.uri("/srv/p/x.yaml", '/')).isEqualTo("file:///srv/p/x.yaml");
        // on Windows a backslash separates, on other systems it is part of a name
        assertThat(SarifRenderer.uri("protocols\\windows\\a.yaml", '\\')).isEqualTo("protocols/windows/a.yaml");
        assertThat(SarifRenderer.uri("C:\\p\\x.yaml", '\\')).isEqualTo("file:///C:/p/x.yaml");
        assertThat(SarifRenderer.uri("\\\\server\\share\\x.yaml", '\\')).as("UNC keeps its host")
                .isEqualTo("file:////server/share/x.yaml");
        assertThat(SarifRenderer.uri("dir\\x.yaml", '/')).isEqualTo("dir%5Cx.yaml");
        assertThat(SarifRenderer.uri("C:\\p\\x.yaml", '/')).isEqualTo("./C:%5Cp%5Cx.yaml");
    }

    @Test
    void fileUrisDropDotAndEmptySegments() {
        // ".//in/x.yaml" once became file:///in/x.yaml, a file at the root that does not exist
        assertThat(SarifRenderer.uri(".//in/x.yaml", '/')).isEqualTo("in/x.yaml");
        assertThat(SarifRenderer.uri("in/./a//x.yaml", '/')).isEqualTo("in/a/x.yaml");
        assertThat(SarifRenderer.uri("/srv//p/./x.yaml", '/')).isEqualTo("file:///srv/p/x.yaml");
        assertThat(SarifRenderer.uri("../in/x.yaml", '/')).isEqualTo("../in/x.yaml");
    }

    /** Each problem of a file that could not be checked is its own alert, though several share a place. */
    @Test
    void theProblemsOfAFileThatWasNotCheckedHaveFingerprintsOfTheirOwn() throws Exception {
        Path file = temp.resolve("thin.yaml");
        java.nio.file.Files.writeString(file, "format: secretome-protocol/1\nprotocol: {id: X}\n");
        JsonNode run = sarif(TestReports.check(file.toString())).at("/runs/0");
        Set<String> fingerprints = new java.util.HashSet<>();
        int problems = 0;
        for (JsonNode result : run.path("results")) {
            if (result.path("ruleId").asText().equals("not-checked")) {
                problems++;
                fingerprints.add(result.at("/partialFingerprints/secretomeCheckFinding~1v1").asText());
            }
        }
        assertThat(problems).isGreaterThan(1);
        assertThat(fingerprints).hasSize(problems);

        // the same problem twice (a key written three times), and the same file with a line added above
        java.nio.file.Files.writeString(file, "format: secretome-protocol/1\nprotocol:\n  id: X\n  site: a\n  site: b\n  site: c\n");
        List<String> before = notCheckedFingerprints(file);
        assertThat(before).doesNotHaveDuplicates().hasSizeGreaterThan(1);
        java.nio.file.Files.writeString(file, "# moved\nformat: secretome-protocol/1\nprotocol:\n  id: X\n  site: a\n  site: b\n"
                + "  site: c\n");
        assertThat(notCheckedFingerprints(file)).as("lines that move do not change them").isEqualTo(before);
    }

    private List<String> notCheckedFingerprints(Path file) throws Exception {
        List<String> fingerprints = new ArrayList<>();
        for (JsonNode result : sarif(TestReports.check(file.toString())).at("/runs/0/results")) {
            if (result.path("ruleId").asText().equals("not-checked")) {
                fingerprints.add(result.at("/partialFingerprints/secretomeCheckFinding~1v1").asText());
            }
        }
        return fingerprints;
    }

    /** Code scanning follows an alert by its fingerprint: how the path was typed must not change it. */
    @Test
    void aFindingsFingerprintIsTheSameHoweverItsFileWasNamedAndWhateverItsLine() {
        String fingerprint = SarifRenderer.fingerprint("MED-01", new Location("protocols/examples/a.yaml", "/protocol/media", 4, 3));
        for (String file : List.of("./protocols/examples/a.yaml", "protocols//examples/a.yaml", "protocols/./examples/a.yaml")) {
            assertThat(SarifRenderer.fingerprint("MED-01", new Location(file, "/protocol/media", 9, 1))).as(file)
                    .isEqualTo(fingerprint);
        }
        assertThat(SarifRenderer.fingerprint("MED-01", new Location("protocols/examples/b.yaml", "/protocol/media", 4, 3)))
                .isNotEqualTo(fingerprint);
        assertThat(SarifRenderer.fingerprint("MED-02", new Location("protocols/examples/a.yaml", "/protocol/media", 4, 3)))
                .isNotEqualTo(fingerprint);
        assertThat(SarifRenderer.fingerprint("MED-01", new Location("protocols/examples/a.yaml", "/protocol/media/0", 4, 3)))
                .isNotEqualTo(fingerprint);
    }

    private static JsonNode result(JsonNode run, String ruleId) {
        for (JsonNode result : run.path("results")) {
            if (result.path("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result of " + ruleId);
    }

    private static JsonNode rule(JsonNode run, String id) {
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            if (rule.path("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }
}
