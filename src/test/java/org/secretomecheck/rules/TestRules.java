package org.secretomecheck.rules;

import java.nio.file.Path;

/** The bundled rule book, compiled once for the whole test run. */
public final class TestRules {

    private static RuleBook book;

    private TestRules() {}

    /** The rules of the top-level {@code rules/} directory. */
    public static synchronized RuleBook book() throws RuleBookException {
        if (book == null) {
            book = RuleBook.load(Path.of("rules"));
        }
        return book;
    }
}
