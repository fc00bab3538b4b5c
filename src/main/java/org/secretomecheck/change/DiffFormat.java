package org.secretomecheck.change;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The formats of {@code diff}. */
public enum DiffFormat {
    TEXT(DiffText::render),
    JSON(DiffJson::render),
    HTML(DiffHtml::render);

    private final Function<ProtocolDiff, String> renderer;

    DiffFormat(Function<ProtocolDiff, String> renderer) {
        this.renderer = renderer;
    }

    /** {@code diff} in this format. */
    public String render(ProtocolDiff diff) {
        return renderer.apply(diff);
    }

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code label}, if any. */
    public static Optional<DiffFormat> of(String label) {
        return Arrays.stream(values()).filter(f -> f.label().equals(label.toLowerCase(Locale.ROOT).strip())).findFirst();
    }
}
