package org.secretomecheck.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.secretomecheck.finding.Report;

/**
 * The PDF report: the {@link HtmlRenderer HTML report} laid out on A4 by openhtmltopdf, with the
 * Liberation fonts embedded (subsets), so that µ, °, ≥ and Greek letters print as written.
 *
 * <p>The PDF is reproducible: its creation and modification dates are the report's
 * {@code generatedAt}, and its document ID is derived from the HTML it was made from, so the same
 * report gives byte-identical files.
 */
public final class PdfRenderer implements Renderer {

    private static final String[][] FONTS = {
        {"Liberation Sans", "LiberationSans-Regular.ttf", "400", "NORMAL"},
        {"Liberation Sans", "LiberationSans-Bold.ttf", "700", "NORMAL"},
        {"Liberation Sans", "LiberationSans-Italic.ttf", "400", "ITALIC"},
        {"Liberation Mono", "LiberationMono-Regular.ttf", "400", "NORMAL"},
    };

    /** Declarations for browsers that openhtmltopdf does not know; it ignores them, as it should. */
    private static final java.util.Set<String> BROWSER_ONLY = java.util.Set.of("-webkit-print-color-adjust",
            "print-color-adjust");

    static {
        // openhtmltopdf logs to java.util.logging (stderr) by default; its diagnostics reach us
        // through withDiagnosticConsumer instead.
        XRLog.setLoggingEnabled(false);
    }

    private final Consumer<String> warnings;

    /** A renderer that drops openhtmltopdf's diagnostics. */
    public PdfRenderer() {
        this(message -> { });
    }

    /** A renderer that passes openhtmltopdf's warnings and errors (not its info messages) to {@code warnings}. */
    public PdfRenderer(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** Writes the PDF of {@code report} to {@code out}. Does not close {@code out}. */
    @Override
    public void render(Report report, OutputStream out) throws IOException {
        String html = HtmlRenderer.html(report);
        List<TrueTypeFont> fonts = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.withHtmlContent(html, null);
            builder.withProducer(report.tool().name() + " " + report.tool().version());
            builder.withDiagnosticConsumer(this::diagnostic);
            for (String[] font : FONTS) {
                TrueTypeFont ttf = font("/liberation/" + font[1]);
                fonts.add(ttf);
                builder.useFont(new PDFontSupplier(PDType0Font.load(document, ttf, true)), font[0],
                        Integer.valueOf(font[2]), FontStyle.valueOf(font[3]), true);
            }
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
                fix(document, report, html);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                document.save(bytes); // PDFBox closes the stream it saves to
                bytes.writeTo(out);
            }
        } finally {
            for (TrueTypeFont ttf : fonts) {
                ttf.close();
            }
        }
    }

    /**
     * The font at {@code resource}, without glyph substitution (GSUB): Latin text then needs no
     * ligature lookup, which PDFBox 3.0 does by compiling a regular expression for every piece of
     * text it draws (about 60% of the time of a PDF report). The report has no ligatures (fi, fl),
     * and its text is copied out of the PDF letter by letter.
     */
    private static TrueTypeFont font(String resource) throws IOException {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the class path");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            return ttf;
        }
    }

    /** Fixes everything that would otherwise depend on the clock. */
    private static void fix(PDDocument document, Report report, String html) {
        Calendar generated = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        generated.setTimeInMillis(report.generatedAt().toEpochMilli() / 1000 * 1000);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(generated);
        info.setModificationDate(generated);
        info.setCreator(report.tool().name() + " " + report.tool().version());
        info.setTitle("MSC secretome protocol check report, " + report.checkDate());
        info.setSubject("Check of " + report.protocols().size() + " protocol" + (report.protocols().size() == 1 ? "" : "s")
                + " against rule set " + report.rules().sha256() + " and profile " + report.profile().name() + " "
                + report.profile().version());
        document.getDocumentCatalog().setLanguage("en");
        byte[] id = Arrays.copyOf(sha256(html + "\n" + report.generatedAt()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private void diagnostic(Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            String message = diagnostic.getFormattedMessage();
            if (BROWSER_ONLY.stream().noneMatch(p -> message.contains(" " + p + " is an unrecognized CSS property"))) {
                warnings.accept(message);
            }
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
