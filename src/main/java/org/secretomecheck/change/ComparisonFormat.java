package org.secretomecheck.change;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The formats of {@code compare}. */
public enum ComparisonFormat {
    TEXT(MatrixText::render),
    CSV(MatrixCsv::render),
    HTML(MatrixHtml::render);

    private final Function<ComparisonMatrix, String> renderer;

    ComparisonFormat(Function<ComparisonMatrix, String> renderer) {
        this.renderer = renderer;
    }

    /** {@code matrix} in this format. */
    public String render(ComparisonMatrix matrix) {
        return renderer.apply(matrix);
    }

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code label}, if any. */
    public static Optional<ComparisonFormat> of(String label) {
        return Arrays.stream(values()).filter(f -> f.label().equals(label.toLowerCase(Locale.ROOT).strip())).findFirst();
    }
}
