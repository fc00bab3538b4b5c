package org.secretomecheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.mvel2.CompileException;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.drools.mvel.ConstraintEvaluationException;
import org.kie.api.KieServices;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.AgendaGroup;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.profile.Profile;
import org.secretomecheck.protocol.Children;
import org.secretomecheck.protocol.ListItem;
import org.secretomecheck.protocol.LoadedProtocol;
import org.secretomecheck.protocol.ProtocolDocument;
import org.secretomecheck.protocol.Section;

/**
 * Runs the rule book over one protocol in a Drools session of its own (a new one, or one reset
 * after an earlier protocol): inserts every section and list item as a fact, with the profile and
 * the {@link Context}, fires the rules, and merges the findings as {@code criteria.md} Section 3
 * says (one per rule and pointer, the most severe, ties to the first check).
 */
public final class Judge {

    /** The agenda group of rules that judge the other findings, after waivers (DOC-04). */
    public static final String AFTER_WAIVERS = "after-waivers";

    /** A session that fires more rules than this is stopped as runaway. */
    static final int MAX_FIRINGS = 100_000;

    private static final KieSessionConfiguration SESSION = sessionConfiguration();
    private static final Watchdog.RuleTracker TRACKER = new Watchdog.RuleTracker();
    private static final FactGuard GUARD = new FactGuard();

    private final RuleBook book;
    private final Map<Rule, FindingSink.Check> checks = new ConcurrentHashMap<>();
    /**
     * Sessions kept for the next protocol: resetting a session is cheaper than making a new one
     * with all its network memory. Only a session whose judgment completed is kept (reset); one
     * that failed is disposed of. At most one per thread that judges at the same time.
     */
    private final Queue<StatefulKnowledgeSessionImpl> idle = new ConcurrentLinkedQueue<>();

    public Judge(RuleBook book) {
        this.book = book;
    }

    /**
     * What to do when a rule never returns (see {@link Watchdog}): {@code action} gets a one-line
     * message naming the file and the rule. The default prints it on stderr.
     */
    public static void onOverrun(Consumer<String> action) {
        Watchdog.onOverrun(action);
    }

    /**
     * The findings of {@code protocol} as {@code criteria.md} Section 9 orders it: every rule,
     * merged, waived by {@code waive}; then the rules of {@link #AFTER_WAIVERS} over the findings
     * still open, their findings waived too. Not yet sorted.
     */
    public List<Finding> judge(LoadedProtocol protocol, LoadedProfile profile, LocalDate checkDate,
            UnaryOperator<List<Finding>> waive) throws RuleFailure {
        try (Watchdog.Judgment watched = Watchdog.watch(protocol.document().file(), this::classPrefixes)) {
            return judgeWatched(protocol, profile, checkDate, waive);
        }
    }

    private List<Finding> judgeWatched(LoadedProtocol protocol, LoadedProfile profile, LocalDate checkDate,
            UnaryOperator<List<Finding>> waive) throws RuleFailure {
        FindingSink sink = new FindingSink(protocol.document(), profile, checks);
        StatefulKnowledgeSessionImpl session = idle.poll();
        if (session == null) {
            session = (StatefulKnowledgeSessionImpl) book.kieBase().newKieSession(SESSION, null);
        }
        if (session.getAgendaEventListeners().isEmpty()) { // a reset drops them
            session.addEventListener(TRACKER);
        }
        if (session.getRuleRuntimeEventListeners().isEmpty()) {
            session.addEventListener(GUARD);
        }
        boolean completed = false;
        try {
            session.setGlobal("findings", sink);
            session.insert(profile.profile());
            session.insert(Context.of(protocol.protocol(), profile.profile(), checkDate));
            insertSections(session, protocol.protocol());
            fire(session);
            List<Finding> findings = new ArrayList<>(waive.apply(merge(protocol, sink.emissions())));
            int judged = sink.emissions().size();
            for (Finding finding : findings) {
                if (!finding.isWaived()) {
                    session.insert(new OpenFinding(finding.ruleId(), finding.severity().label(), finding.location().pointer()));
                }
            }
            AgendaGroup afterWaivers = session.getAgenda().getAgendaGroup(AFTER_WAIVERS);
            if (afterWaivers != null) {
                afterWaivers.setFocus();
                fire(session);
            }
            List<FindingSink.Emission> late = sink.emissions().subList(judged, sink.emissions().size());
            findings.addAll(waive.apply(merge(protocol, late)));
            completed = true;
            return findings;
        } catch (VirtualMachineError e) {
            String rule = Watchdog.currentRule();
            if (e instanceof OutOfMemoryError && rule != null) { // still the JVM's trouble, but say where it struck
                OutOfMemoryError named = new OutOfMemoryError(e.getMessage() + " (while rule \"" + rule + "\" was running)");
                named.setStackTrace(e.getStackTrace());
                throw named;
            }
            if (!(e instanceof StackOverflowError)) {
                throw e; // the JVM's trouble (out of memory), not the rule's: an internal error
            }
            throw failure(e);
        } catch (RuntimeException | Error e) {
            throw failure(e);
        } finally {
            park(session, completed);
        }
    }

    /** The failure {@code e}, naming the rule that threw it and where the rule is written. */
    private RuleFailure failure(Throwable e) {
        RuleFailure failure = RuleFailure.of(e, failedRule(e));
        String written = failure.rule() == null ? null : book.written(failure.rule());
        return written == null ? failure : new RuleFailure(failure.getMessage() + " (rule at " + written + ")", failure.rule());
    }

    /**
     * The rule that threw {@code e}: the one whose consequence was running, else the one whose
     * pattern constraint threw, else the one whose generated condition code (an {@code eval}) is
     * on the stack, else null.
     */
    private String failedRule(Throwable e) {
        String firing = Watchdog.currentRule();
        if (firing != null) {
            return firing;
        }
        Map<String, String> prefixes = classPrefixes();
        for (Throwable link = e; link != null; link = link.getCause() == link ? null : link.getCause()) {
            if (link instanceof ConstraintEvaluationException && link.getMessage() != null) {
                String named = firstRuleNamedIn(link.getMessage(), prefixes.values());
                if (named != null) {
                    return named;
                }
            }
            if (link instanceof CompileException compile && compile.getExpr() != null) {
                String named = ruleWithConstraint(new String(compile.getExpr()).strip());
                if (named != null) {
                    return named;
                }
            }
            for (StackTraceElement frame : link.getStackTrace()) {
                for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
                    if (frame.getClassName().startsWith(prefix.getKey())) {
                        return prefix.getValue();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The first rule, in package and rule order, with a pattern constraint written as
     * {@code expression}. MVEL compiles a constraint when it is first evaluated, so a constraint it
     * cannot compile ({@code passage > "abc"}) throws while a fact is inserted, outside any rule,
     * and names only its expression.
     */
    private String ruleWithConstraint(String expression) {
        for (KiePackage kiePackage : book.kieBase().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                if (Conditions.mvelConstraints(rule).stream().anyMatch(c -> c.constraint().getExpression().strip().equals(expression))) {
                    return rule.getName();
                }
            }
        }
        return null;
    }

    /**
     * The first of {@code rules} that {@code message} names in quotes. Drools names the rules of a
     * constraint that threw only in its message ({@code Error evaluating constraint '...' in [Rule
     * "name" in file]}); a constraint shared by several rules names them all, and the first in the
     * message is taken.
     */
    private static String firstRuleNamedIn(String message, Iterable<String> rules) {
        String first = null;
        int at = Integer.MAX_VALUE;
        for (String rule : rules) {
            int index = message.indexOf('"' + rule + '"');
            if (index >= 0 && index < at) {
                first = rule;
                at = index;
            }
        }
        return first;
    }

    /** The name prefix of the classes Drools generated for each rule, from its consequence. */
    private Map<String, String> classPrefixes() {
        Map<String, String> prefixes = new HashMap<>();
        for (KiePackage kiePackage : book.kieBase().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Object consequence = ((RuleImpl) rule).getConsequence();
                String name = consequence == null ? "" : consequence.getClass().getName();
                if (name.endsWith(CONSEQUENCE_SUFFIX)) {
                    prefixes.put(name.substring(0, name.length() - CONSEQUENCE_SUFFIX.length()), rule.getName());
                }
            }
        }
        return prefixes;
    }

    private static final String CONSEQUENCE_SUFFIX = "DefaultConsequenceInvoker";

    /** Keeps a session whose judgment completed for the next protocol; disposes of any other. */
    private void park(StatefulKnowledgeSessionImpl session, boolean completed) {
        if (completed) {
            try {
                session.reset();
                idle.add(session);
                return;
            } catch (RuntimeException e) {
                // a session that cannot be reset is not reused
            }
        }
        session.dispose();
    }

    /**
     * Sessions used by one thread at a time (no locks), and not registered with the knowledge
     * base, which outlives every Judge: the sessions a Judge keeps are collected with it.
     */
    private static KieSessionConfiguration sessionConfiguration() {
        KieSessionConfiguration configuration = KieServices.Factory.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        configuration.setOption(KeepReferenceOption.NO);
        return configuration;
    }

    /**
     * Fires the rules until none is left to fire. A rule that halts the engine
     * ({@code drools.halt()}) would leave others unfired and the protocol only partly judged:
     * once the rules stop, a second call must find nothing to fire.
     */
    private static void fire(KieSession session) throws RuleFailure {
        int fired = session.fireAllRules(MAX_FIRINGS);
        String last = Watchdog.lastFired();
        if (fired >= MAX_FIRINGS) {
            throw new RuleFailure(Readable.line("the rules fired " + MAX_FIRINGS + " times without settling; a rule loops"
                    + (last == null ? "" : " (the last to fire: rule \"" + last + "\")")));
        }
        if (session.fireAllRules(1) > 0) {
            throw new RuleFailure(Readable.line((last == null ? "a rule" : "rule \"" + last + "\"")
                    + " stopped the rule engine (drools.halt()) before every rule had run"));
        }
    }

    /**
     * Refuses, while a rule's consequence runs, the insertion, deletion or update of a fact of the
     * judgment (a section of the protocol, the context, the profile, an open finding), through
     * {@code insert}, {@code delete}, {@code modify} or the session itself: the rules that would
     * have matched it would not run, or would judge a protocol other than the one written (an
     * inserted section can satisfy another rule's {@code not}). Only the judge inserts such facts,
     * outside the rules' consequences. Facts of other types are the rules' own.
     */
    private static final class FactGuard extends DefaultRuleRuntimeEventListener {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            refuse(event.getRule(), event.getObject(), "inserted");
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            refuse(event.getRule(), event.getOldObject(), "deleted");
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            refuse(event.getRule(), event.getObject(), "updated");
        }

        private static void refuse(Rule rule, Object fact, String change) {
            if ((rule != null || Watchdog.currentRule() != null) && (fact instanceof Section || fact instanceof Context
                    || fact instanceof Profile || fact instanceof OpenFinding)) {
                throw new IllegalStateException("it " + change + " a fact of the judgment (" + fact.getClass().getSimpleName()
                        + "); rules judge the protocol as written and may only record findings");
            }
        }
    }

    private static void insertSections(KieSession session, Section section) {
        session.insert(section);
        for (Object child : Children.of(section)) {
            if (child instanceof Section nested) {
                insertSections(session, nested);
            } else if (child instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof ListItem listItem) {
                        insertSections(session, listItem);
                    }
                }
            }
        }
    }

    /**
     * Merges the emissions of one rule at one pointer (criteria.md Section 3): the most severe is
     * kept, the first of equals. Its message names the others' too ({@code ... Also (minor): ...}), so that
     * a report shows every deviation merged into it: one absent field is not reported while a
     * second, at the same parent, waits unseen for the next run.
     */
    private static List<Finding> merge(LoadedProtocol protocol, List<FindingSink.Emission> emissions) {
        List<FindingSink.Emission> ordered = new ArrayList<>(emissions);
        ordered.sort(Comparator.comparingInt(FindingSink.Emission::item).thenComparingInt(FindingSink.Emission::check));
        Map<String, List<FindingSink.Emission>> byPlace = new LinkedHashMap<>();
        for (FindingSink.Emission emission : ordered) {
            byPlace.computeIfAbsent(emission.ruleId() + " " + emission.pointer(), k -> new ArrayList<>()).add(emission);
        }
        List<Finding> findings = new ArrayList<>();
        for (List<FindingSink.Emission> place : byPlace.values()) {
            FindingSink.Emission kept = place.get(0);
            Set<String> targets = new LinkedHashSet<>();
            for (FindingSink.Emission emission : place) {
                kept = emission.severity().compareTo(kept.severity()) > 0 ? emission : kept;
                targets.add(ProtocolDocument.pointerOf(emission.target()));
            }
            StringBuilder message = new StringBuilder(kept.message());
            Set<String> said = new HashSet<>(Set.of(kept.message()));
            for (FindingSink.Emission other : place) {
                if (said.add(other.message())) {
                    message.append(message.charAt(message.length() - 1) == '.' ? " Also" : "; also")
                            .append(other.severity() == kept.severity() ? "" : " (" + other.severity().label() + ")")
                            .append(": ").append(other.message());
                }
            }
            JsonNode value = protocol.document().at(kept.pointer());
            findings.add(Finding.open(kept.ruleId(), kept.severity(), protocol.document().locate(kept.pointer()),
                    message.toString(), value.isValueNode() && !value.isNull() ? value.asText() : null, List.copyOf(targets)));
        }
        return findings;
    }

}
