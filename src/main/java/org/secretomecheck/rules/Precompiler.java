package org.secretomecheck.rules;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: compiles a rules directory and writes the compiled rule set where
 * {@link CompiledRules} finds it on the class path ({@code rules-compiled/<sha>.kbase}), and the
 * names and severities of its DRL rules for the catalogue's criteria
 * ({@value Catalogue#BUNDLED_RULES}), which a copy of the rules must keep. The Maven build runs it for the bundled rules, so the tool never
 * compiles them at run time.
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
        StringBuilder names = new StringBuilder();
        for (RuleInfo rule : book.rules()) {
            if (Catalogue.ids().contains(rule.id())) {
                rule.checks().forEach(check -> names.append(rule.id()).append('\t').append(check.number()).append('\t')
                        .append(check.severity()).append('\t').append(check.drlRule()).append('\n'));
            }
        }
        Files.writeString(output.resolveSibling(Catalogue.BUNDLED_RULES), names, java.nio.charset.StandardCharsets.UTF_8);
    }
}
