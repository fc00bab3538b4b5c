package org.secretomecheck.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledCause;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.secretomecheck.finding.Readable;

/**
 * Watches the judgments in progress for a rule that never returns (a consequence that loops
 * without firing anything, which {@link Judge#MAX_FIRINGS} cannot see). Such a rule cannot be
 * stopped safely inside the JVM, so when a judgment runs longer than the limit the watchdog hands
 * a message naming the file and the rule to the action set with {@link #onOverrun}; the command
 * line prints it and stops the run with exit code 2. The limit is 60 seconds, or the system
 * property {@code secretome-check.rule-time-limit} in seconds (1 to 86,400); the bundled rules
 * need milliseconds. Only time the watchdog saw pass counts: while the process is stopped (Ctrl-Z,
 * a paused machine) the clock of a judgment stands still.
 */
final class Watchdog {

    private static final long LIMIT_NANOS = limit();
    /** How often the watchdog looks; a longer gap (the process stopped, the machine asleep) counts as two ticks at most. */
    private static final long TICK_NANOS = Math.min(1_000_000_000L, Math.max(10_000_000L, LIMIT_NANOS / 4));
    private static final Map<Thread, Judgment> RUNNING = new ConcurrentHashMap<>();
    private static volatile Consumer<String> action = message -> System.err.println("secretome-check: " + message);
    private static volatile Thread thread;

    private Watchdog() {}

    /** What to do when a judgment overruns: given a one-line message. */
    static void onOverrun(Consumer<String> overrun) {
        action = overrun;
    }

    /** The limit in nanoseconds: the system property in seconds, from 1 to 86,400, else 60 seconds. */
    private static long limit() {
        long seconds = Long.getLong("secretome-check.rule-time-limit", 60);
        return (seconds >= 1 && seconds <= 86_400 ? seconds : 60) * 1_000_000_000L;
    }

    /** One protocol being judged on one thread, and the rule it is firing. */
    static final class Judgment implements AutoCloseable {
        private final String file;
        private final Thread thread = Thread.currentThread();
        private final Supplier<Map<String, String>> classPrefixes;
        private volatile String rule;
        private volatile String lastFired;
        /** Time the watchdog saw this judgment run, tick by tick (only the watchdog thread writes it). */
        private long observed;
        private boolean reported;

        private Judgment(String file, Supplier<Map<String, String>> classPrefixes) {
            this.file = file;
            this.classPrefixes = classPrefixes;
        }

        @Override
        public void close() {
            RUNNING.remove(Thread.currentThread(), this);
        }
    }

    /**
     * Starts watching the judgment of {@code file} on this thread, until the result is closed;
     * {@code classPrefixes} gives, by the name prefix of the classes Drools generated for each
     * rule, the rule's name.
     */
    static Judgment watch(String file, Supplier<Map<String, String>> classPrefixes) {
        start();
        Judgment judgment = new Judgment(file, classPrefixes);
        RUNNING.put(Thread.currentThread(), judgment);
        return judgment;
    }

    /** A session listener that notes which rule's consequence each judgment is running, if any. */
    static final class RuleTracker extends DefaultAgendaEventListener {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            note(event.getMatch().getRule().getName());
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            note(null);
        }

        /**
         * Refuses a consequence that clears the agenda: the rules whose matches it cancels would
         * never run, and their criteria would count as met unchecked.
         */
        @Override
        public void matchCancelled(MatchCancelledEvent event) {
            if (event.getCause() == MatchCancelledCause.CLEAR && currentRule() != null) {
                throw new IllegalStateException("it cleared the agenda, so rule \"" + event.getMatch().getRule().getName()
                        + "\" and any other rule waiting to fire would not run; a rule may only record findings");
            }
        }

        private static void note(String rule) {
            Judgment judgment = RUNNING.get(Thread.currentThread());
            if (judgment != null) {
                if (rule == null) {
                    judgment.lastFired = judgment.rule;
                }
                judgment.rule = rule;
            }
        }
    }

    /** The rule whose consequence the judgment on this thread last completed, or null. */
    static String lastFired() {
        Judgment judgment = RUNNING.get(Thread.currentThread());
        return judgment == null ? null : judgment.lastFired;
    }

    /** The rule whose consequence the judgment on this thread is running, or null. */
    static String currentRule() {
        Judgment judgment = RUNNING.get(Thread.currentThread());
        return judgment == null ? null : judgment.rule;
    }

    /**
     * The rule whose {@code eval} conditions the judging thread is evaluating, or null: found on
     * the thread's stack by the classes that Drools generates for the rule, whose names start with
     * the rule's class prefix (its name made a Java name, and its own number).
     */
    private static String evaluating(Judgment judgment) {
        try {
            Map<String, String> prefixes = judgment.classPrefixes.get(); // made only when a judgment overruns
            for (StackTraceElement frame : judgment.thread.getStackTrace()) {
                for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
                    if (frame.getClassName().startsWith(prefix.getKey())) {
                        return prefix.getValue();
                    }
                }
            }
            return null;
        } catch (RuntimeException e) { // naming the rule is a courtesy: the run must still be stopped
            return null;
        }
    }

    private static void start() {
        if (thread == null) {
            synchronized (Watchdog.class) {
                if (thread == null) {
                    Thread watcher = new Thread(Watchdog::watchForever, "secretome-check-watchdog");
                    watcher.setDaemon(true);
                    watcher.start();
                    thread = watcher;
                }
            }
        }
    }

    private static void watchForever() {
        long last = System.nanoTime();
        while (true) {
            try {
                Thread.sleep(TICK_NANOS / 1_000_000);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            long step = Math.min(now - last, 2 * TICK_NANOS);
            last = now;
            for (Judgment judgment : RUNNING.values()) {
                judgment.observed += step;
                if (!judgment.reported && judgment.observed > LIMIT_NANOS) {
                    judgment.reported = true;
                    String rule = judgment.rule;
                    String evaluating = rule == null ? evaluating(judgment) : null;
                    action.accept(Readable.line(judgment.file) + ": the rules did not finish within " + LIMIT_NANOS / 1_000_000_000L
                            + " s" + (rule != null ? " (rule \"" + Readable.line(rule) + "\" was running)"
                                    : evaluating != null ? " (rule \"" + Readable.line(evaluating) + "\" was evaluating its conditions)"
                                    : "")
                            + "; a rule that never returns cannot be stopped, so the run stops here and its report is incomplete");
                }
            }
        }
    }
}
