package org.secretomecheck.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Reads the catalogue metadata from the DRL rules. Every DRL rule is one check and carries
 * {@code @id}, {@code @check}, {@code @severity}, {@code @target}, {@code @message} and
 * {@code @when}; exactly one DRL rule per ID also carries the rule's {@code @title},
 * {@code @appliesTo}, {@code @rationale}, {@code @sources} and, when it reads thresholds,
 * {@code @thresholds}, and when it applies only to some protocols, {@code @scope} (see {@link Scope}). (Drools resolves a metadata name as a type name too, so metadata must not
 * be named after a fact type: {@code @profile} would hide {@code Profile}.)
 */
final class RuleMetadata {

    static final List<String> CHECK_KEYS = List.of("id", "check", "severity", "target", "message", "when");
    static final List<String> RULE_KEYS = List.of("title", "appliesTo", "rationale", "sources");
    private static final List<String> SEVERITIES = List.of("info", "minor", "major", "critical");

    private final List<DrlSource> sources;
    private final List<String> errors = new ArrayList<>();

    private RuleMetadata(List<DrlSource> sources) {
        this.sources = sources;
    }

    /** The rules of {@code kieBase} by ID, in catalogue order, from the metadata of their DRL rules. */
    static Map<String, RuleInfo> collect(KieBase kieBase, List<DrlSource> sources) throws RuleBookException {
        return new RuleMetadata(sources).collect(kieBase);
    }

    private Map<String, RuleInfo> collect(KieBase kieBase) throws RuleBookException {
        Map<String, List<Rule>> byId = new TreeMap<>(RuleBook.catalogueOrder());
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                List<String> missing = CHECK_KEYS.stream().filter(k -> text(meta, k).isEmpty()).toList();
                if (!missing.isEmpty()) {
                    errors.add(at(rule, null) + ": rule \"" + rule.getName() + "\" lacks metadata " + missing);
                    continue;
                }
                unknownKeys(rule, meta);
                if (!SEVERITIES.contains(text(meta, "severity"))) {
                    errors.add(at(rule, "severity") + ": rule \"" + rule.getName() + "\" has severity \"" + text(meta, "severity")
                            + "\"; use info, minor, major or critical");
                }
                paths(rule, meta);
                attributes(rule);
                if (!text(meta, "check").chars().allMatch(Character::isDigit)) {
                    errors.add(at(rule, "check") + ": rule \"" + rule.getName() + "\" has @check(\"" + text(meta, "check")
                            + "\"); a check number is a whole number");
                    continue;
                }
                byId.computeIfAbsent(text(meta, "id"), id -> new ArrayList<>()).add(rule);
            }
        }
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        byId.forEach((id, checks) -> {
            RuleInfo info = info(id, checks);
            if (info != null) {
                rules.put(id, info);
            }
        });
        if (!errors.isEmpty()) {
            throw new RuleBookException(errors);
        }
        return rules;
    }

    /** Every metadata name the tool reads. */
    private static final List<String> KNOWN_KEYS = java.util.stream.Stream.of(CHECK_KEYS, RULE_KEYS, List.of("thresholds", "scope"))
            .flatMap(List::stream).toList();

    /**
     * Reports metadata the tool does not read: a misspelt {@code @scopes} would otherwise be
     * dropped without a word, and the rule applied to every protocol.
     */
    private void unknownKeys(Rule rule, Map<String, Object> meta) {
        List<String> unknown = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(meta.keySet())) {
            if (!KNOWN_KEYS.contains(key) && key.indexOf('.') < 0) { // a dotted name is an annotation of Drools' own (@Propagation)
                String suggestion = org.secretomecheck.finding.Suggestions.closest(key, KNOWN_KEYS);
                unknown.add(at(rule, key) + ": rule \"" + rule.getName() + "\" has @" + key + ", which is no metadata the tool"
                        + " reads" + (suggestion == null ? "" : " (did you mean @" + suggestion + "?)") + "; a rule's metadata are @"
                        + String.join(", @", KNOWN_KEYS));
            }
        }
        unknown.sort(Comparator.comparingLong(RuleMetadata::position)); // in the order they are written
        errors.addAll(unknown);
    }

    /** The line and column an error starts with ({@code file:line:column: ...}) as one number, for ordering; 0 without. */
    private static long position(String error) {
        java.util.regex.Matcher at = java.util.regex.Pattern.compile(":(\\d+):(\\d+): ").matcher(error);
        return at.find() ? Long.parseLong(at.group(1)) * 1_000_000 + Long.parseLong(at.group(2)) : 0;
    }

    /** A form ending in "or", and one holding it between words: words for no value written without quotes. */
    private static final java.util.regex.Pattern OR_AT_END = java.util.regex.Pattern.compile("(.*\\s)?or");
    private static final java.util.regex.Pattern OR_INSIDE = java.util.regex.Pattern.compile(".*\\sor\\s.*");

    /**
     * A message placeholder, with the words after its value and those it shows for a value not
     * recorded (see {@link FindingSink}); looser about names than the sink, so that a misspelt
     * path is named.
     */
    private static final java.util.regex.Pattern PLACEHOLDER =
            java.util.regex.Pattern.compile("\\{([^{}|]+?)(?:\\|[^|{}']*){0,2}(?: or '[^'{}]*')?\\}");

    /** Reports the paths of {@code rule}'s metadata that name nothing (see {@link Targets}). */
    private void paths(Rule rule, Map<String, Object> meta) {
        String target = text(meta, "target");
        String unknown = Targets.unknownSegment(target);
        if (unknown != null) {
            errors.add(at(rule, "target") + ": rule \"" + rule.getName() + "\" has @target(\"" + target + "\"), which names no"
                    + " field of the protocol format (at \"" + unknown + "\"); write a dotted path below protocol, such as"
                    + " donor.eligibility.tests.{i}.result");
        }
        String message = text(meta, "message");
        if (message.indexOf('|') >= 0 || !plainPlaceholders(message)) { // most messages: no forms, each brace a name's
            templates(rule, message);
        }
        java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(message);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            if (Targets.isModelPath(name) && Targets.unknownSegment(name) != null) {
                errors.add(at(rule, "message") + ": rule \"" + rule.getName() + "\" has the placeholder {" + name + "} in @message,"
                        + " which names no field of the protocol format or threshold of the profile (at \""
                        + Targets.unknownSegment(name) + "\")");
            }
        }
        for (String threshold : split(text(meta, "thresholds"), ",")) {
            if (!threshold.startsWith("profile.") || Targets.unknownSegment(threshold) != null) {
                errors.add(at(rule, "thresholds") + ": rule \"" + rule.getName() + "\" lists " + threshold + " in @thresholds, which"
                        + " is not a threshold of the profile (write profile.section.key)");
            }
        }
    }

    /**
     * True when every brace of {@code message} opens a placeholder of a name alone, {@code {name}}
     * or {@code {name or 'words'}}, which the sink reads: nothing more to look at, at no cost to a
     * cold start (about 250 messages).
     */
    private static boolean plainPlaceholders(String message) {
        for (int at = 0; ; ) {
            int open = message.indexOf('{', at);
            int close = message.indexOf('}', at);
            if (open < 0 || close < open) {
                return open < 0 && close < 0; // no brace left; else a closing brace that no placeholder opened
            }
            if (!plainName(message.substring(open + 1, close))) {
                return false;
            }
            at = close + 1;
        }
    }

    /** True for {@code name} or {@code name or 'words'}, a name of ASCII letters, digits, {@code _} and {@code .}. */
    private static boolean plainName(String inside) {
        int end = 0;
        while (end < inside.length() && (inside.charAt(end) < 128 && Character.isLetterOrDigit(inside.charAt(end))
                || inside.charAt(end) == '_' || inside.charAt(end) == '.')) {
            end++;
        }
        String rest = inside.substring(end);
        return end > 0 && (rest.isEmpty() || rest.startsWith(" or '") && rest.indexOf('\'', 5) == rest.length() - 1);
    }

    /** Reports a brace of {@code rule}'s message that is no placeholder, and words for no value without quotes. */
    private void templates(Rule rule, String message) {
        java.util.regex.Matcher read = FindingSink.PLACEHOLDER.matcher(message);
        while (read.find()) {
            for (int form = 2; form <= 3 && read.group(form) != null; form++) {
                // "or" ending a form, "or" after a unit, or "or" before double quotes: words for no value not in '...'
                String words = read.group(form).strip();
                if (OR_AT_END.matcher(words).matches() || read.group(3) == null && OR_INSIDE.matcher(words).matches()
                        || words.contains("or \"")) {
                    errors.add(at(rule, "message") + ": rule \"" + rule.getName() + "\" has " + read.group() + " in @message:"
                            + " the words for a value not recorded go in quotes, {" + read.group(1) + "|unit or 'words'}");
                }
            }
        }
        String unread = FindingSink.PLACEHOLDER.matcher(message).replaceAll("");
        if (unread.indexOf('{') >= 0 || unread.indexOf('}') >= 0) {
            int brace = unread.indexOf('{') >= 0 ? unread.indexOf('{') : unread.indexOf('}');
            int from = Math.max(0, brace - 15);
            errors.add(at(rule, "message") + ": rule \"" + rule.getName() + "\" has a brace in @message that is no placeholder"
                    + " (near \"" + unread.substring(from, Math.min(unread.length(), brace + 30)) + "\"): write {name},"
                    + " {name|unit}, {name|one|many} or {name or 'words'}, without ' in a unit or form, at most two forms");
        }
    }

    /**
     * Reports the attributes that could keep {@code rule} from running when a protocol is judged,
     * so that its criterion would count as met without being checked, or that make the judgment
     * follow the computer's clock rather than the protocol. Salience, {@code no-loop},
     * {@code lock-on-active}, {@code auto-focus} and the agenda group {@value Judge#AFTER_WAIVERS}
     * are allowed.
     */
    private void attributes(Rule rule) {
        RuleImpl impl = (RuleImpl) rule;
        String why = !(impl.getEnabled() instanceof org.drools.base.base.EnabledBoolean enabled && enabled.getValue(null, null, impl, null))
                ? "'enabled', so it may not run and its criterion would count as met unchecked; delete the rule"
                        + " or comment it out instead"
                : impl.getDateEffective() != null || impl.getDateExpires() != null
                        ? "'date-effective' or 'date-expires', which follow the computer's clock: the same protocol would be"
                                + " judged differently from day to day"
                : impl.getTimer() != null || impl.hasCalendars()
                        ? "a timer or calendars, so it would fire at a time of the clock rather than when a protocol is judged"
                : impl.getActivationGroup() != null && !impl.getActivationGroup().isEmpty()
                        ? "'activation-group', so only one rule of the group would fire and the others' criteria would count"
                                + " as met unchecked"
                : !impl.isMainAgendaGroup() && !Judge.AFTER_WAIVERS.equals(impl.getAgendaGroup())
                        ? "the agenda or ruleflow group \"" + impl.getAgendaGroup() + "\", which never gets the focus, so the"
                                + " rule would never run (the one group allowed is \"" + Judge.AFTER_WAIVERS
                                + "\", for rules that judge the open findings)"
                : null;
        if (why != null) {
            errors.add(at(rule, null) + ": rule \"" + rule.getName() + "\" uses " + why);
        }
    }

    private RuleInfo info(String id, List<Rule> checks) {
        java.util.Set<String> files = new java.util.TreeSet<>();
        checks.forEach(check -> files.add(file(check)));
        if (files.size() > 1) { // a site file adding a check to a built-in rule is caught here too
            Rule located = checks.stream().filter(this::isSite).findFirst().orElse(checks.get(0)); // the site file's, if any
            errors.add(at(located, "id") + ": rule " + id + " is defined in more than one file " + files
                    + "; a rule ID may be defined once (site rules use IDs starting with " + RuleBook.SITE_PREFIX + ")");
            return null;
        }
        List<Rule> headers = checks.stream().filter(r -> !text(r.getMetaData(), "title").isEmpty()).toList();
        if (headers.size() != 1) {
            errors.add(at(checks.get(0), null) + ": rule " + id + " must carry @title, @appliesTo, @rationale and @sources on"
                    + " exactly one of its DRL rules (found " + headers.size() + ")");
            return null;
        }
        Map<String, Object> header = headers.get(0).getMetaData();
        List<String> missing = RULE_KEYS.stream().filter(k -> text(header, k).isEmpty()).toList();
        if (!missing.isEmpty()) {
            errors.add(at(headers.get(0), null) + ": rule " + id + " lacks metadata " + missing);
            return null;
        }
        // By check, and within a check in the order of the DRL file (a repeated check lists its
        // items in the catalogue's order there, e.g. cd73, cd90, cd105).
        List<CheckInfo> infos = checks.stream()
                .sorted(Comparator.comparingInt((Rule r) -> Integer.parseInt(text(r.getMetaData(), "check")))
                        .thenComparingInt(r -> ((RuleImpl) r).getLoadOrder()))
                .map(r -> new CheckInfo(Integer.parseInt(text(r.getMetaData(), "check")), text(r.getMetaData(), "severity"),
                        text(r.getMetaData(), "target"), text(r.getMetaData(), "message"), text(r.getMetaData(), "when"),
                        r.getName()))
                .toList();
        List<String> scope = split(text(header, "scope"), ",");
        List<String> unknown = scope.stream().filter(name -> !Scope.names().contains(name)).toList();
        if (!unknown.isEmpty()) {
            errors.add(at(headers.get(0), "scope") + ": rule " + id + " has an unknown @scope " + unknown + "; known: "
                    + new java.util.TreeSet<>(Scope.names()));
            return null;
        }
        List<String> thresholds = split(text(header, "thresholds"), ",");
        for (Rule check : checks) { // what a message shows is a threshold the rule reads: explain and the reports list them
            java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(text(check.getMetaData(), "message"));
            while (placeholder.find()) {
                String name = placeholder.group(1);
                if (name.startsWith("profile.") && thresholds.stream().noneMatch(t -> name.equals(t) || name.startsWith(t + "."))) {
                    errors.add(at(check, "message") + ": rule \"" + check.getName() + "\" shows {" + name + "} in @message, which"
                            + " rule " + id + "'s @thresholds does not list; list every threshold the rule reads there, for explain"
                            + " and the reports");
                }
            }
        }
        return new RuleInfo(id, text(header, "title"), text(header, "appliesTo"), text(header, "rationale"),
                split(text(header, "sources"), ";"), thresholds, scope, file(headers.get(0)), infos);
    }

    /** Splits at {@code separator} outside brackets: "A [V; M]; B" is "A [V; M]" and "B". */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '[' || c == '(' ? 1 : c == ']' || c == ')' ? -1 : 0;
            if (depth <= 0 && text.startsWith(separator, i)) {
                parts.add(text.substring(start, i));
                start = i + separator.length();
            }
        }
        parts.add(text.substring(start));
        return parts.stream().map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return "";
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }

    /** The {@code when} that ends a rule's metadata (not {@code @when}). */
    private static final java.util.regex.Pattern WHEN = java.util.regex.Pattern.compile("(?m)^\\s*when\\b");

    /** True when {@code rule} is written in a site file. */
    private boolean isSite(Rule rule) {
        DrlSource source = rule instanceof RuleImpl impl && impl.getResource() != null
                ? DrlCompiler.source(sources, impl.getResource().getSourcePath()) : null;
        return source != null && source.site();
    }

    /** The file {@code rule} is written in. */
    private String file(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null) {
            return DrlCompiler.display(sources, impl.getResource().getSourcePath());
        }
        return rule.getPackageName();
    }

    /**
     * Where {@code rule}'s {@code @annotation} is written, as {@code file:line:column}; its header
     * when the annotation is not found (or null), its file alone when the header is not found.
     */
    private String at(Rule rule, String annotation) {
        return at(sources, rule, annotation);
    }

    /** Where {@code rule}'s {@code @annotation} is written in {@code sources}: see {@link #at(Rule, String)}. */
    static String at(List<DrlSource> sources, Rule rule, String annotation) {
        if (!(rule instanceof RuleImpl impl) || impl.getResource() == null) {
            return rule.getPackageName();
        }
        String path = impl.getResource().getSourcePath();
        return at(DrlCompiler.source(sources, path), DrlCompiler.display(sources, path), rule.getName(), annotation);
    }

    /** Where the DRL rule {@code name}'s {@code @annotation} is written in {@code source}, shown as {@code display}. */
    static String at(DrlSource source, String display, String name, String annotation) {
        String text = source == null ? null : ForbiddenCalls.withoutComments(source.text()); // a commented-out rule is none
        java.util.regex.Matcher header = text == null ? null
                : java.util.regex.Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"" + java.util.regex.Pattern.quote(name) + "\"|"
                        + java.util.regex.Pattern.quote(name) + "(?=\\s))").matcher(text);
        if (header == null || !header.find()) {
            return display;
        }
        int index = header.end() - header.group().stripLeading().length();
        if (annotation != null) {
            java.util.regex.Matcher found = java.util.regex.Pattern.compile("@" + annotation + "\\s*\\(").matcher(text);
            java.util.regex.Matcher when = WHEN.matcher(text);
            if (found.find(header.end()) && (!when.find(header.end()) || found.start() < when.start())) {
                index = found.start();
            }
        }
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        long line = text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        return display + ":" + line + ":" + (index - lineStart + 1);
    }
}
