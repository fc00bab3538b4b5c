package org.secretomecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;

/** The PDF report, read back with PDFBox: its text, its fonts, its pages and its reproducibility. */
class PdfReportTest {

    private static final List<String> WARNINGS = new ArrayList<>();
    private static byte[] pdf;
    private static String text;
    private static long millis;

    @BeforeAll
    static void render() throws Exception {
        Report report = ReportFixtures.examples();
        long start = System.nanoTime();
        pdf = render(report);
        millis = (System.nanoTime() - start) / 1_000_000;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static byte[] render(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(WARNINGS::add).render(report, out);
        return out.toByteArray();
    }

    @Test
    void holdsEveryFindingWithItsLocationAndSources() throws Exception {
        Report report = ReportFixtures.examples();
        for (ProtocolResult protocol : report.protocols()) {
            for (Finding finding : protocol.findings()) {
                assertThat(text).contains(finding.ruleId());
            }
        }
        ProtocolResult deviations = ReportFixtures.deviations();
        Finding first = deviations.findings().get(0);
        assertThat(text).contains(first.location().display(), first.location().pointer());
        String doi = report.rule(first.ruleId()).sources().stream().filter(s -> s.contains("doi:")).findFirst()
                .map(s -> s.substring(s.indexOf("doi:")).split("[ \\]]")[0]).orElse("doi:10.1080/14653240600855905");
        assertThat(text).contains(doi);
        assertThat(text).contains("MSC secretome protocol check report", report.rules().sha256(), "Summary",
                "Waived findings", "NOT CHECKED", "2025-06-01 09:30:00 UTC", "Page 1 of");
    }

    @Test
    void printsMicroDegreeAndGreekAsWritten() {
        assertThat(text).contains("\u00b5", "\u00b0", "\u03b3", "\u03b1", "\u00d7", "\u2212");
    }

    @Test
    void embedsEveryFontItUses() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("Liberation");
                }
            }
        }
    }

    @Test
    void isReproducibleByteForByte() throws Exception {
        assertThat(render(ReportFixtures.examples())).isEqualTo(pdf);
        assertThat(Format.PDF.render(ReportFixtures.examples())).isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Calendar created = document.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).isEqualTo(ReportFixtures.GENERATED_AT);
            assertThat(document.getDocumentInformation().getModificationDate().toInstant())
                    .isEqualTo(ReportFixtures.GENERATED_AT);
        }
    }

    @Test
    void changesWhenTheReportDoes() throws Exception {
        Report later = ReportFixtures.examples().generatedAt(ReportFixtures.GENERATED_AT.plusSeconds(60));
        assertThat(render(later)).isNotEqualTo(pdf);
    }

    @Test
    void laysOutWithoutWarningsAndInReasonableTime() {
        assertThat(WARNINGS).isEmpty();
        assertThat(millis).as("render time in ms").isLessThan(60_000);
        System.out.printf("PDF report: %d bytes, rendered in %d ms%n", pdf.length, millis);
    }
}
