package org.secretomecheck.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** Compiles DRL sources with Drools and turns build errors into {@code file:line:column} messages. */
final class DrlCompiler {

    /** Where the sources sit inside the in-memory KIE module. */
    static final String MODULE_ROOT = "src/main/resources/rules/";

    /** The position the DRL parser writes at the start of its messages. */
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) ");

    /** DRL comments: block comments and line comments. */
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /** A DRL file's package declaration. */
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    /** The lines that begin a rule's consequence and end the rule. */
    private static final Pattern WHEN = Pattern.compile("\\s*when\\b");
    private static final Pattern THEN = Pattern.compile("\\s*then\\b");
    private static final Pattern END = Pattern.compile("\\s*(end|rule)\\b");

    /** How Drools begins the Java compiler's errors in a rule's consequence. */
    private static final String CONSEQUENCE_ERROR = "Rule Compilation error";

    /** The text an MVEL error was found in: {@code [Near : {... nosuch > 1 ....}]}. */
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.}]");

    /** An MVEL condition Drools could not read, and why. */
    private static final Pattern UNANALYSABLE = Pattern.compile("^Unable to Analyse Expression (.+?): \\[Error: (.+?)]");

    /** An eval among a rule's conditions. */
    static final Pattern EVAL = Pattern.compile("\\beval\\s*\\(");
    /** A pattern of a fact type that does not exist. */
    private static final Pattern UNKNOWN_OBJECT_TYPE = Pattern.compile("^Unable to resolve ObjectType '(\\w+)'");
    /** Drools' error for an annotation written twice on one rule; it gives no position. */
    private static final Pattern DUPLICATED_ANNOTATION = Pattern.compile("Duplicated annotation: (\\w+)");

    /** Drools' error for two rules of one name in one package. */
    private static final Pattern DUPLICATE_NAME = Pattern.compile("Duplicate rule name: (.+)");
    /** The Java compiler on a second class of one name: a DRL function declared twice in one package. */
    private static final Pattern ALREADY_DEFINED_TYPE = Pattern.compile("The type \\w+ is already defined");
    private static final Pattern ALREADY_DEFINED = Pattern.compile("The type Rule_\\S+ is already defined");

    /**
     * Drools' error for a DRL function that does not compile: {@code [ function NAME (line:N): TEXT ]},
     * with a {@code NAME (line:N): TEXT} for each of the Java compiler's errors (N as
     * {@link #describeFunction} reads it).
     */
    private static final Pattern FUNCTION_ERRORS = Pattern.compile("^\\[ function (.*) ]$");
    private static final Pattern FUNCTION_ERROR = Pattern.compile("(\\w+) \\(line:(-?\\d+)\\): (.*?)(?= \\w+ \\(line:-?\\d+\\): |$)");

    /** A DRL function's first line, and its name. */
    private static final Pattern FUNCTION_DECLARATION = Pattern.compile("^\\s*function\\s+[\\w.<>\\[\\], ]*?(\\w+)\\s*\\(");

    /** The name an error of the Java compiler is about: a method, or a name it cannot resolve. */
    private static final Pattern NAMED_IN_ERROR = Pattern.compile(
            "^The method (\\w+)\\(|^(\\w+) cannot be resolved|^The constructor (\\w+)\\(");

    /** Drools' error for an import it cannot make: of a class, a function, or the class of a broken DRL function. */
    private static final Pattern IMPORT_FAILED = Pattern.compile("^Error importing : '(.+)'$");

    /** The Java compiler's error in a rule that calls a DRL function that is not there. */
    private static final Pattern FUNCTION_UNDEFINED = Pattern.compile("^The method (\\w+)\\(.*\\) is undefined for the type Rule_");

    /** Drools' own error for a function's parameter or return type; the Java compiler gives it at its place too. */
    private static final Pattern UNRESOLVED_TYPE = Pattern.compile("Unable to resolve type (\\S+) while building function");
    private static final Pattern CONDITION_CALL_UNRESOLVED = Pattern.compile(
            "unable to resolve method using strict-mode: [\\w.$]+\\.(\\w+)\\(");
    /** Drools' short word on a condition that calls a function: {@code Unable to analyze expression 'f($p)'}. */
    private static final Pattern UNANALYSED_CALL = Pattern.compile("Unable to analyze expression '(\\w+)\\(.*");
    /** A global's declaration: its name. */
    private static final Pattern GLOBAL = Pattern.compile("^\\s*global\\s+\\S+\\s+(\\w+)");
    /** A name the Java compiler cannot resolve in a consequence. */
    private static final Pattern UNRESOLVED_NAME = Pattern.compile("(\\w+) cannot be resolved");
    private static final Pattern TYPE_NOT_RESOLVED = Pattern.compile("(\\S+) cannot be resolved to a type");

    /** An error of the Java compiler about one of the file's imports. */
    private static final Pattern IMPORT_ERROR = Pattern.compile(
            "^Only a type can be imported\\. (\\S+) resolves to a package|^The import (\\S+) cannot be resolved");

    /** What Drools adds after a parser error in the same file; it says nothing more. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private static int builds;

    private DrlCompiler() {}

    static KieBase compile(List<DrlSource> sources) throws RuleBookException {
        List<String> clashes = metadataClashes(sources);
        if (!clashes.isEmpty()) {
            throw new RuleBookException(clashes);
        }
        ForbiddenCalls.check(sources);
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId release = services.newReleaseId("org.secretomecheck", "rules-" + nextBuild(), "1.0.0");
        files.generateAndWritePomXML(release);
        sources.forEach(source -> files.write(MODULE_ROOT + source.kiePath(), source.text()));
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        // in the order of the files, lines and columns: Drools builds packages in an order of its own
        List<Message> messages = new ArrayList<>(builder.getResults().getMessages(Message.Level.ERROR));
        messages.sort(Comparator.comparingInt((Message message) -> sources.indexOf(source(sources, message.getPath())))
                .thenComparingInt(Message::getLine).thenComparingInt(Message::getColumn).thenComparing(Message::getText));
        List<String> errors = new ArrayList<>();
        boolean duplicateNames = messages.stream().anyMatch(message -> DUPLICATE_NAME.matcher(message.getText()).find());
        Echoes echoes = Echoes.of(sources, messages);
        Map<String, List<ConsequenceLines.Error>> consequences = messages.stream()
                .anyMatch(message -> message.getText().strip().startsWith(CONSEQUENCE_ERROR)) ? ConsequenceLines.of(sources) : Map.of();
        // a rule without its then or end, named with what it lacks: with Drools' errors of its file, its
        // parser's errors are left out (they name a token lines away)
        // and so are the Java compiler's errors in that rule, which took the next block for its code
        Map<DrlSource, List<RuleBlocks.Fault>> unclosed = new HashMap<>();
        for (Message message : messages) {
            DrlSource in = source(sources, message.getPath());
            if (in != null && !unclosed.containsKey(in)) {
                unclosed.put(in, RuleBlocks.faults(in));
                unclosed.get(in).forEach(fault -> errors.add(fault.text()));
            }
            if (in != null && !unclosed.get(in).isEmpty() && (PARSER_POSITION.matcher(message.getText().strip()).find()
                    || message.getText().strip().startsWith(CONSEQUENCE_ERROR)
                            && unclosed.get(in).stream().anyMatch(fault -> fault.line() == message.getLine()))) {
                continue;
            }
            boolean onlyEchoesAParserError = message.getText().contains(NULL_PACKAGE) && messages.stream()
                    .anyMatch(other -> other != message && Objects.equals(other.getPath(), message.getPath()));
            // two rules of one name make two Java classes of one name: that echo is Drools' inside
            boolean onlyEchoesADuplicateName = duplicateNames && message.getText().strip().startsWith(CONSEQUENCE_ERROR)
                    && message.getText().strip().substring(CONSEQUENCE_ERROR.length()).lines().map(String::strip)
                            .filter(line -> !line.isEmpty()).allMatch(line -> ALREADY_DEFINED.matcher(line).find());
            DrlSource from = source(sources, message.getPath());
            String text = echoes.without(message.getText(), from == null ? "" : packageOf(from));
            if (onlyEchoesAParserError || onlyEchoesADuplicateName || text == null) {
                continue;
            }
            Matcher function = FUNCTION_ERRORS.matcher(text.strip().replaceAll("\\s+", " "));
            List<ConsequenceLines.Error> placed = from == null ? null
                    : consequences.get(ConsequenceLines.key(sources, from, message.getLine()));
            if (function.matches()) {
                errors.addAll(describeFunction(sources, message, function.group(1), echoes));
            } else if (text.strip().startsWith(CONSEQUENCE_ERROR) && placed != null) {
                errors.addAll(consequenceErrors(from, placed, echoes));
            } else {
                errors.add(describe(sources, message.getPath(), text, message.getLine(), message.getColumn()));
            }
        }
        if (errors.isEmpty() && !messages.isEmpty()) { // all taken for echoes: say what Drools said rather than nothing
            messages.forEach(message -> errors.add(describe(sources, message.getPath(), message.getText(), message.getLine(),
                    message.getColumn())));
        }
        if (!errors.isEmpty()) { // each once: Drools may say one thing in several messages
            throw new RuleBookException(new ArrayList<>(new java.util.LinkedHashSet<>(errors)));
        }
        KieBase kieBase = services.newKieContainer(release).newKieBase(CompiledRules.immutable());
        List<String> mismatches = literalMismatches(kieBase, sources);
        if (!mismatches.isEmpty()) {
            throw new RuleBookException(mismatches);
        }
        return kieBase;
    }

    /**
     * One {@code file:line:column: text} for each error of the Java compiler in a consequence, at
     * the line that holds it (column: where its code starts), without those that echo a fault
     * reported elsewhere.
     */
    private static List<String> consequenceErrors(DrlSource from, List<ConsequenceLines.Error> placed, Echoes echoes) {
        String[] source = from.text().split("\\R", -1);
        List<String> errors = new ArrayList<>();
        for (ConsequenceLines.Error error : placed) {
            if (echoes.echo(error.message(), packageOf(from))) {
                continue;
            }
            int line = error.line() >= 1 && error.line() <= source.length ? error.line() : 0;
            String text = line == 0 ? "" : source[line - 1];
            Matcher then = THEN.matcher(text);
            String code = text.substring(then.lookingAt() ? then.end() : 0); // code may follow "then" on its line
            int column = error.inEval() ? text.indexOf("eval") + 1 : text.length() - code.stripLeading().length() + 1;
            errors.add((line > 0 ? from.display() + ":" + line + ":" + column : from.display())
                    + (error.inEval() ? ": the eval does not compile: " : ": the consequence does not compile: ")
                    + error.message().strip().replaceAll("\\s+", " ").replaceAll("for the type Rule_\\S+", "in this rule"));
        }
        return errors;
    }

    /** Each comparison of a field with a literal that cannot work as meant ({@link Literals}), placed. */
    private static List<String> literalMismatches(KieBase kieBase, List<DrlSource> sources) {
        List<String> mismatches = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Set<String> placed = new HashSet<>(); // a comparison written twice is placed at each
                for (Conditions.Constrained constrained : Conditions.mvelConstraints(rule)) {
                    if (constrained.factType() == null) {
                        continue;
                    }
                    for (Literals.Mismatch mismatch : Literals.in(constrained.factType(), constrained.constraint().getExpression())) {
                        String literal = mismatch.literal();
                        mismatches.add(placeOf(sources, (RuleImpl) rule, placed, written(mismatch.code()),
                                written(mismatch.code().replace('"', '\'')), afterOperator(mismatch.field(), literal),
                                anywhere(literal), anywhere(literal.replace('"', '\''))) + ": rule \"" + rule.getName() + "\": "
                                + mismatch.code() + " " + mismatch.why());
                    }
                }
            }
        }
        return mismatches;
    }

    /** Where a text is in a line of a rule, from a column on. */
    private interface Finder {
        /** The column (from 0) at or after {@code from} where the text starts in {@code line}, or -1. */
        int find(String line, int from);
    }

    /**
     * {@code file:line:column} of the first place that one of {@code finders} (tried in order)
     * finds in {@code rule}'s conditions and is not yet in {@code placed} (to which it is added):
     * searched from its {@code when} to its {@code then}, comments left out. Else the rule's first
     * line; else the rule's file.
     */
    private static String placeOf(List<DrlSource> sources, RuleImpl rule, Set<String> placed, Finder... finders) {
        DrlSource source = rule.getResource() == null ? null : source(sources, rule.getResource().getSourcePath());
        if (source == null) {
            return "(rules)";
        }
        String[] lines = withoutComments(source.text()).split("\\R", -1);
        Pattern header = Pattern.compile("^\\s*rule\\s+([\"']?)" + Pattern.quote(rule.getName()) + "\\1(\\s|$)");
        int start = 0;
        while (start < lines.length && !header.matcher(lines[start]).find()) {
            start++;
        }
        if (start == lines.length) {
            return source.display();
        }
        for (Finder finder : finders) {
            boolean conditions = false;
            for (int i = start; i < lines.length && (i == start || !END.matcher(lines[i]).lookingAt()); i++) {
                if (THEN.matcher(lines[i]).lookingAt()) {
                    break;
                }
                conditions |= WHEN.matcher(lines[i]).lookingAt();
                for (int column = conditions ? finder.find(lines[i], 0) : -1; column >= 0; column = finder.find(lines[i], column + 1)) {
                    String place = source.display() + ":" + (i + 1) + ":" + (column + 1);
                    if (placed.add(place)) {
                        return place;
                    }
                }
            }
        }
        return source.display() + ":" + (start + 1) + ":1";
    }

    /** Finds {@code code} as written, spaces aside (Drools writes {@code type!=5} as {@code type != 5}). */
    private static Finder written(String code) {
        return (line, from) -> indexIgnoringSpaces(line, code, from);
    }

    /**
     * Finds {@code literal} after {@code field} and an operator Drools rewrites, so that the
     * comparison's text is not in the file: {@code x in ("a", "b")} (written {@code x == "a" ||
     * x == "b"}), {@code x not contains "a"}, {@code x excludes "a"}; in double or single quotes.
     */
    private static Finder afterOperator(String field, String literal) {
        Pattern operator = Pattern.compile("(?<![\\w.$])" + Pattern.quote(field)
                + "\\s*(?:(?:not\\s+)?in\\s*(\\()|(?:not\\s+)?(?:contains|excludes|memberOf)\\s*)");
        return (line, from) -> {
            Matcher found = operator.matcher(line);
            while (found.find()) {
                // an in list runs to its ")"; another operator takes the literal right after it
                int end = found.start(1) >= 0 ? (line.indexOf(')', found.end()) < 0 ? line.length() : line.indexOf(')', found.end()))
                        : found.end() + literal.length();
                for (String form : literal.startsWith("\"") ? List.of(literal, literal.replace('"', '\'')) : List.of(literal)) {
                    int at = line.indexOf(form, Math.max(from, found.end()));
                    if (at >= 0 && at + form.length() <= end) {
                        return at;
                    }
                }
            }
            return -1;
        };
    }

    /** Finds {@code literal} anywhere: the last resort, for a comparison written the other way round or over lines. */
    private static Finder anywhere(String literal) {
        return (line, from) -> line.indexOf(literal, from);
    }

    /** {@code text} with its comments made spaces, so that lines and columns stay. */
    private static String withoutComments(String text) {
        return COMMENT.matcher(text).replaceAll(comment -> comment.group().replaceAll("[^\\r\\n]", " "));
    }

    /** Where {@code code} starts in {@code line}, at or after {@code from}, when spaces do not count, or -1. */
    private static int indexIgnoringSpaces(String line, String code, int from) {
        String wanted = code.replaceAll("\\s+", "");
        for (int start = from; start < line.length(); start++) {
            int at = start;
            int matched = 0;
            while (matched < wanted.length() && at < line.length()) {
                if (Character.isWhitespace(line.charAt(at))) {
                    at++;
                } else if (line.charAt(at) == wanted.charAt(matched)) {
                    at++;
                    matched++;
                } else {
                    break;
                }
            }
            if (matched == wanted.length() && !Character.isWhitespace(line.charAt(start))) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Drools reads rule metadata names as type names as well: {@code @profile(...)} on a rule hides
     * the fact type {@code Profile}. Name such clashes before Drools gives a puzzling error.
     */
    private static List<String> metadataClashes(List<DrlSource> sources) {
        List<String> clashes = new ArrayList<>();
        Pattern metadata = Pattern.compile("@(source|profile|context|protocol)\\s*\\(");
        sources.forEach(source -> {
            String[] lines = source.text().split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher matcher = metadata.matcher(lines[i]);
                if (matcher.find()) {
                    clashes.add(source.display() + ":" + (i + 1) + ":" + (matcher.start() + 1) + ": metadata @"
                            + matcher.group(1) + " clashes with a fact type in Drools; write @"
                            + (matcher.group(1).equals("source") ? "sources" : matcher.group(1).equals("profile")
                                    ? "thresholds" : matcher.group(1) + "Info") + " instead");
                }
            }
        });
        return clashes;
    }

    private static synchronized int nextBuild() {
        return ++builds;
    }

    /** A property that a fact type lacks, as Drools names it: the class and the property. */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    /** "; did you mean ...?" for a fact type or a property that is not there but one close is, else "". */
    private static String meant(String text) {
        Matcher type = UNKNOWN_OBJECT_TYPE.matcher(text);
        if (type.find()) {
            return FactTypes.typeMeant(type.group(1));
        }
        Matcher property = UNKNOWN_PROPERTY.matcher(text);
        return property.find() ? FactTypes.propertyMeant(property.group(1), property.group(2)) : "";
    }

    /**
     * {@code file:line:column: text}. The DRL parser reports its position only in the text
     * ({@code [ERR 102] Line 116:4 ...}, the column counted from 0): that position is used, and
     * taken out of the text.
     */
    private static String describe(List<DrlSource> sources, String path, String message, int line, int column) {
        String file = display(sources, path);
        DrlSource drl = source(sources, path);
        String[] source = drl == null ? new String[0] : drl.text().split("\\R", -1);
        String text = message.strip().replaceAll("\\s+", " ");
        column = Math.max(1, column);
        Matcher position = PARSER_POSITION.matcher(text);
        Matcher near = NEAR.matcher(text);
        Matcher duplicated = DUPLICATED_ANNOTATION.matcher(text);
        Matcher objectType = UNKNOWN_OBJECT_TYPE.matcher(text);
        Matcher imported = IMPORT_FAILED.matcher(text);
        int[] importAt = imported.matches() ? importOf(source, imported.group(1)) : null;
        if (importAt != null) { // Drools gives no line, or the first
            line = importAt[0];
            column = importAt[1];
        } else if (position.find()) {
            line = Integer.parseInt(position.group(1));
            column = Integer.parseInt(position.group(2)) + 1;
            text = text.substring(position.end());
        } else if (text.startsWith(CONSEQUENCE_ERROR) && line > 0) {
            // Drools places it at the rule; the error is in the code after its "then", or in an eval of its
            // conditions, which the Java compiler compiles with it
            boolean evals = false;
            for (int i = line - 1; i < source.length && (i == line - 1 || !END.matcher(source[i]).lookingAt()); i++) {
                if (THEN.matcher(source[i]).lookingAt() && i + 1 < source.length) {
                    line = i + 2;
                    column = source[i + 1].length() - source[i + 1].stripLeading().length() + 1;
                    break;
                }
                evals |= EVAL.matcher(withoutComments(source[i])).find();
            }
            // one error on each line of Drools' text: keep them apart
            text = (evals ? "the consequence or an eval does not compile: " : "the consequence does not compile: ")
                    + String.join("; ", message.strip().substring(CONSEQUENCE_ERROR.length()).lines().map(String::strip)
                            .filter(l -> !l.isEmpty()).toList()).replaceAll("for the type Rule_\\S+", "in this rule");
        } else if (near.find() && lineHolding(source, near.group(1).strip(), line) > 0) {
            line = lineHolding(source, near.group(1).strip(), line); // the same line, or the one line Drools did not give
            column = source[line - 1].indexOf(near.group(1).strip()) + 1;
            Matcher analysis = UNANALYSABLE.matcher(text);
            if (analysis.find()) { // the rest repeats the place, which the position now gives
                text = "cannot read the condition " + analysis.group(1) + ": " + analysis.group(2);
            }
        } else if (objectType.find() && lineHolding(source, objectType.group(1), line) > 0) {
            line = lineHolding(source, objectType.group(1), line); // Drools gives column 1
            Matcher type = Pattern.compile("\\b" + objectType.group(1) + "\\s*\\(").matcher(source[line - 1]);
            column = type.find() ? type.start() + 1 : column;
        } else if (duplicated.find() && line <= 0) {
            int[] at = secondAnnotation(source, duplicated.group(1));
            if (at != null) {
                line = at[0];
                column = at[1];
            }
        }
        return (line > 0 ? file + ":" + line + ":" + column : file) + ": " + text + meant(text) + alsoDefinedIn(sources, text, file);
    }

    /**
     * What Drools says again and again after one fault, so that only the fault is reported:
     * <ul>
     * <li>a DRL function that does not compile (by name, and the class Drools makes of it,
     * {@code pkg.ExpShown} for {@code expShown}): Drools says that it cannot import the class
     * ({@code Error importing : 'pkg.ExpShown.expShown'}), and in each rule and function that
     * calls one, or only imports it as every other does, that the class and method are not there;
     * <li>an import that does not resolve, which Drools reports at the import ({@code Error
     * importing : 'x.Y'}) and again in every rule and function of the file, whose Java classes all
     * carry the file's imports.
     * <li>a global whose class is not found ({@code global x.FindingSnk findings}), reported at the
     * global, after which every consequence that uses it, in every file, says that
     * {@code findings cannot be resolved}.
     * </ul>
     */
    private record Echoes(Set<String> functions, Set<String> classes, Set<String> imports, Set<String> unresolvedTypes,
            Set<String> globals) {

        static Echoes of(List<DrlSource> sources, List<Message> messages) {
            Set<String> functions = new HashSet<>(); // package.name
            Set<String> classes = new HashSet<>();
            Set<String> imports = new HashSet<>();
            Set<String> unresolvedTypes = new HashSet<>();
            Set<String> globals = new HashSet<>(); // whose class was not found
            for (Message message : messages) {
                Matcher type = TYPE_NOT_RESOLVED.matcher(message.getText());
                while (type.find()) {
                    unresolvedTypes.add(type.group(1));
                }
                Matcher function = FUNCTION_ERRORS.matcher(message.getText().strip().replaceAll("\\s+", " "));
                Matcher first = function.matches() ? FUNCTION_ERROR.matcher(function.group(1)) : null;
                DrlSource source = source(sources, message.getPath());
                if (first != null && first.lookingAt() && source != null) {
                    String name = undoubled(first.group(1), source);
                    functions.add(packageOf(source) + "." + name);
                    classes.add(packageOf(source) + "." + Character.toUpperCase(name.charAt(0)) + name.substring(1));
                }
                Matcher imported = IMPORT_FAILED.matcher(message.getText().strip());
                if (imported.matches()) {
                    imports.add(imported.group(1));
                }
                String[] lines = source == null ? new String[0] : source.text().split("\\R", -1);
                Matcher global = message.getText().startsWith("Unable to find class") && message.getLine() > 0
                        && message.getLine() <= lines.length ? GLOBAL.matcher(lines[message.getLine() - 1]) : null;
                if (global != null && global.lookingAt()) {
                    globals.add(global.group(1));
                }
            }
            return new Echoes(functions, classes, imports, unresolvedTypes, globals);
        }

        /**
         * {@code text}, an error in a file of package {@code pkg}, without the lines that only echo
         * a fault reported elsewhere; null when nothing else is left.
         */
        String without(String text, String pkg) {
            Matcher imported = IMPORT_FAILED.matcher(text.strip());
            if (imported.matches()) { // a broken function's class; a bad import is reported here, at the import
                String name = imported.group(1);
                return name.lastIndexOf('.') > 0 && classes.contains(name.substring(0, name.lastIndexOf('.'))) ? null : text;
            }
            Matcher condition = CONDITION_CALL_UNRESOLVED.matcher(text);
            Matcher call = UNANALYSED_CALL.matcher(text.strip());
            if (condition.find() && functions.contains(pkg + "." + condition.group(1))
                    || call.matches() && functions.contains(pkg + "." + call.group(1))) {
                return null; // a condition that calls the broken function
            }
            if (!text.strip().startsWith(CONSEQUENCE_ERROR)) {
                return text;
            }
            List<String> lines = text.strip().substring(CONSEQUENCE_ERROR.length()).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).filter(line -> !echo(line, pkg)).toList();
            return lines.isEmpty() ? null : CONSEQUENCE_ERROR + "\n" + String.join("\n", lines);
        }

        /**
         * True for an error that only follows from a fault reported elsewhere: a broken function's
         * class or method not there ({@code The import pkg.ExpShown cannot be resolved},
         * {@code The import pkg.ExpShown.expShown cannot be resolved}, {@code The method
         * expShown(BigDecimal) is undefined}), its parameter type, which the Java compiler names at
         * its place too ({@code Unable to resolve type Strng while building function}), or an import
         * Drools reported at the import ({@code Only a type can be imported. x.Y resolves to a package}).
         */
        boolean echo(String line, String pkg) {
            Matcher importError = IMPORT_ERROR.matcher(line);
            if (importError.lookingAt()) {
                String name = importError.group(1) != null ? importError.group(1) : importError.group(2);
                return imports.contains(name) || classes.contains(name)
                        || name.lastIndexOf('.') > 0 && classes.contains(name.substring(0, name.lastIndexOf('.')));
            }
            Matcher undefined = FUNCTION_UNDEFINED.matcher(line);
            Matcher type = UNRESOLVED_TYPE.matcher(line);
            Matcher unresolved = UNRESOLVED_NAME.matcher(line);
            return undefined.find() && functions.contains(pkg + "." + undefined.group(1))
                    || type.lookingAt() && unresolvedTypes.contains(type.group(1))
                    || unresolved.matches() && globals.contains(unresolved.group(1));
        }

        /**
         * The name of the function Drools names {@code name}: it writes it twice before some errors
         * ({@code expShownexpShown}), so a doubled name is taken for its half when {@code source}
         * declares a function of that name and none of the whole name ({@code dodo} stays itself).
         */
        static String undoubled(String name, DrlSource source) {
            int half = name.length() / 2;
            if (name.length() % 2 != 0 || !name.substring(0, half).equals(name.substring(half)) || source == null) {
                return name;
            }
            String code = withoutComments(source.text());
            return declares(code, name.substring(0, half)) && !declares(code, name) ? name.substring(0, half) : name;
        }

        private static boolean declares(String code, String function) {
            return code.lines().map(FUNCTION_DECLARATION::matcher).anyMatch(declared -> declared.find()
                    && declared.group(1).equals(function));
        }
    }

    /** Where each file of package {@code pkg} declares the function {@code name}, as file:line:column, in the order of the files. */
    private static List<String> functionDeclarations(List<DrlSource> sources, String pkg, String name) {
        List<String> found = new ArrayList<>();
        for (DrlSource source : sources) {
            if (!packageOf(source).equals(pkg)) {
                continue;
            }
            String[] lines = withoutComments(source.text()).split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher declared = FUNCTION_DECLARATION.matcher(lines[i]);
                if (declared.find() && declared.group(1).equals(name)) {
                    found.add(source.display() + ":" + (i + 1) + ":" + (declared.start(1) + 1));
                }
            }
        }
        return found;
    }

    /**
     * One {@code file:line:column: text} for each error of the Java compiler in a DRL function, at
     * the name it is about when its line holds it. Drools counts an error's line from the
     * function's first line as if the body began on the next one; it begins on the first line
     * after the opening brace that holds code.
     */
    private static List<String> describeFunction(List<DrlSource> sources, Message message, String errors,
            Echoes echoes) {
        String file = display(sources, message.getPath());
        DrlSource drl = source(sources, message.getPath());
        String[] source = drl == null ? new String[0] : drl.text().split("\\R", -1);
        String[] uncommented = drl == null ? new String[0] : withoutComments(drl.text()).split("\\R", -1); // no commented-out copy
        Matcher error = FUNCTION_ERROR.matcher(errors);
        String name = error.lookingAt() ? Echoes.undoubled(error.group(1), drl) : "";
        int start = 0;
        for (int i = 0; i < uncommented.length && start == 0; i++) {
            Matcher declared = FUNCTION_DECLARATION.matcher(uncommented[i]);
            start = declared.find() && declared.group(1).equals(name) ? i + 1 : 0;
        }
        Pattern call = Pattern.compile("\\b" + Pattern.quote(name) + "\\s*\\(");
        for (int i = 1; i < uncommented.length && start == 0 && !name.isEmpty(); i++) { // "function" on a line of its own
            start = uncommented[i - 1].strip().equals("function") && call.matcher(uncommented[i]).find() ? i + 1 : 0;
        }
        int body = start > 0 ? bodyLine(source, start) : 0;
        List<String> described = new ArrayList<>();
        error.reset();
        boolean any = false;
        while (error.find()) {
            any = true;
            String text = error.group(3);
            List<String> declared = ALREADY_DEFINED_TYPE.matcher(text).lookingAt() && drl != null
                    ? functionDeclarations(sources, packageOf(drl), name) : List.of();
            if (declared.size() > 1) { // Drools blames whichever file it built second: each definition after the first
                declared.subList(1, declared.size()).forEach(again -> described.add(again + ": function " + name
                        + " is defined again in package " + packageOf(drl) + " (first at " + declared.get(0) + "); give it another name"));
                continue;
            }
            if (echoes.echo(text, drl == null ? "" : packageOf(drl))) {
                continue; // reported elsewhere: another function's failure, a bad import, a parameter type
            }
            int given = Integer.parseInt(error.group(2));
            int[] imported = given < start ? importLine(source, text) : null; // the function's class holds the file's imports
            if (imported != null) {
                described.add(file + ":" + imported[0] + ":" + imported[1] + ": " + text);
                continue;
            }
            Matcher type = UNRESOLVED_TYPE.matcher(text);
            if (type.lookingAt() && start > 0) { // Drools' own, about the signature
                int at = source[start - 1].indexOf(type.group(1));
                described.add(file + ":" + start + ":" + (at + 1) + ": function " + name + " does not compile: unable to resolve"
                        + " the type " + type.group(1) + (type.group(1).contains("<")
                        ? "; a DRL function's signature names its types without type arguments (List, not List<String>)" : ""));
                continue;
            }
            int line = body > 0 ? given - start + body : start;
            line = line >= start && line <= source.length ? line : start;
            int column = 1;
            if (line > 0) {
                String code = source[line - 1];
                column = code.length() - code.stripLeading().length() + 1;
                Matcher named = NAMED_IN_ERROR.matcher(text);
                if (named.find()) {
                    String word = named.group(1) != null ? named.group(1) : named.group(2) != null ? named.group(2) : named.group(3);
                    Matcher at = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(code);
                    column = at.find() ? at.start() + 1 : column;
                }
            }
            described.add((line > 0 ? file + ":" + line + ":" + column : file) + ": function " + name + " does not compile: " + text);
        }
        return any ? described : List.of(describe(sources, message.getPath(), message.getText(), message.getLine(),
                message.getColumn()));
    }

    /** Line and column of the import an error of the Java compiler is about ({@code The import x.Y cannot be resolved}), or null. */
    private static int[] importLine(String[] source, String error) {
        Matcher named = IMPORT_ERROR.matcher(error);
        return named.find() ? importOf(source, named.group(1) != null ? named.group(1) : named.group(2)) : null;
    }

    /** Line and column of {@code name} in the file's import of it, or null. */
    private static int[] importOf(String[] source, String name) {
        Pattern imported = Pattern.compile("^\\s*import\\s+(?:function\\s+|static\\s+)?(" + Pattern.quote(name) + ")\\s*;?\\s*(//.*)?$");
        for (int i = 0; i < source.length; i++) {
            Matcher at = imported.matcher(source[i]);
            if (at.find()) {
                return new int[] {i + 1, at.start(1) + 1};
            }
        }
        return null;
    }

    /**
     * The first line of the body of the function declared on {@code start} that holds code (not
     * only spaces and comments), or 0.
     */
    private static int bodyLine(String[] source, int start) {
        boolean body = false;
        boolean blockComment = false;
        for (int i = start - 1; i < source.length; i++) {
            String line = source[i];
            int at = body ? 0 : line.indexOf('{') + 1;
            body |= at > 0;
            while (body && at < line.length()) {
                if (blockComment) {
                    int end = line.indexOf("*/", at);
                    blockComment = end < 0;
                    at = end < 0 ? line.length() : end + 2;
                } else if (line.startsWith("//", at)) {
                    at = line.length();
                } else if (line.startsWith("/*", at)) {
                    blockComment = true;
                    at += 2;
                } else if (Character.isWhitespace(line.charAt(at))) {
                    at++;
                } else {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /**
     * The line that holds {@code code}: {@code line} or the first line after it, before the rule's
     * {@code then}, that does (Drools gives the first line of a pattern written over several); for
     * an error Drools gives no line (a comparison of incompatible types), the only line that holds
     * it; else 0.
     */
    private static int lineHolding(String[] source, String code, int line) {
        if (line > 0) { // the pattern's first line; a constraint may be on a later line of it, up to "then"
            for (int i = line - 1; i < source.length && (i == line - 1 || !THEN.matcher(source[i]).lookingAt()
                    && !END.matcher(source[i]).lookingAt()); i++) {
                if (source[i].contains(code)) {
                    return i + 1;
                }
            }
            return 0;
        }
        int found = 0;
        for (int i = 0; i < source.length; i++) {
            if (source[i].contains(code)) {
                if (found > 0) {
                    return 0; // written twice: which one is meant is unknown
                }
                found = i + 1;
            }
        }
        return found;
    }

    /** Line and column of the first {@code @name(} that a rule carries twice, or null. */
    private static int[] secondAnnotation(String[] source, String name) {
        String annotation = "@" + name + "(";
        boolean seen = false;
        for (int i = 0; i < source.length; i++) {
            String code = source[i].strip();
            if (code.startsWith("rule ") || code.equals("when")) {
                seen = false;
            }
            for (int at = source[i].indexOf(annotation); at >= 0; at = source[i].indexOf(annotation, at + 1)) {
                if (seen) {
                    return new int[] {i + 1, at + 1};
                }
                seen = true;
            }
        }
        return null;
    }

    /** For a duplicate rule name, the other files of the same package that define it (Drools names only one). */
    private static String alsoDefinedIn(List<DrlSource> sources, String text, String file) {
        Matcher duplicate = DUPLICATE_NAME.matcher(text);
        if (!duplicate.matches()) {
            return "";
        }
        String name = Pattern.quote(duplicate.group(1));
        Pattern definition = Pattern.compile("^\\s*rule\\s+(\"" + name + "\"|'" + name + "'|" + name + "(?=\\s|$))",
                Pattern.MULTILINE);
        String pkg = sources.stream().filter(source -> source.display().equals(file)).map(DrlCompiler::packageOf)
                .findFirst().orElse(null);
        List<String> others = sources.stream().filter(source -> !source.display().equals(file))
                .filter(source -> packageOf(source).equals(pkg) && definition.matcher(source.text()).find())
                .map(DrlSource::display).toList();
        return others.isEmpty() ? "" : " (also defined in " + String.join(", ", others)
                + "; rule names must be unique within a package)";
    }

    /** A file's package, as Drools reads it: comments do not count, and no declaration is {@code defaultpkg}. */
    private static String packageOf(DrlSource source) {
        String code = COMMENT.matcher(source.text()).replaceAll(" ");
        Matcher declaration = PACKAGE.matcher(code);
        return declaration.find() ? declaration.group(1) : "defaultpkg";
    }

    /** The display name of the source at {@code path} in the KIE module. */
    static String display(List<DrlSource> sources, String path) {
        if (path == null) {
            return "(rules)";
        }
        DrlSource source = source(sources, path);
        return source == null ? path : source.display();
    }

    /**
     * The source at {@code path} in the KIE module (as Drools names it, with or without the module's
     * root), or null. Matched by its whole module path: a site file {@code site1/chr/chr.drl} is not
     * the bundled {@code chr/chr.drl}.
     */
    static DrlSource source(List<DrlSource> sources, String path) {
        if (path == null) {
            return null;
        }
        for (DrlSource source : sources) {
            String inModule = MODULE_DIRECTORY + source.kiePath(); // base/... or siteN/...: one source at most
            if (path.equals(inModule) || path.endsWith("/" + inModule)) {
                return source;
            }
        }
        return null;
    }

    /** The last directory of {@link #MODULE_ROOT}, which Drools keeps in the paths it gives. */
    private static final String MODULE_DIRECTORY = "rules/";
}
