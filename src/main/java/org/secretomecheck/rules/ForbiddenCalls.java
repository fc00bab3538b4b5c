package org.secretomecheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules judge a protocol; they neither steer the engine nor depend on anything but the protocol
 * and the profile. DRL code (a consequence, a condition, a function) that makes one of the calls
 * below is refused when the rules are compiled, at the call (a compiled rule set, cached, passed
 * this check when it was compiled by the same tool). Comments and string literals do not count.
 * At run time the judge refuses, for the one protocol, what this text check cannot see: a rule
 * that halts the engine, clears an agenda group, or inserts, deletes or updates a fact of the
 * judgment. Rules remain Java code run with the tool's
 * rights, so site rules are reviewed as code.
 */
final class ForbiddenCalls {

    /** Comments and string literals, whose words are not calls. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'|/\\*(?s:.*?)\\*/|//[^\\n]*");

    private static final String ENGINE = "getKieRuntime|getKnowledgeRuntime|getAgenda|getKieBase|getKnowledgeBase"
            + "|getWorkingMemory|getEntryPoints?|cancelMatch|getAgendaGroup|getActivations|getRuleAgendaItem";

    /** Classes whose construction, by {@code new} or {@code ::new}, opens a file, a process or a connection. */
    private static final String WRITERS = "File|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile"
            + "|ProcessBuilder|Socket|ServerSocket|DatagramSocket|URL|ZipFile|JarFile|PrintWriter|PrintStream|Formatter"
            + "|FileHandler";

    /** A kind of call that rules may not make, and why. */
    private record Kind(Pattern calls, String why) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(Pattern.compile(calls(ENGINE)
                    + "|\\.\\s*(?:kieRuntime|knowledgeRuntime|agenda|kieBase|knowledgeBase|workingMemory|entryPoints?)\\b"),
                    "reach the rule engine: clearing the agenda or changing the session could keep other rules from"
                            + " running, and their criteria would count as met unchecked"),
            new Kind(Pattern.compile(calls("setAccessible|trySetAccessible|getDeclared(?:Field|Method|Constructor)s?"
                    + "|privateLookupIn")),
                    "reach private state by reflection: it could drop findings or change facts unseen"),
            new Kind(Pattern.compile(calls("getRuntime")),
                    "use Runtime.getRuntime(), whose halt() ends the run with any exit code and no report"),
            new Kind(Pattern.compile(members("System", "exit")),
                    "end the run: System.exit would leave the other protocols unchecked and the report incomplete"),
            new Kind(Pattern.compile(members("Files|Paths|FileSystems|File|FileChannel|AsynchronousFileChannel|SocketChannel"
                    + "|ServerSocketChannel|DatagramChannel|AsynchronousSocketChannel|AsynchronousServerSocketChannel"
                    + "|HttpClient|InetAddress", "\\w+") + "|" + members("Path", "of")
                    + "|" + calls("toURL|openStream|openConnection")
                    + "|\\bnew\\s+(?:[\\w$]+\\s*\\.\\s*)*(?:" + WRITERS + ")\\s*\\("
                    + "|(?<![\\w$])(?:" + WRITERS + ")\\s*::\\s*new\\b"),
                    "reach files, processes or the network: a rule judges the protocol and the profile alone, and the same"
                            + " inputs must always give the same findings"),
            new Kind(Pattern.compile(calls("currentTimeMillis|nanoTime|random|randomUUID|identityHashCode|now|getenv|getProperties|getProperty"
                    + "|setProperty|clearProperty")
                    + "|\\bnew\\s+(?:java\\.util\\.)?(?:Random|SecureRandom|SplittableRandom)\\b|\\bThreadLocalRandom\\b"
                    + "|\\bnew\\s+(?:java\\.util\\.)?(?:Date|GregorianCalendar)\\s*\\(\\s*\\)"
                    + "|" + members("Calendar", "getInstance") + "|" + members("Clock", "system\\w*")
                    + "|" + members("Integer|Long|Boolean", "getInteger|getLong|getBoolean")
                    + "|" + members("TimeZone", "getDefault") + "|" + members("ZoneId", "systemDefault")),
                    "depend on the clock, chance or the environment: the same protocol must always give the same"
                            + " findings (a rule that needs the date reads the check date, --as-of, from Context( checkDate ))"),
            new Kind(Pattern.compile("\\bSystem\\s*\\.\\s*(?:out|err|in|console|setOut|setErr|setIn)\\b"),
                    "use the console: what a rule prints would mix into the report (a rule reports through findings)"));

    /** A call of one of {@code names} ({@code name(}), or a method reference to one ({@code ::name}). */
    private static String calls(String names) {
        return "\\b(?:" + names + ")\\s*\\(|::\\s*(?:" + names + ")\\b";
    }

    /**
     * A member of one of the classes {@code types}, named {@code names}, by call or method
     * reference; not a binding such as {@code $Files.getId()}.
     */
    private static String members(String types, String names) {
        return "(?<![\\w$])(?:" + types + ")\\s*(?:\\.|::)\\s*(?:" + names + ")\\b";
    }

    private ForbiddenCalls() {}

    static void check(List<DrlSource> sources) throws RuleBookException {
        List<String> errors = new ArrayList<>();
        for (DrlSource source : sources) {
            String code = blank(source.text());
            java.util.TreeMap<Integer, String> found = new java.util.TreeMap<>(); // by place in the file
            for (Kind kind : KINDS) {
                Matcher call = kind.calls().matcher(code);
                int lastLine = 0;
                while (call.find()) {
                    int line = (int) code.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
                    if (line != lastLine) { // the first call of a kind on a line is enough
                        lastLine = line;
                        int column = call.start() - code.lastIndexOf('\n', call.start() - 1);
                        found.put(call.start(), source.display() + ":" + line + ":" + column + ": rule code may not "
                                + kind.why() + " (" + call.group().replaceAll("[\\s(]+$", "") + ")");
                    }
                }
            }
            errors.addAll(found.values());
        }
        if (!errors.isEmpty()) {
            throw new RuleBookException(errors);
        }
    }

    /** {@code text} with comments and string literals blanked out, lines and columns kept. */
    private static String blank(String text) {
        return blank(text, true);
    }

    /** {@code text} with its comments blanked out, string literals kept, lines and columns kept. */
    static String withoutComments(String text) {
        return blank(text, false);
    }

    private static String blank(String text, boolean strings) {
        StringBuilder code = new StringBuilder(text);
        Matcher skipped = NOT_CODE.matcher(text);
        while (skipped.find()) {
            if (!strings && text.charAt(skipped.start()) != '/') {
                continue; // a string literal
            }
            for (int i = skipped.start(); i < skipped.end(); i++) {
                if (code.charAt(i) != '\n') {
                    code.setCharAt(i, ' ');
                }
            }
        }
        return code.toString();
    }
}
