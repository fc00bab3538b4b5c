package org.secretomecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.WaiverRef;
import org.secretomecheck.finding.Gate;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.RuleDescription;
import org.secretomecheck.finding.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML report is well-formed, and says per protocol which criteria failed. */
class JUnitRendererTest {

    @TempDir
    Path temp;

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    @Test
    void oneSuitePerProtocolOneCasePerApplicableCriterionOneFailurePerCriterionThatFailsTheRun() throws Exception {
        Path batch = TestReports.batchWithBrokenFile(temp);
        Report report = TestReports.check(batch.toString());
        byte[] xml = Format.JUNIT.render(report);
        assertThat(new String(xml, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites")
                .contains("\n  <testsuite ").endsWith("</testsuites>\n");
        Element root = parse(xml).getDocumentElement();
        List<Element> suites = children(root, "testsuite");
        assertThat(suites).hasSize(report.protocols().size());
        int tests = 0;
        for (int i = 0; i < suites.size(); i++) {
            Element suite = suites.get(i);
            ProtocolResult protocol = report.protocols().get(i);
            assertThat(suite.getAttribute("name")).isEqualTo(protocol.file());
            assertThat(suite.getAttribute("id")).isEqualTo(Integer.toString(i));
            List<Element> cases = children(suite, "testcase");
            assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(cases.size()));
            tests += cases.size();
            if (protocol.isChecked()) {
                assertThat(cases).hasSizeGreaterThanOrEqualTo(protocol.applicableRules().size());
                assertThat(protocol.applicableRules()).isNotEmpty();
                // one failure per criterion whose open findings fail the run at --fail-on major (CI servers
                // read one), listing all of them; open findings below it are told in the case's system-out
                assertThat(cases).allSatisfy(c -> assertThat(children(c, "failure").size()).isLessThanOrEqualTo(1));
                List<Element> failures = cases.stream().flatMap(c -> children(c, "failure").stream()).toList();
                List<Finding> failing = protocol.findings().stream().filter(report.gate()::fails).toList();
                assertThat(failures).hasSize((int) failing.stream().map(Finding::ruleId).distinct().count());
                String failureTexts = failures.stream().map(Element::getTextContent).reduce("", String::concat);
                assertThat(failing).allSatisfy(f -> assertThat(failureTexts).contains(f.location().display() + " ("
                        + f.location().pointer() + ")\n" + f.message()));
                String outs = cases.stream().flatMap(c -> children(c, "system-out").stream()).map(Element::getTextContent)
                        .reduce("", String::concat);
                assertThat(protocol.findings()).filteredOn(f -> !f.isWaived() && !report.gate().fails(f))
                        .allSatisfy(f -> assertThat(outs).contains("OPEN, BELOW --fail-on major " + f.severity().name() + " "
                                + f.ruleId() + " at " + f.location().display()));
                assertThat(suite.getAttribute("errors")).isEqualTo("0");
            } else {
                assertThat(cases).hasSize(1);
                assertThat(suite.getAttribute("errors")).isEqualTo("1");
                Element error = children(cases.get(0), "error").get(0);
                assertThat(error.getAttribute("type")).isEqualTo("unreadable");
                assertThat(error.getAttribute("message")).contains("b-broken.yaml:2:11").contains("YAML syntax error");
            }
        }
        assertThat(root.getAttribute("tests")).isEqualTo(Integer.toString(tests));
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        assertThat(root.getAttribute("timestamp")).isEqualTo("2025-06-01T12:00:00");

        Element deviating = suites.get(2);
        assertThat(deviating.getAttribute("package")).isEqualTo("SEC-BM-EXO-007");
        Element don04 = children(deviating, "testcase").stream()
                .filter(c -> c.getAttribute("name").startsWith("DON-04 ")).findFirst().orElseThrow();
        Element failure = children(don04, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("critical");
        assertThat(failure.getAttribute("message")).matches(".*c deviating\\.yml:\\d+:\\d+: .+");
        assertThat(failure.getTextContent()).contains("/protocol/");
        Element don02 = children(deviating, "testcase").stream()
                .filter(c -> c.getAttribute("name").startsWith("DON-02 ")).findFirst().orElseThrow();
        // DON-02 has an open minor finding and a waived one: at --fail-on major it passes, and both are
        // told in system-out; at --fail-on minor it fails, as the run does
        assertThat(children(don02, "failure")).isEmpty();
        assertThat(children(don02, "skipped")).isEmpty();
        assertThat(children(don02, "system-out").get(0).getTextContent()).contains("OPEN, BELOW --fail-on major MINOR DON-02")
                .contains("WAIVED").contains("2025-12-31");
        Element strict = children(parse(Format.JUNIT.render(report.withGate(new Gate(Severity.MINOR, false))))
                .getDocumentElement(), "testsuite").get(2);
        Element don02Strict = children(strict, "testcase").stream()
                .filter(c -> c.getAttribute("name").startsWith("DON-02 ")).findFirst().orElseThrow();
        assertThat(children(don02Strict, "failure")).hasSize(1);
        assertThat(Integer.parseInt(strict.getAttribute("failures"))).isGreaterThan(Integer.parseInt(deviating.getAttribute("failures")));
    }

    @Test
    void withFailOnStaleWaiversEachProtocolHasATestCaseThatItsWaiversMatchFindings() throws Exception {
        Report report = TestReports.check("protocols/examples/ev-bm-hypoxia-compliant.yaml");
        WaiverRef stale = new WaiverRef("EXP-01", null, new Location("w.yaml", "/waivers/0", 3, 5), "2026-01-31");
        ProtocolResult compliant = report.protocols().get(0);
        ProtocolResult withStale = new ProtocolResult(compliant.file(), compliant.sha256(), compliant.id(), compliant.version(),
                compliant.stage(), compliant.findings(), compliant.problems(), compliant.completeness(), compliant.parameters(),
                compliant.applicableRules(), List.of(stale), List.of(), List.of(), null);
        Report staleReport = new Report(report.tool(), report.rules(), report.profile(), report.checkDate(),
                List.of(withStale), report.ruleDescriptions(), report.generatedAt(), null, new Gate(Severity.MAJOR, true),
                List.of());
        Element suite = children(parse(Format.JUNIT.render(staleReport)).getDocumentElement(), "testsuite").get(0);
        Element waivers = children(suite, "testcase").stream()
                .filter(c -> c.getAttribute("name").equals("waivers match findings")).findFirst().orElseThrow();
        assertThat(children(waivers, "failure").get(0).getAttribute("message"))
                .isEqualTo("w.yaml:3:5: the waiver of EXP-01 matches no finding of this protocol");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(compliant.applicableRules().size() + 1);
        // without the option, no such test case: the stale waiver does not fail the run
        Element lenient = children(parse(Format.JUNIT.render(staleReport.withGate(Gate.DEFAULT))).getDocumentElement(),
                "testsuite").get(0);
        assertThat(children(lenient, "testcase")).noneMatch(c -> c.getAttribute("name").equals("waivers match findings"));
        assertThat(lenient.getAttribute("failures")).isEqualTo("0");
    }

    @Test
    void aCriterionWhoseFindingsAreAllWaivedIsSkipped() throws Exception {
        Finding waived = Finding.open("DON-02", Severity.MINOR, new Location("x.yaml", "/protocol/donor/age_years", 3, 4),
                "old donor", "67").waivedBy(new Finding.WaiverNote("reviewed", "QA", "2025-01-02", "2025-12-31", null, "x.yaml:9:5", false, false));
        ProtocolResult protocol = new ProtocolResult("x.yaml", "ab", "ID-1", "1", "design", List.of(waived),
                List.of(), List.of(), List.of(), List.of("DON-01", "DON-02"));
        Report report = new Report(new Report.Tool("secretome-check", "0.1.0"), new Report.RuleSet("r", "s", 2),
                new Report.ProfileInfo("p", "1", "default", "t"), LocalDate.parse("2025-06-01"), List.of(protocol),
                List.of(new RuleDescription("DON-01", "One", "all", "why", List.of(), List.of(), List.of(Severity.MAJOR)),
                        new RuleDescription("DON-02", "Two", "all", "why", List.of(), List.of(), List.of(Severity.MAJOR))));
        Element suite = children(parse(Format.JUNIT.render(report)).getDocumentElement(), "testsuite").get(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        Element don02 = children(suite, "testcase").get(1);
        assertThat(don02.getAttribute("name")).isEqualTo("DON-02 Two");
        assertThat(children(don02, "skipped").get(0).getAttribute("message")).isEqualTo("waived: reviewed");
    }

    @Test
    void hostileTextStaysWellFormed() throws Exception {
        String nasty = "a <b> & \"c\" ]]> \u0001\u0000 \uD800 line\nbreak \u00e9\u4e2d\uD83D\uDE00";
        Finding finding = Finding.open("EXP-01", Severity.MAJOR, new Location("dir/x&<y>.yaml", "/protocol/a~1b", 3, 4),
                nasty, nasty);
        ProtocolResult protocol = new ProtocolResult("dir/x&<y>.yaml", "ab", "ID<1>", "1", "design", List.of(finding),
                List.of(), List.of(), List.of(), List.of("EXP-01"));
        Report report = new Report(new Report.Tool("secretome-check", "0.1.0"), new Report.RuleSet("r", "s", 1),
                new Report.ProfileInfo("p", "1", "default", "t"), LocalDate.parse("2025-06-01"), List.of(protocol),
                List.of(new RuleDescription("EXP-01", "Passage & \"more\"", "all", "why", List.of(), List.of(), List.of(Severity.MAJOR))));
        Element root = parse(Format.JUNIT.render(report)).getDocumentElement();
        Element testcase = children(children(root, "testsuite").get(0), "testcase").get(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("EXP-01 Passage & \"more\"");
        Element failure = children(testcase, "failure").get(0);
        assertThat(failure.getAttribute("message")).startsWith("dir/x&<y>.yaml:3:4: a <b> & \"c\" ]]> ")
                .doesNotContain("\n").contains("\u00e9\u4e2d\uD83D\uDE00");
        assertThat(failure.getTextContent()).contains("line\nbreak");
        assertThat(root.getAttribute("timestamp")).isEqualTo("2025-06-01T00:00:00");
    }
}
