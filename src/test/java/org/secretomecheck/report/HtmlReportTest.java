package org.secretomecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Parameter;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.RuleDescription;
import org.w3c.dom.Document;

/**
 * The HTML report of the examples against {@code src/test/resources/report/html/examples.html}
 * (accept an intended change with {@code -Dgolden.update=true} and review the diff), and what it
 * must hold whatever its layout.
 */
class HtmlReportTest {

    private static final Path GOLDEN = Path.of("src/test/resources/report/html/examples.html");

    private static String html() throws Exception {
        StringWriter out = new StringWriter();
        new HtmlRenderer().render(ReportFixtures.examples(), out);
        return Goldens.normalised(out.toString());
    }

    @Test
    void matchesItsGoldenFile() throws Exception {
        String html = html();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, html, StandardCharsets.UTF_8);
        }
        assertThat(html).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void isDeterministic() throws Exception {
        assertThat(html()).isEqualTo(html());
        assertThat(Goldens.normalised(new String(Format.HTML.render(ReportFixtures.examples()), StandardCharsets.UTF_8))).isEqualTo(html());
    }

    @Test
    void isWrittenProtocolByProtocolNotHeldAsOneString() throws Exception {
        Report report = ReportFixtures.examples();
        List<Integer> writes = new ArrayList<>();
        StringWriter out = new StringWriter() {
            @Override
            public StringWriter append(CharSequence text) {
                writes.add(text.length());
                return super.append(text);
            }
        };
        new HtmlRenderer().render(report, out);
        assertThat(out.toString()).isEqualTo(HtmlRenderer.html(report));
        assertThat(writes).hasSize(report.protocols().size() + 1); // up to the end of each protocol, then the rest
    }

    @Test
    void isWellFormedXhtml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(document.getElementsByTagName("tr").getLength()).isGreaterThan(50);
    }

    @Test
    void isSelfContained() throws Exception {
        String html = html().replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "");
        assertThat(html).doesNotContain("http://", "https://", "<link", "<script", "<img", "src=", "url(", "@import");
    }

    @Test
    void aProtocolNotCheckedHasNoCountsInTheSummaryAndAVersionStaysOnOneLine() throws Exception {
        String html = html();
        String table = html.substring(html.indexOf("id=\"summary-protocols\""));
        table = table.substring(0, table.indexOf("</table>"));
        String broken = table.substring(table.indexOf("broken &lt;&amp;&gt;.yaml"));
        broken = broken.substring(0, broken.indexOf("</tr>"));
        assertThat(broken).as("not judged: no counts, not zeros").doesNotContain(">0<")
                .containsPattern("(<td class=\"num\">\u2014</td>\\s*){6}");
        assertThat(table).contains("SEC-BM-EXO-007 <span class=\"nowrap\">v0.9-draft</span>");
    }

    @Test
    void theSignOffNamesWhatItSigns() throws Exception {
        Report report = ReportFixtures.examples();
        String signOff = html().substring(html().indexOf("id=\"sign-off\""));
        assertThat(signOff).contains("Outcome: " + report.verdict(), report.rules().sha256(), report.profile().sha256(),
                report.checkDate().toString());
        report.protocols().forEach(protocol -> assertThat(signOff).contains(protocol.sha256()));

        List<ProtocolResult> many = new ArrayList<>();
        while (many.size() <= HtmlRenderer.SIGNED_BY_NAME) {
            many.addAll(report.protocols());
        }
        Report batch = new Report(report.tool(), report.rules(), report.profile(), report.checkDate(), many,
                report.ruleDescriptions(), report.generatedAt(), report.baseline(), report.gate(), report.inputs(),
                report.excludes());
        String batchHtml = HtmlRenderer.html(batch);
        String batchSignOff = batchHtml.substring(batchHtml.indexOf("id=\"sign-off\""));
        assertThat(batchSignOff).contains(many.size() + " protocol files", "listed above")
                .doesNotContain(report.protocols().get(0).sha256());
    }

    /** A regulator reads "[M]" as "to be verified before external use" only if the report says so. */
    @Test
    void explainsTheEvidenceTagsOfItsSources() throws Exception {
        assertThat(html()).contains("<p class=\"footnote\" id=\"evidence-tags\">Evidence tags: [V] seen in the cited text;"
                + " [M] cited from a standard or from memory, to be verified before external use; [INF] an inferred");
    }

    @Test
    void escapesTheInputs() throws Exception {
        String html = html();
        assertThat(html).doesNotContain("<script>", "<b>bold", "<&>");
        assertThat(html).contains("protocols/broken &lt;&amp;&gt;.yaml");
    }

    @Test
    void holdsTheRunItsRulesAndProfile() throws Exception {
        Report report = ReportFixtures.examples();
        assertThat(html()).contains(report.tool().name() + " " + report.tool().version(), report.rules().sha256(),
                report.rules().rules() + " rules", report.profile().name(), report.profile().sha256(), "2025-06-01",
                "2025-06-01 09:30:00 UTC", "id=\"summary\"", "@page", "size: A4");
    }

    @Test
    void holdsEveryFindingWithItsLocationValueRationaleAndSources() throws Exception {
        String html = html();
        Report report = ReportFixtures.examples();
        int findings = 0;
        for (ProtocolResult protocol : report.protocols()) {
            assertThat(html).contains(protocol.file().contains("<") ? "broken" : protocol.file(), protocol.sha256());
            for (Parameter parameter : protocol.parameters()) {
                assertThat(html).contains(Markup.escape(parameter.name()));
            }
            for (Finding finding : protocol.findings()) {
                findings++;
                assertThat(html).contains(Markup.escape(finding.message()), finding.location().display(),
                        finding.location().pointer());
                if (finding.value() != null) {
                    assertThat(html).contains(Markup.escape(finding.value()));
                }
                RuleDescription rule = report.rule(finding.ruleId());
                assertThat(html).contains(Markup.escape(rule.title()),
                        Markup.escape(rule.rationale()));
                rule.sources().forEach(source -> assertThat(html).contains(Markup.escape(source)));
                rule.thresholds().forEach(t -> assertThat(html).contains(Markup.escape(t)));
                if (finding.isWaived()) {
                    assertThat(html).contains(Markup.escape(finding.waiver().justification()),
                            finding.waiver().source());
                }
            }
        }
        assertThat(findings).isGreaterThan(20);
        assertThat(html.split("<tr class=\"finding ", -1)).hasSize(findings + 1);
        assertThat(html).contains("Waived findings", "NOT CHECKED");
    }
}
