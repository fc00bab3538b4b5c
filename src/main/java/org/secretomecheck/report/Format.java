package org.secretomecheck.report;

import java.util.Locale;
import java.util.function.Function;

/** The output formats: the whole registry of renderers. */
public enum Format {
    TEXT(TextRenderer::new),
    JSON(colour -> new JsonRenderer());

    private final Function<Boolean, Renderer> factory;

    Format(Function<Boolean, Renderer> factory) {
        this.factory = factory;
    }

    /** A renderer of this format; {@code colour} matters only to formats that can use it. */
    public Renderer renderer(boolean colour) {
        return factory.apply(colour);
    }

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
