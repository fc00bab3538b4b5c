package org.secretomecheck.check;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.load.ReadResult;
import org.secretomecheck.load.YamlReader;
import org.secretomecheck.validate.ProtocolValidator;

/**
 * Start-up in parallel: while the main thread loads the rule book, a background thread reads and
 * validates a tiny protocol, so that the YAML parser, Jackson and Hibernate Validator are loaded
 * and initialized by the time the first real file comes. It changes no result: it only loads
 * classes and fills the libraries' own caches.
 */
public final class Warmup {

    private static final byte[] PROTOCOL = ("format: secretome-protocol/1\nprotocol:\n  id: WARMUP-1\n  stage: design\n"
            + "  product: {type: ev_small, route: intravenous, clinical_stage: phase1}\n"
            + "  source: {species: human, tissue: bone_marrow}\n").getBytes(StandardCharsets.UTF_8);

    private Warmup() {}

    /** Starts the warm-up on a daemon thread and returns at once. */
    public static void start() {
        Thread thread = new Thread(Warmup::run, "secretome-check-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            ReadResult read = new YamlReader(InputLimits.DEFAULT).read("warmup.yaml", PROTOCOL);
            if (read.isReadable()) {
                new ProtocolValidator(Set.of()).validate(read.document(), read.nonStringKeys());
            }
        } catch (RuntimeException | LinkageError e) {
            // A warm-up that fails costs only time; the real check reports any real problem.
        }
    }
}
