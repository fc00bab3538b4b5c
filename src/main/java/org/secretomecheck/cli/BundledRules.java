package org.secretomecheck.cli;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.secretomecheck.rules.RuleBook;
import org.secretomecheck.rules.RuleBookException;

/**
 * Loads the bundled rule book on a background thread from the first moment of {@code main}, when
 * the command will need it (a {@code check} without {@code --rules} or {@code --site-rules}), so
 * that loading it overlaps parsing the command line, loading the profile and warming up the
 * parser. The result is exactly {@link RuleBook#bundled()}, only earlier.
 */
final class BundledRules {

    private static volatile CompletableFuture<RuleBook> preload;

    private BundledRules() {}

    /** Starts loading when {@code args} is a check that uses the bundled rules. */
    static void preloadFor(String[] args) {
        List<String> arguments = List.of(args);
        preload = null;
        if (!arguments.isEmpty() && arguments.get(0).equals("check")
                && arguments.stream().noneMatch(a -> a.startsWith("--rules") || a.startsWith("--site-rules"))) {
            preload = CompletableFuture.supplyAsync(() -> {
                try {
                    return RuleBook.bundled();
                } catch (RuleBookException e) {
                    throw new CompletionException(e);
                }
            });
        }
    }

    /** The bundled rule book: the preloaded one when there is one, else loaded now. */
    static RuleBook get() throws RuleBookException {
        CompletableFuture<RuleBook> loading = preload;
        if (loading == null) {
            return RuleBook.bundled();
        }
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuleBookException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
