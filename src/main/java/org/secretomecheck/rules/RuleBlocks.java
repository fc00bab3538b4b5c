package org.secretomecheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of each rule of a DRL file, {@code rule ... when ... then ... end}, read from the
 * keywords that start its lines. When Drools cannot parse a file, a rule without its {@code then}
 * or its {@code end} is the usual cause, and Drools' own message then names a token lines away
 * ({@code mismatched input 'findings'} in the next rule, {@code '<eof>'}), or the Java compiler
 * complains about the next rule's text taken for code. This names the rule and what it lacks.
 */
final class RuleBlocks {

    /** A rule's first line: its name quoted, or a name alone ({@code rule = x;} in Java code is none). */
    private static final Pattern RULE = Pattern.compile("^\\s*(rule)\\s+(\"[^\"]*\"|[A-Za-z_][\\w$.-]*(?=\\s|$))");
    private static final Pattern KEYWORD = Pattern.compile("^\\s*(when|then|end|declare|function|query|import|global)\\b");

    private RuleBlocks() {}

    /** What each rule of {@code source} lacks, as {@code file:line:column: message}; empty when every rule is whole. */
    static List<String> faults(DrlSource source) {
        String[] raw = source.text().split("\\R", -1);
        String[] code = ForbiddenCalls.withoutComments(source.text()).split("\\R", -1);
        List<String> faults = new ArrayList<>();
        int open = 0; // the line of the rule not yet ended, or 0
        String name = null;
        boolean then = false;
        for (int i = 0; i < code.length; i++) {
            Matcher keyword = RULE.matcher(code[i]);
            if (!keyword.lookingAt() && !(keyword = KEYWORD.matcher(code[i])).lookingAt()) {
                continue;
            }
            String word = keyword.group(1);
            if (open > 0 && (word.equals("rule") || !word.equals("when") && !word.equals("then") && !word.equals("end"))) {
                faults.add(at(source, open, raw) + ": rule " + name + " has no " + (then ? "end" : "then and no end")
                        + " before the " + word + " on line " + (i + 1));
                open = 0;
            }
            switch (word) {
                case "rule" -> {
                    Matcher rule = RULE.matcher(raw[i]); // the name as written, not blanked
                    open = i + 1;
                    name = rule.lookingAt() ? rule.group(2) : keyword.group(2);
                    then = false;
                }
                case "then" -> then = open > 0;
                case "end" -> {
                    if (open > 0 && !then) {
                        faults.add(at(source, open, raw) + ": rule " + name + " has no then before its end on line " + (i + 1));
                    }
                    open = 0;
                }
                default -> { }
            }
        }
        if (open > 0) {
            faults.add(at(source, open, raw) + ": rule " + name + " has no " + (then ? "end" : "then and no end")
                    + " before the end of the file");
        }
        return faults;
    }

    private static String at(DrlSource source, int line, String[] raw) {
        return source.display() + ":" + line + ":" + (raw[line - 1].length() - raw[line - 1].stripLeading().length() + 1);
    }
}
