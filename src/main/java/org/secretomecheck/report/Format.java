package org.secretomecheck.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.secretomecheck.finding.Report;

/*
 * HOW TO ADD A FORMAT
 *
 * 1. Write one small, stateless class in this package that implements Renderer: a character format
 *    overrides render(Report, Writer) (the bytes are UTF-8), a binary format overrides
 *    render(Report, OutputStream). Give it a public no-argument constructor.
 * 2. Add one entry below: NAME("extension", binary, YourRenderer::new). The command-line name is
 *    the entry's name in lower case (--format name); with --output-dir the file is
 *    secretome-check.<extension>. A binary format is never written to stdout: the command line
 *    asks for --output or --output-dir.
 * 3. Add a golden file in src/test/resources/report/<name>/ (see FormatsGoldenTest) and a line in
 *    README.md, "Output formats".
 *
 * Nothing else needs to change: the command line, the file names and the tests iterate over
 * Format.values().
 */

/** The output formats: the whole registry of renderers. */
public enum Format {
    TEXT("txt", false, () -> new TextRenderer(false)),
    JSON("json", false, JsonRenderer::new),
    SARIF("sarif", false, SarifRenderer::new),
    JUNIT("xml", false, JUnitRenderer::new),
    MARKDOWN("md", false, MarkdownRenderer::new),
    HTML("html", false, HtmlRenderer::new),
    PDF("pdf", true, PdfRenderer::new);

    private final String extension;
    private final boolean binary;
    private final Supplier<Renderer> factory;

    Format(String extension, boolean binary, Supplier<Renderer> factory) {
        this.extension = extension;
        this.binary = binary;
        this.factory = factory;
    }

    /** A renderer of this format, without colour. */
    public Renderer renderer() {
        return factory.get();
    }

    /** The report in this format, as bytes. */
    public byte[] render(Report report) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        renderer().render(report, bytes);
        return bytes.toByteArray();
    }

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The name of this format's file in an output directory: {@code secretome-check.<extension>}. */
    public String fileName() {
        return "secretome-check." + extension;
    }

    /** True when the output is not text and must not go to a terminal. */
    public boolean binary() {
        return binary;
    }

    /** The format whose file name extension {@code fileName} ends in ({@code .sarif}, any case), if any. */
    public static java.util.Optional<Format> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".sarif.json")) { // SARIF's usual name (GitHub's upload action writes results.sarif.json)
            return Optional.of(SARIF);
        }
        return java.util.Arrays.stream(values()).filter(format -> lower.endsWith("." + format.extension)).findFirst();
    }

    /** The format named {@code label} on the command line, if any. */
    public static Optional<Format> of(String label) {
        return Arrays.stream(values()).filter(f -> f.label().equals(label.toLowerCase(Locale.ROOT).strip())).findFirst();
    }
}
