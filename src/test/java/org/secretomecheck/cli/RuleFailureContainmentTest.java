package org.secretomecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site rule that fails for one protocol of a batch makes only that protocol not checked; a site
 * rule that does not compile stops the run before any protocol is judged; a rule that never
 * returns stops the run with exit code 2. ({@link CliTest} covers a throwing consequence and a
 * broken DRL with one protocol.)
 */
@Timeout(120)
class RuleFailureContainmentTest {

    private static final String DEVIATING_ID = "SEC-BM-EXO-007";

    @TempDir
    Path temp;

    private Path siteRule(String name, String when, String then) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        Files.writeString(dir.resolve(name + ".drl"), """
                package site
                import org.secretomecheck.protocol.*
                global org.secretomecheck.rules.FindingSink findings
                rule "SITE-01 check 1: %1$s"
                    @id("SITE-01") @check("1") @severity("minor") @target("id") @when("always") @message("m")
                    @title("Fails") @appliesTo("all") @rationale("test") @sources("none")
                when
                    %2$s
                then
                    %3$s
                end

                rule "SITE-02 check 1: every protocol"
                    @id("SITE-02") @check("1") @severity("minor") @target("id") @when("always") @message("judged")
                    @title("Judged") @appliesTo("all") @rationale("test") @sources("none")
                when
                    Protocol( )
                then
                    findings.report(kcontext);
                end
                """.formatted(name, when, then));
        return dir;
    }

    /** Checks three protocols with the bundled rules and the site rules of {@code site}. */
    private static JsonNode batch(Path site, String... options) throws IOException {
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of("check", "--site-rules",
                site.toString(), "--as-of", "2025-06-01", "--format", "json"));
        arguments.addAll(java.util.List.of(options));
        arguments.addAll(java.util.List.of(CliTest.COMPLIANT, CliTest.DEVIATING, CliTest.ADIPOSE));
        CliTest.Run run = CliTest.run(arguments.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEmpty();
        return new ObjectMapper().readTree(run.out());
    }

    /** The protocol with {@link #DEVIATING_ID} is not checked with a rule problem; the two others are checked. */
    private static void onlyTheDeviatingProtocolFailed(JsonNode report, String... messageParts) {
        assertThat(report.at("/summary/checked").asInt()).isEqualTo(2);
        assertThat(report.at("/summary/notChecked").asInt()).isEqualTo(1);
        for (JsonNode protocol : report.path("protocols")) {
            if (protocol.path("file").asText().equals(CliTest.DEVIATING)) {
                assertThat(protocol.path("status").asText()).isEqualTo("not_checked");
                assertThat(protocol.path("findings")).isEmpty();
                JsonNode problem = protocol.path("problems").get(0);
                assertThat(problem.path("kind").asText()).isEqualTo("rule");
                assertThat(problem.path("message").asText()).contains(messageParts).doesNotContain("\n");
            } else {
                assertThat(protocol.path("status").asText()).as(protocol.path("file").asText()).isEqualTo("checked");
            }
        }
        JsonNode adipose = report.path("protocols").get(2);
        assertThat(adipose.path("findings")).as("the protocol after the failing one is fully judged").isNotEmpty();
    }

    @Test
    void aConsequenceThatThrowsForOneProtocolSparesTheOthers() throws IOException {
        Path site = siteRule("throws", "Protocol( id == \"" + DEVIATING_ID + "\" )",
                "throw new IllegalStateException(\"boom for \" + \"" + DEVIATING_ID + "\");");
        onlyTheDeviatingProtocolFailed(batch(site), "SITE-01 check 1: throws", "boom",
                "(rule at " + site.resolve("throws.drl") + ":4:1)");
    }

    @Test
    void aConditionThatThrowsForOneProtocolSparesTheOthers() throws IOException {
        Path site = siteRule("condition", "Protocol( $id : id )\n    eval( $id.startsWith(\"SEC-BM-EXO\") && Integer.parseInt($id) > 0 )",
                "findings.report(kcontext);");
        onlyTheDeviatingProtocolFailed(batch(site), "rule \"SITE-01 check 1: condition\" failed", "SEC-BM-EXO-007",
                "condition.drl:4:1)");
    }

    /** Drools wraps an exception thrown by a pattern's constraint with the rule's name in its message only. */
    @Test
    void aConstraintThatThrowsForOneProtocolIsNamedWithItsRule() throws IOException {
        Path site = siteRule("constraint", "Protocol( id == \"" + DEVIATING_ID + "\" && Integer.parseInt(id) > 0 )",
                "findings.report(kcontext);");
        onlyTheDeviatingProtocolFailed(batch(site), "rule \"SITE-01 check 1: constraint\" failed",
                "For input string: \"" + DEVIATING_ID + "\"", "(rule at " + site.resolve("constraint.drl") + ":4:1)");
    }

    /**
     * MVEL compiles a constraint on its first use, when a fact is inserted outside any rule: one it
     * cannot compile (a text against a number, in a form the check at compile time does not read)
     * is named with its rule all the same.
     */
    @Test
    void aConstraintMvelCannotCompileIsNamedWithItsRule() throws IOException {
        Path site = siteRule("uncompiled", "Expansion( passageAtConditioning > (\"abc\") )", "findings.report(kcontext);");
        CliTest.Run run = CliTest.run("check", "--site-rules", site.toString(), "--as-of", "2025-06-01", CliTest.COMPLIANT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("rule \"SITE-01 check 1: uncompiled\" failed: MVEL cannot compile its constraint"
                + " passageAtConditioning > (\"abc\"): For input string: \"abc\" (rule at " + site.resolve("uncompiled.drl")
                + ":4:1)");
    }

    @Test
    void anErrorThrownInAConstraintIsNamedWithItsRule() throws IOException {
        Path dir = siteRule("assertion", "Protocol( refuse(id) )", "findings.report(kcontext);");
        Path drl = dir.resolve("assertion.drl");
        Files.writeString(drl, Files.readString(drl).replace("global org.secretomecheck.rules.FindingSink findings",
                "global org.secretomecheck.rules.FindingSink findings\nfunction boolean refuse(String id) {"
                        + " if (id.equals(\"" + DEVIATING_ID + "\")) { throw new AssertionError(\"refused \" + id); } return false; }"));
        onlyTheDeviatingProtocolFailed(batch(dir), "rule \"SITE-01 check 1: assertion\" failed: refused " + DEVIATING_ID,
                "(rule at " + drl + ":5:1)");
    }

    @Test
    void aRuleThatOverflowsTheStackForOneProtocolSparesTheOthers() throws IOException {
        Path dir = siteRule("recurses", "Protocol( id == \"" + DEVIATING_ID + "\" )", "down(1);");
        Path drl = dir.resolve("recurses.drl");
        Files.writeString(drl, Files.readString(drl).replace("global org.secretomecheck.rules.FindingSink findings",
                "global org.secretomecheck.rules.FindingSink findings\nfunction int down(int n) { return down(n + 1) + 1; }"));
        onlyTheDeviatingProtocolFailed(batch(dir), "rule \"SITE-01 check 1: recurses\" failed", "stack overflow");
    }

    @Test
    void aRuleThatLoopsForOneProtocolSparesTheOthers() throws IOException {
        Path site = siteRule("loops", "Protocol( id == \"" + DEVIATING_ID + "\" )\n"
                + "    Number( ) from accumulate( $o : Object( ), count( $o ) )", "insert(new Object());");
        onlyTheDeviatingProtocolFailed(batch(site), "a rule loops", "the last to fire: rule \"SITE-01 check 1: loops\"");
    }

    @Test
    void aMessagePlaceholderTheConsequenceDoesNotPassFailsThatProtocolInsteadOfPrintingNotRecorded() throws IOException {
        Path dir = siteRule("placeholder", "Protocol( id == \"" + DEVIATING_ID + "\" )", "findings.report(kcontext);");
        Path drl = dir.resolve("placeholder.drl");
        Files.writeString(drl, Files.readString(drl).replace("@message(\"m\")", "@message(\"below {minimum}\")"));
        onlyTheDeviatingProtocolFailed(batch(dir), "rule \"SITE-01 check 1: placeholder\" failed",
                "@message uses {minimum}, which the consequence does not pass");
    }

    @Test
    void aTargetPlaceholderTheConsequenceDoesNotPassFailsThatProtocolInsteadOfMovingTheFinding() throws IOException {
        Path dir = siteRule("target", "Protocol( id == \"" + DEVIATING_ID + "\" )", "findings.report(kcontext);");
        Path drl = dir.resolve("target.drl");
        Files.writeString(drl, Files.readString(drl).replace("@target(\"id\") @when(\"always\") @message(\"m\")",
                "@target(\"donor.eligibility.tests.{i}.result\") @when(\"always\") @message(\"m\")"));
        onlyTheDeviatingProtocolFailed(batch(dir), "@target uses {i}, which the consequence does not pass");
    }

    @ParameterizedTest(name = "i = {0}")
    @CsvSource(delimiter = '|', value = {
        "\"abc\" | the text \"abc\"",
        "null | null",
        "-1 | Integer -1",
        "1.5 | Double 1.5",
    })
    void aListIndexThatIsNotAWholeNumberFailsThatProtocolInsteadOfMergingItsItems(String i, String shown) throws IOException {
        Path dir = siteRule("index", "Protocol( id == \"" + DEVIATING_ID + "\" )", "findings.report(kcontext, \"i\", " + i + ");");
        Path drl = dir.resolve("index.drl");
        Files.writeString(drl, Files.readString(drl).replace("@target(\"id\") @when(\"always\") @message(\"m\")",
                "@target(\"donor.eligibility.tests.{i}.result\") @when(\"always\") @message(\"m\")"));
        onlyTheDeviatingProtocolFailed(batch(dir), "it passes the list index i as " + shown
                + "; i must be a whole number from 0 (the item's index)");
    }

    /** An object shown by its identity hash would make the report differ from run to run. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fact | $p | Protocol (an object",
        "list | java.util.List.of(\"a\", $p) | Protocol (an object",
        "array | new int[] {1, 2} | int[] (an array",
    })
    void aMessageArgumentShownByItsIdentityFailsThatProtocol(String name, String argument, String shown) throws IOException {
        Path dir = siteRule(name, "$p : Protocol( id == \"" + DEVIATING_ID + "\" )",
                "findings.report(kcontext, \"what\", " + argument + ");");
        Path drl = dir.resolve(name + ".drl");
        Files.writeString(drl, Files.readString(drl).replace("@message(\"m\")", "@message(\"saw {what}\")"));
        onlyTheDeviatingProtocolFailed(batch(dir), "it passes what as " + shown + " whose text is its identity, different"
                + " in every run); pass a value: a text, a number, a date or a list of them");
    }

    /** Values, and lists and maps of them, are shown; sets and maps with no order of their own sorted. */
    @Test
    void aMessageArgumentThatIsAValueIsShown() throws IOException {
        Path dir = siteRule("values", "$p : Protocol( $id : id, $d : effectiveDate )",
                "findings.report(kcontext, \"what\", java.util.List.of($id, $d, new java.math.BigDecimal(\"2.50\"),"
                        + " java.util.Map.of(\"k\", true, \"b\", java.util.Set.of(\"z\", \"y\", \"x\"))));");
        Path drl = dir.resolve("values.drl");
        Files.writeString(drl, Files.readString(drl).replace("@message(\"m\")", "@message(\"saw {what}\")"));
        CliTest.Run run = CliTest.run("check", "--site-rules", dir.toString(), "--as-of", "2025-06-01", CliTest.COMPLIANT);
        assertThat(run.code()).as(run.err()).isZero(); // minor findings only
        assertThat(run.out()).contains("saw [SEC-BM-EV-001, 2024-09-01, 2.5, {b=[x, y, z], k=true}]");
    }

    /** The check date is the one date a rule may use: the same protocol, checked as of the same date, gives the same findings. */
    @Test
    void aRuleReadsTheCheckDateFromTheContext() throws IOException {
        Path dir = siteRule("review", "org.secretomecheck.rules.Context( $today : checkDate )\n"
                + "    Protocol( effectiveDate != null, effectiveDate.plusYears(1).isBefore($today) )",
                "findings.report(kcontext);");
        Path drl = dir.resolve("review.drl");
        Files.writeString(drl, Files.readString(drl).replace("@message(\"m\")", "@message(\"due for review\")"));
        for (String asOf : new String[] {"2025-09-01", "2025-09-02"}) {
            CliTest.Run run = CliTest.run("check", "--site-rules", dir.toString(), "--as-of", asOf, CliTest.COMPLIANT);
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out().contains("SITE-01  due for review")).as(asOf + "\n" + run.out()).isEqualTo(asOf.equals("2025-09-02"));
        }
    }

    @Test
    void anErrorThrownByARuleForOneProtocolSparesTheOthers() throws IOException {
        Path site = siteRule("error", "Protocol( id == \"" + DEVIATING_ID + "\" )",
                "throw new Error(\"fatal for \" + \"" + DEVIATING_ID + "\");");
        onlyTheDeviatingProtocolFailed(batch(site), "rule \"SITE-01 check 1: error\" failed", "fatal for");
        onlyTheDeviatingProtocolFailed(batch(site, "--jobs", "1"), "rule \"SITE-01 check 1: error\" failed");
    }

    @Test
    void aRuleFailureMessageCannotReachTheTerminalRaw() throws IOException {
        Path site = siteRule("escapes", "Protocol( id == \"" + DEVIATING_ID + "\" )",
                "throw new IllegalStateException(\"evil \\u001B[2J \\u202E\\nfake line\");");
        CliTest.Run run = CliTest.run("check", "--site-rules", site.toString(), "--as-of", "2025-06-01", CliTest.DEVIATING);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("evil \\u001B[2J \\u202E fake line").doesNotContain("\u001B")
                .doesNotContain("\u202E").doesNotContain("\nfake line");
    }

    @Test
    void aRuleThatHaltsTheEngineForOneProtocolMakesItNotChecked() throws IOException {
        Path site = siteRule("halts", "Protocol( id == \"" + DEVIATING_ID + "\" )", "drools.halt();");
        onlyTheDeviatingProtocolFailed(batch(site), "rule \"SITE-01 check 1: halts\" stopped the rule engine (drools.halt())");
    }

    @Test
    void aRuleCannotChangeTheProfileOrTheFactsOtherRulesJudge() throws IOException {
        Path profile = siteRule("profile", "Protocol( id == \"" + DEVIATING_ID + "\" )\n    $p : org.secretomecheck.profile.Profile( )",
                "$p.getDonor().getMandatoryTests().clear();");
        onlyTheDeviatingProtocolFailed(batch(profile), "rule \"SITE-01 check 1: profile\" failed", "UnsupportedOperationException");
        Path facts = siteRule("facts", "Protocol( id == \"" + DEVIATING_ID + "\" )\n    $e : Eligibility( )",
                "$e.getTests().clear();");
        onlyTheDeviatingProtocolFailed(batch(facts), "rule \"SITE-01 check 1: facts\" failed", "UnsupportedOperationException");
    }

    /**
     * A rule that clears the agenda, or deletes or updates a fact other rules judge, would keep
     * those rules from running and their criteria would count as met: the protocol is not checked.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "clear | Object agenda = drools.getClass().getMethod(\"getKieRuntime\").invoke(drools).getClass()"
                + ".getMethod(\"getAgenda\").invoke(drools.getClass().getMethod(\"getKieRuntime\").invoke(drools));"
                + " Object main = agenda.getClass().getMethod(\"getAgendaGroup\", String.class).invoke(agenda, \"MAIN\");"
                + " org.kie.api.runtime.rule.AgendaGroup.class.getMethod(\"clear\").invoke(main);"
                + " | it cleared the agenda, so rule",
        "delete | delete($p); | it deleted a fact of the judgment (Protocol)",
        "update | update($p); | it updated a fact of the judgment (Protocol)",
        "modify | modify($p) { }; | it updated a fact of the judgment (Protocol)",
    })
    void aRuleThatKeepsOtherRulesFromRunningMakesThatProtocolNotChecked(String name, String then, String message)
            throws IOException {
        Path dir = siteRule(name, "$p : Protocol( id == \"" + DEVIATING_ID + "\" )", then);
        Path drl = dir.resolve(name + ".drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("\nwhen\n", "\n    salience 100\nwhen\n"));
        onlyTheDeviatingProtocolFailed(batch(dir), "rule \"SITE-01 check 1: " + name + "\" failed: " + message);
    }

    private static final String ENGINE = "reach the rule engine: clearing the agenda or changing the session could keep other"
            + " rules from running, and their criteria would count as met unchecked";
    private static final String REFLECTION = "reach private state by reflection: it could drop findings or change facts unseen";
    private static final String RUNTIME = "use Runtime.getRuntime(), whose halt() ends the run with any exit code and no report";
    private static final String CLOCK = "depend on the clock, chance or the environment: the same protocol must always give the"
            + " same findings (a rule that needs the date reads the check date, --as-of, from Context( checkDate ))";
    private static final String EXIT = "end the run: System.exit would leave the other protocols unchecked and the report"
            + " incomplete";
    private static final String IO = "reach files, processes or the network: a rule judges the protocol and the profile alone,"
            + " and the same inputs must always give the same findings";
    private static final String CONSOLE = "use the console: what a rule prints would mix into the report (a rule reports"
            + " through findings)";

    /**
     * Code that reaches the engine, private state, the JVM's runtime, the clock, chance or the
     * environment is refused when the rules are compiled, at the call; the same words in comments
     * and strings are not calls.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "agenda | drools.getKieRuntime().getAgenda().clear(); | getKieRuntime | ENGINE",
        "kcontext | kcontext.getKieRuntime().getAgenda().getAgendaGroup(\"MAIN\").clear(); | getKieRuntime | ENGINE",
        "base | drools.getKieBase ().removeRule(\"site\", \"SITE-02 check 1: every protocol\"); | getKieBase | ENGINE",
        "mvelproperty | Object o = kcontext.kieRuntime; | .kieRuntime | ENGINE",
        "reference | java.util.function.Function f = org.kie.api.runtime.rule.RuleContext::getKieRuntime; | ::getKieRuntime | ENGINE",
        "private | java.lang.reflect.Field f = findings.getClass().getDeclaredField(\"emissions\"); | getDeclaredField | REFLECTION",
        "accessible | findings.getClass().getMethods()[0].setAccessible(true); | setAccessible | REFLECTION",
        "halt | Runtime.getRuntime().halt(0); | getRuntime | RUNTIME",
        "haltreference | java.util.function.Supplier s = Runtime::getRuntime; | ::getRuntime | RUNTIME",
        "privatereference | java.util.function.Function g = Class::getDeclaredFields; | ::getDeclaredFields | REFLECTION",
        "agendagroup | ((org.drools.core.rule.consequence.InternalMatch) kcontext.getMatch()).getAgendaGroup(); | getAgendaGroup | ENGINE",
        "clock | if (java.time.LocalDate.now().getYear() > 2000) { findings.report(kcontext); } | now | CLOCK",
        "chance | if (Math.random() > 0.5) { findings.report(kcontext); } | random | CLOCK",
        "properties | System.getProperties().putIfAbsent(\"seen\", \"1\"); | getProperties | CLOCK",
        "newrandom | java.util.Random r = new java.util.Random(); | new java.util.Random | CLOCK",
        "date | java.util.Date d = new java.util.Date(); | new java.util.Date() | CLOCK",
        "calendar | int y = java.util.Calendar.getInstance().get(java.util.Calendar.YEAR); | Calendar.getInstance | CLOCK",
        "systemclock | java.time.Clock c = java.time.Clock.systemUTC(); | Clock.systemUTC | CLOCK",
        "systemproperty | Integer limit = Integer.getInteger(\"limit\", 5); | Integer.getInteger | CLOCK",
        "zone | java.time.ZoneId z = java.time.ZoneId.systemDefault(); | ZoneId.systemDefault | CLOCK",
        "uuid | String id = java.util.UUID.randomUUID().toString(); | randomUUID | CLOCK",
        "identity | int h = System.identityHashCode(findings); | identityHashCode | CLOCK",
        "console | System.out.println(\"found\"); | System.out | CONSOLE",
        "consoleerr | java.lang.System.err.println(\"found\"); | System.err | CONSOLE",
        "exit | System.exit(0); | System.exit | EXIT",
        "exitreference | java.util.function.IntConsumer e = java.lang.System::exit; | System::exit | EXIT",
        "writefile | java.nio.file.Files.writeString(java.nio.file.Path.of(\"x\"), \"y\"); | Files.writeString | IO",
        "pathof | Object p = java.nio.file.Path.of(\"x\"); | Path.of | IO",
        "newfile | java.io.File f = new java.io.File(\"x\"); | new java.io.File | IO",
        "process | new ProcessBuilder(\"touch\", \"x\").start(); | new ProcessBuilder | IO",
        "url | Object u = new java.net.URL(\"http://example.org\"); | new java.net.URL | IO",
        "printwriter | java.io.PrintWriter w = new java.io.PrintWriter(\"x.txt\"); | new java.io.PrintWriter | IO",
        "tempfile | Object t = java.io.File.createTempFile(\"x\", \".txt\"); | File.createTempFile | IO",
        "address | Object a = java.net.InetAddress.getByName(\"example.org\"); | InetAddress.getByName | IO",
        "spaced | Object o = new java.io. FileOutputStream(\"x\"); | new java.io. FileOutputStream | IO",
        "openstream | Object s = java.net.URI.create(\"http://x\").toURL().openStream(); | toURL | IO",
        "channel | Object c = java.nio.channels.SocketChannel.open(); | SocketChannel.open | IO",
        "constructorreference | java.util.function.Function f = ProcessBuilder::new; | ProcessBuilder::new | IO",
        "streamreference | java.util.function.Function f = java.io.PrintStream::new; | PrintStream::new | IO",
        "formatter | Object f = new java.util.Formatter(\"x.txt\"); | new java.util.Formatter | IO",
    })
    void forbiddenCallsAreRefusedBeforeAnyProtocolIsJudged(String name, String then, String call, String kind)
            throws IOException {
        String why = switch (kind) {
            case "ENGINE" -> ENGINE;
            case "REFLECTION" -> REFLECTION;
            case "RUNTIME" -> RUNTIME;
            case "CONSOLE" -> CONSOLE;
            case "EXIT" -> EXIT;
            case "IO" -> IO;
            default -> CLOCK;
        };
        Path dir = siteRule(name, "Protocol( )", "// getAgenda() and now() in a comment are no calls\n"
                + "    String s = \"getAgenda() Math.random()\";\n    " + then);
        CliTest.Run run = CliTest.run("check", "--site-rules", dir.toString(), "--as-of", "2025-06-01", CliTest.COMPLIANT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("secretome-check: the rules cannot be used:\n  " + dir.resolve(name + ".drl") + ":12:"
                + (then.indexOf(call) + 5) + ": rule code may not " + why + " (" + call + ")\n");
    }

    /** A binding named like a refused class, and text built in memory, are no calls of files. */
    @Test
    void aBindingNamedLikeARefusedClassIsNoCall() throws IOException {
        Path dir = siteRule("bindings", "$Files : Protocol( )",
                "String id = $Files.getId(); java.io.StringWriter text = new java.io.StringWriter(); text.write(id);");
        CliTest.Run run = CliTest.run("check", "--site-rules", dir.toString(), "--as-of", "2025-06-01", CliTest.COMPLIANT);
        assertThat(run.err()).doesNotContain("may not");
        assertThat(run.code()).as(run.err()).isZero();
    }

    /** What the text check cannot see (public reflection reaches the session) is refused while judging. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sessiondelete | session.delete(session.getFactHandle($p)); | it deleted a fact of the judgment (Protocol)",
        "sessioninsert | session.insert(new com.fasterxml.jackson.databind.ObjectMapper().readValue(\"{}\", CentrifugationStep.class));"
                + " | it inserted a fact of the judgment (CentrifugationStep)",
    })
    void whatPublicReflectionReachesIsRefusedWhileJudging(String name, String then, String message) throws IOException {
        Path dir = siteRule(name, "$p : Protocol( id == \"" + DEVIATING_ID + "\" )",
                "org.kie.api.runtime.KieSession session = (org.kie.api.runtime.KieSession)"
                        + " drools.getClass().getMethod(\"getKieRuntime\").invoke(drools);\n    " + then);
        onlyTheDeviatingProtocolFailed(batch(dir), message);
    }

    @Test
    void aRuleCannotAddAFactOfTheProtocolToSatisfyAnotherRulesNot() throws IOException {
        Path dir = siteRule("fake", "Protocol( id == \"" + DEVIATING_ID + "\" )",
                "insert(new com.fasterxml.jackson.databind.ObjectMapper().readValue(\"{\\\"g_force_xg\\\": 100000}\","
                        + " CentrifugationStep.class));");
        onlyTheDeviatingProtocolFailed(batch(dir), "rule \"SITE-01 check 1: fake\" failed: it inserted a fact of the judgment"
                + " (CentrifugationStep)");
    }

    @Test
    void aRuleThatNeverReturnsStopsTheRunWithItsFileAndRule() throws Exception {
        Path dir = withCase(siteRule("spins", "Protocol( id == \"" + DEVIATING_ID + "\" )", "while (true) { }"));
        Own run = ownJvm("-Dsecretome-check.rule-time-limit=2", "verify", "--rules", dir.toString(), "--output-dir",
                temp.resolve("v").toString());
        assertThat(run.code()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("the rules did not finish within 2 s (rule \"SITE-01 check 1: spins\" was running);"
                + " a rule that never returns cannot be stopped, so the run stops here").contains("SITE-01.yaml");
    }

    /** Out of memory is the JVM's trouble, an internal error; the message still names the rule it struck in. */
    @Test
    void runningOutOfMemoryInARuleNamesTheRule() throws IOException {
        JsonNode report = batch(siteRule("hungry", "Protocol( id == \"" + DEVIATING_ID + "\" )",
                "long[] all = new long[Integer.MAX_VALUE];"));
        JsonNode deviating = report.path("protocols").get(1);
        assertThat(deviating.path("status").asText()).isEqualTo("not_checked");
        assertThat(deviating.at("/problems/0/kind").asText()).isEqualTo("internal");
        assertThat(deviating.at("/problems/0/message").asText()).contains("OutOfMemoryError")
                .contains("(while rule \"SITE-01 check 1: hungry\" was running)");
        assertThat(report.at("/summary/checked").asInt()).isEqualTo(2);
    }

    /** A condition that never returns is named too: it runs before any consequence. */
    @Test
    void aConditionThatNeverReturnsStopsTheRunWithItsFileAndRule() throws Exception {
        String rule = "SITE-01 check 1: spins (in its conditions), 5% é/x $5 \uD83D\uDE00";
        Path dir = withCase(siteRule("conditions", "Protocol( )", "findings.report(kcontext);"));
        Path drl = dir.resolve("conditions.drl");
        String text = Files.readString(drl);
        String named = text.substring(text.indexOf("rule \"SITE-01 check 1: conditions\""), text.indexOf("rule \"SITE-02"));
        // the same rule without the loop, named as the looping one and a 1: its classes' names start alike
        String sibling = named.replace("SITE-01 check 1: conditions", rule + "1")
                .replace("    @title(\"Fails\") @appliesTo(\"all\") @rationale(\"test\") @sources(\"none\")\n", "");
        Files.writeString(drl, text.replace(named, "function boolean siteSpins() {\n    while (true) { }\n}\n"
                + named.replace("SITE-01 check 1: conditions", rule).replace("    Protocol( )\n", "    Protocol( id == \""
                        + DEVIATING_ID + "\" )\n    eval( siteSpins() )\n") + sibling));
        assertThat(Files.readString(drl)).contains("eval( siteSpins() )").contains(rule + "1\"");
        Own run = ownJvm("-Dsecretome-check.rule-time-limit=2", "verify", "--rules", dir.toString(), "--output-dir",
                temp.resolve("v").toString());
        assertThat(run.code()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("the rules did not finish within 2 s (rule \"" + rule + "\" was evaluating its"
                + " conditions); a rule that never returns cannot be stopped");
    }

    @Test
    void aRuleThatEndsTheProcessLeavesExitCodeTwo() throws Exception {
        // System.exit is refused where it is written; called by reflection, the run still ends with code 2
        Path dir = withCase(siteRule("exits", "Protocol( id == \"" + DEVIATING_ID + "\" )",
                "System.class.getMethod(\"ex\" + \"it\", int.class).invoke(null, 0);"));
        Own run = ownJvm("verify", "--rules", dir.toString(), "--output-dir", temp.resolve("v").toString());
        assertThat(run.code()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("secretome-check: the run was ended before it finished (a rule called"
                + " System.exit); its report is incomplete");
    }

    /** Ctrl-C and SIGTERM end an unfinished run with the shell's codes, 130 and 143, and say so on stderr. */
    @ParameterizedTest
    @CsvSource({"INT, 130, interrupted", "TERM, 143, terminated", "HUP, 129, hung up"})
    void aSignalEndsTheRunWithTheShellsCode(String signal, int expected, String what) throws Exception {
        Path rules = siteRule("slow", "Protocol( )", "try { Thread.sleep(200); } catch (InterruptedException e) { }");
        Path protocols = Files.createDirectories(temp.resolve("many-" + signal));
        for (int i = 0; i < 100; i++) {
            Files.copy(Path.of(CliTest.COMPLIANT), protocols.resolve(String.format(java.util.Locale.ROOT, "p%03d.yaml", i)));
        }
        Path log = Files.createTempFile("signal", ".log");
        java.util.List<String> command = java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", "--jobs", "1", "--as-of",
                "2025-06-01", "--site-rules", rules.toString(), protocols.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log).contains("p000.yaml") && System.nanoTime() < deadline) {
                Thread.sleep(50); // until the run is under way
            }
            assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor()).isZero();
            assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            String output = Files.readString(log);
            assertThat(process.exitValue()).as(output).isEqualTo(expected);
            assertThat(output).contains(System.lineSeparator() + "secretome-check: " + what + " (SIG" + signal
                    + ") before the run finished; its report is incomplete").doesNotContain("Summary:", "Exception");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /**
     * A run blocked writing its report to a pipe that nobody reads holds the lock of standard
     * output; SIGTERM must still end it, with its code and note, instead of waiting on that lock.
     */
    @Test
    void aSignalEndsARunBlockedOnAFullPipe() throws Exception {
        Path protocols = Files.createDirectories(temp.resolve("blocked"));
        for (int i = 0; i < 40; i++) { // about 10 KB of text report each: far more than a pipe holds
            Files.copy(Path.of(CliTest.DEVIATING), protocols.resolve(String.format(java.util.Locale.ROOT, "p%03d.yaml", i)));
        }
        Path err = Files.createTempFile("blocked", ".err");
        java.util.List<String> command = java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check",
                "--jobs", "1", "--as-of", "2025-06-01", protocols.toString());
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start(); // stdout: a pipe never read
        try {
            Thread.sleep(5_000); // started, and blocked on the full pipe (it cannot finish without a reader)
            process.destroy(); // SIGTERM
            assertThat(process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).as("ended after SIGTERM").isTrue();
            assertThat(process.exitValue()).isEqualTo(143);
            assertThat(Files.readString(err)).contains("secretome-check: terminated (SIGTERM) before the run finished");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(err);
        }
    }

    /** A report that cannot be written to standard output (a full disk) never ends in success. */
    @Test
    void aReportThatStandardOutputRefusesEndsWithCode2() throws Exception {
        java.io.File full = new java.io.File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "/dev/full is not available");
        Path err = Files.createTempFile("full", ".err");
        java.util.List<String> command = java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check",
                "--as-of", "2025-06-01", "--fail-on", "critical", "--format", "sarif", CliTest.COMPLIANT);
        Process process = new ProcessBuilder(command).redirectOutput(full).redirectError(err.toFile()).start();
        try {
            assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("the compliant protocol alone exits 0 when its report is written").isEqualTo(2);
            assertThat(Files.readString(err)).contains("secretome-check: standard output could not be written");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(err);
        }
    }

    /** {@code dir} with a case file whose one case is the protocol {@link #DEVIATING_ID}. */
    private static Path withCase(Path dir) throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("cases")).resolve("SITE-01.yaml"), """
                rule: SITE-01
                cases:
                  - name: "the deviating protocol"
                    protocol: {id: %s}
                    expect: []
                """.formatted(DEVIATING_ID));
        return dir;
    }

    /** The exit code and the output (stdout and stderr) of the tool run in a JVM of its own. */
    private record Own(int code, String output) {}

    private static Own ownJvm(String... arguments) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dsecretome-check.cache=off"));
        int firstArgument = arguments[0].startsWith("-D") ? 1 : 0;
        command.addAll(java.util.List.of(arguments).subList(0, firstArgument));
        command.addAll(java.util.List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(java.util.List.of(arguments).subList(firstArgument, arguments.length));
        Path log = Files.createTempFile("own-jvm", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("the tool did not end within 90 s: " + Files.readString(log));
            }
            return new Own(process.exitValue(), Files.readString(log));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    @Test
    void aSiteRuleThatDoesNotCompileStopsTheRunBeforeAnyProtocolIsJudged() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(dir.resolve("broken.drl"), """
                package site
                import org.secretomecheck.protocol.*

                rule "SITE-01 check 1: broken"
                when
                    Protocol( id == )
                then
                end
                """);
        CliTest.Run run = CliTest.run("check", "--site-rules", dir.toString(), "--format", "json",
                CliTest.COMPLIANT, CliTest.DEVIATING);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).as("no protocol is judged").isEmpty();
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(dir.resolve("broken.drl").toString()) + ":\\d+");
    }
}
