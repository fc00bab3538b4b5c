package org.secretomecheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules judge a protocol; they do not steer the engine. DRL code that reaches the session, its
 * agenda or the knowledge base ({@code drools.getKieRuntime().getAgenda().clear()}, say) could
 * keep other rules from running, and their criteria would count as met unchecked, so such code is
 * refused when the rules are compiled, at the call (a compiled rule set, cached, passed this
 * check when it was compiled by the same tool). (At run time the judge refuses, for the one protocol,
 * a rule that halts the engine, clears an agenda group, or deletes or updates a fact it inserted.)
 * Rules remain Java code run with the tool's rights: review site rules as code.
 */
final class EngineAccess {

    /** Comments and string literals, whose words are not calls. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'|/\\*(?s:.*?)\\*/|//[^\\n]*");

    /** Calls that reach the engine from a consequence or a DRL function. */
    private static final Pattern REACH = Pattern.compile("\\b(getKieRuntime|getKnowledgeRuntime|getAgenda|getKieBase"
            + "|getKnowledgeBase|getWorkingMemory|getEntryPoints?|cancelMatch)\\s*\\(");

    private EngineAccess() {}

    static void check(List<DrlSource> sources) throws RuleBookException {
        List<String> errors = new ArrayList<>();
        for (DrlSource source : sources) {
            String code = blank(source.text());
            Matcher call = REACH.matcher(code);
            long reported = 0;
            while (call.find()) {
                int lineStart = code.lastIndexOf('\n', call.start()) + 1;
                long line = code.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
                if (line == reported) {
                    continue; // the first call of a line is enough
                }
                reported = line;
                errors.add(source.display() + ":" + line + ":" + (call.start() - lineStart + 1) + ": rule code may not reach"
                        + " the rule engine (" + call.group(1) + "): clearing the agenda or changing the session could keep"
                        + " other rules from running, and their criteria would count as met unchecked; a rule matches"
                        + " facts and records findings");
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleBookException(errors);
        }
    }

    /** {@code text} with comments and string literals blanked out, lines and columns kept. */
    private static String blank(String text) {
        StringBuilder code = new StringBuilder(text);
        Matcher skipped = NOT_CODE.matcher(text);
        while (skipped.find()) {
            for (int i = skipped.start(); i < skipped.end(); i++) {
                if (code.charAt(i) != '\n') {
                    code.setCharAt(i, ' ');
                }
            }
        }
        return code.toString();
    }
}
