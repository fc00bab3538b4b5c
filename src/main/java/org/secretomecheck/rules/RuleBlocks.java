package org.secretomecheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of each rule of a DRL file, {@code rule ... when ... then ... end}. When Drools cannot
 * parse a file, a rule without its {@code then} or its {@code end} is the usual cause, and Drools'
 * own message then names a token lines away ({@code mismatched input 'findings'} in the next rule,
 * {@code '<eof>'}), or the Java compiler complains about the next block taken for code. This
 * names the rule and what it lacks.
 *
 * <p>It reads the text with comments and strings blanked out, and is cautious, since it only
 * explains an error Drools found: a rule starts at {@code rule} followed by a quoted name or a
 * name at the start of a line; while it is open, {@code then} ends its conditions wherever it
 * stands, and {@code end} ends it alone on a line or after the last statement of a one-line rule;
 * the next rule, or a {@code declare}, {@code function}, {@code query}, {@code import} or
 * {@code global} written as DRL writes them at the start of a line, ends the file's rule that is
 * still open.
 */
final class RuleBlocks {

    /** Comments and strings, which may span lines in DRL; what they hold is not DRL. */
    private static final Pattern NOT_CODE = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|/\\*(?s:.*?)\\*/|//[^\\n]*");
    /** A rule's first line: {@code rule "name"} or {@code rule name} (a Java statement {@code rule = x;} is none). */
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"|[A-Za-z_][\\w$.-]*\\s*($|@|extends\\b|when\\b))");
    /** The other blocks of a DRL file, as DRL writes them, which Java code does not. */
    private static final Pattern BLOCK = Pattern.compile("^\\s*(?:(declare)\\s+[A-Z]\\w*\\s*(?:extends\\s+\\S+\\s*)?(?:@.*)?$"
            + "|(function)\\s+[\\w.<>\\[\\]]+\\s+\\w+\\s*\\(|(query)\\s+(?:\"|\\w+\\s*(?:\\(|$))"
            + "|(import)\\s+(?:function\\s+|static\\s+)?[\\w.]+(?:\\.\\*)?\\s*;?\\s*$|(global)\\s+[\\w.]+\\s+\\w+\\s*;?\\s*$)");
    /** A line that starts with the word of another block, outside comments and strings. */
    private static final Pattern BLOCK_WORD = Pattern.compile("^\\s*(?:declare|function|query|import|global)\\s");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");
    /** A rule's end: alone on its line, or after the last statement of a one-line rule ({@code int end} is a name). */
    static final Pattern END = Pattern.compile("^\\s*end\\s*$|[;}]\\s*end\\s*$");
    /** A line that starts with the word {@code rule}, outside comments and strings. */
    private static final Pattern RULE_WORD = Pattern.compile("^\\s*rule\\s");

    /** A rule that lacks its then or end: the line it starts on, and {@code file:line:column: message}. */
    record Fault(int line, String text) {}

    private RuleBlocks() {}

    /** What each rule of {@code source} lacks; empty when every rule is whole. */
    static List<Fault> faults(DrlSource source) {
        String[] raw = source.text().split("\\R", -1);
        String[] code = blanked(source.text()).split("\\R", -1);
        List<Fault> faults = new ArrayList<>();
        int open = 0; // the line of the rule not yet ended, or 0
        boolean then = false;
        for (int i = 0; i < code.length; i++) {
            boolean rule = RULE_WORD.matcher(code[i]).lookingAt() && RULE.matcher(raw[i]).lookingAt(); // the name is blanked
            // the word outside comments and strings; the shape as written (a query's name is a string)
            Matcher block = BLOCK.matcher(BLOCK_WORD.matcher(code[i]).lookingAt() ? raw[i] : "");
            if (open > 0 && (rule || block.lookingAt())) {
                faults.add(fault(source, raw, open, then ? "end" : "then and no end",
                        "before the " + (rule ? "rule" : word(block)) + " on line " + (i + 1)));
                open = 0;
            }
            if (rule) {
                open = i + 1;
                then = false;
            }
            if (open > 0) {
                then |= THEN.matcher(code[i]).find();
                if (END.matcher(code[i]).find()) {
                    if (!then) {
                        faults.add(fault(source, raw, open, "then", "before its end on line " + (i + 1)));
                    }
                    open = 0;
                }
            }
        }
        if (open > 0) {
            faults.add(fault(source, raw, open, then ? "end" : "then and no end", "before the end of the file"));
        }
        return faults;
    }

    /** The rule starting on {@code line} lacks {@code lacks}, {@code where}. */
    private static Fault fault(DrlSource source, String[] raw, int line, String lacks, String where) {
        String text = raw[line - 1];
        Matcher name = NAME.matcher(text);
        return new Fault(line, source.display() + ":" + line + ":" + (text.length() - text.stripLeading().length() + 1) + ": rule "
                + (name.lookingAt() ? name.group(1) : "") + " has no " + lacks + " " + where);
    }

    /** A rule's name as written, quotes and escapes included. */
    private static final Pattern NAME = Pattern.compile("^\\s*rule\\s+(\"(?:\\\\.|[^\"\\\\])*\"|\\S+)");

    private static String word(Matcher block) {
        for (int group = 1; group <= block.groupCount(); group++) {
            if (block.group(group) != null) {
                return block.group(group);
            }
        }
        return "block";
    }

    /** {@code text} with comments and strings blanked out, lines and columns kept. */
    private static String blanked(String text) {
        StringBuilder code = new StringBuilder(text);
        Matcher skipped = NOT_CODE.matcher(text);
        while (skipped.find()) {
            for (int i = skipped.start(); i < skipped.end(); i++) {
                if (code.charAt(i) != '\n' && code.charAt(i) != '\r') {
                    code.setCharAt(i, ' ');
                }
            }
        }
        return code.toString();
    }
}
