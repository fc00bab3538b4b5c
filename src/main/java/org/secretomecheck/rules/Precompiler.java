package org.secretomecheck.rules;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: compiles a rules directory and writes the compiled rule set where
 * {@link CompiledRules} finds it on the class path ({@code rules-compiled/<sha>.kbase}). The
 * Maven build runs it for the bundled rules, so the tool never compiles them at run time.
 */
public final class Precompiler {

    private Precompiler() {}

    /** {@code <rules directory> <class output directory>}. */
    public static void main(String[] args) throws Exception {
        RuleBook book = RuleBook.load(Path.of(args[0]));
        Path output = Path.of(args[1], CompiledRules.RESOURCE_DIRECTORY, book.sha256() + ".kbase");
        Files.createDirectories(output.getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            CompiledRules.write(book.kieBase(), out);
        }
    }
}
