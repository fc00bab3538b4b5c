package org.secretomecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shape of rules, read only to explain an error Drools found: valid DRL in any layout has no
 * fault, a rule without its then or end has one.
 */
class RuleBlocksTest {

    private static List<String> faults(String text) {
        return RuleBlocks.faults(new DrlSource("x.drl", "x.drl", text, true)).stream().map(RuleBlocks.Fault::text).toList();
    }

    @Test
    void theBundledRulesHaveNoFault() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                assertThat(faults(Files.readString(file))).as(file.toString()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a rule on one line, and a rule without conditions
        "rule \"a\" when Protocol( site == null ) then findings.report(kcontext); end\nrule \"b\" then x(); end\n",
        // names of the consequence's own that are DRL keywords, at the start of a line
        "rule \"a\"\nwhen\n    Protocol( )\nthen\n    query.add(\"x\");\n    function.apply(1);\n    global = 2;\n"
                + "    import.run();\n    declare.clear();\n    rule = 3;\nend\n",
        // a string over several lines, and words in comments and strings
        "rule \"a\"\n    @rationale(\"a criterion that is a\nfunction of the batch record; then end\")\nwhen\n    Protocol( )\n"
                + "then // end\n    /* rule \"b\"\n    end */\n    findings.report(kcontext, \"end\");\nend\n",
        // a name with escaped quotes; then on the line of its code; other blocks between rules
        "rule \"SITE \\\"q\\\" a\"\nwhen\n    Protocol( )\nthen findings.report(kcontext);\nend\n"
                + "declare Note\n    text : String\nend\nquery \"notes\"\n    Note( )\nend\n"
                + "function String f(String s) {\n    return s;\n}\n",
    })
    void validDrlHasNoFault(String drl) {
        assertThat(faults(drl)).isEmpty();
    }

    @Test
    void aRuleWithoutItsThenOrEndHasOne() {
        assertThat(faults("rule \"a\"\nwhen\n    Protocol( )\nthen\n    x();\n\nrule \"b\"\nthen\n    y();\nend\n"))
                .containsExactly("x.drl:1:1: rule \"a\" has no end before the rule on line 7");
        assertThat(faults("rule \"a\"\nwhen\n    Protocol( )\nend\n"))
                .containsExactly("x.drl:1:1: rule \"a\" has no then before its end on line 4");
        assertThat(faults("rule \"SITE \\\"q\\\" a\"\nwhen\n    Protocol( )\nthen\n    x();\nned\n"))
                .containsExactly("x.drl:1:1: rule \"SITE \\\"q\\\" a\" has no end before the end of the file");
        assertThat(faults("rule \"a\"\nthen\n    x();\nfunction String f(String s) {\n    return s;\n}\n"))
                .containsExactly("x.drl:1:1: rule \"a\" has no end before the function on line 4");
        assertThat(faults("rule \"a\"\nthen\n    x();\nquery \"notes\"\n    Note( )\nend\n"))
                .containsExactly("x.drl:1:1: rule \"a\" has no end before the query on line 4");
        assertThat(faults("rule \"a\"\nthen\n    int end\n        = 1;\nrule \"b\"\nthen\n    y();\nend\n"))
                .as("a name end at the end of a line").containsExactly("x.drl:1:1: rule \"a\" has no end before the rule on line 5");
        assertThat(faults("rule \"a\" when Protocol( ) x(); end\n"))
                .containsExactly("x.drl:1:1: rule \"a\" has no then before its end on line 1");
    }
}
