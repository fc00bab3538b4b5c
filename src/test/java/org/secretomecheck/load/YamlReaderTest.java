package org.secretomecheck.load;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.protocol.ProtocolDocument;
import org.secretomecheck.protocol.ProtocolDocument.Position;
import org.secretomecheck.protocol.YamlTimestamp;

class YamlReaderTest {

    private static final YamlReader READER = new YamlReader(InputLimits.DEFAULT);
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    // ---------------------------------------------------------------------------------------------
    // helpers

    private static ReadResult read(String yaml) {
        return read(yaml.getBytes(UTF_8));
    }

    private static ReadResult read(byte[] bytes) {
        return READER.read("p.yaml", bytes);
    }

    /** The document of a file that must read without any problem. */
    private static ProtocolDocument clean(String yaml) {
        ReadResult result = read(yaml);
        assertThat(result.problems()).isEmpty();
        assertThat(result.document()).isNotNull();
        return result.document();
    }

    /** The value of {@code v: <scalar>}. */
    private static JsonNode value(String scalar) {
        return clean("v: " + scalar + "\n").root().get("v");
    }

    /** The one problem of an unreadable file, checked to be a readable one-liner. */
    private static Problem unreadable(ReadResult result) {
        assertThat(result.document()).isNull();
        assertThat(result.nonStringKeys()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        Problem problem = result.problems().get(0);
        assertThat(problem.kind()).isEqualTo(Problem.Kind.UNREADABLE);
        assertThat(problem.location().file()).isEqualTo("p.yaml");
        assertThat(problem.message())
                .doesNotContain("\n", "\r", "Exception", "org.yaml", "com.fasterxml", "java.lang");
        return problem;
    }

    private static Problem unreadable(String yaml) {
        return unreadable(read(yaml));
    }

    private static void assertAt(Problem problem, String pointer, int line, int column) {
        assertThat(problem.location()).isEqualTo(new Location("p.yaml", pointer, line, column));
    }

    private static YamlTimestamp timestamp(JsonNode node) {
        assertThat(node).isInstanceOf(POJONode.class);
        Object pojo = ((POJONode) node).getPojo();
        assertThat(pojo).isInstanceOf(YamlTimestamp.class);
        return (YamlTimestamp) pojo;
    }

    // ---------------------------------------------------------------------------------------------

    /** protocol-format.md Section 2.3, row by row. */
    @Nested
    class Scalars {

        @ParameterizedTest
        @ValueSource(strings = {"~", "null", "Null", "NULL", ""})
        void nullSpellings(String text) {
            assertThat(value(text).isNull()).isTrue();
        }

        @Test
        void nothingInAListItemIsNull() {
            JsonNode root = clean("- \n- ~\n").root();
            assertThat(root.get(0).isNull()).isTrue();
            assertThat(root.get(1).isNull()).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"true,true", "True,true", "TRUE,true", "false,false", "False,false", "FALSE,false"})
        void theSixBooleanSpellings(String text, boolean expected) {
            JsonNode node = value(text);
            assertThat(node.isBoolean()).isTrue();
            assertThat(node.booleanValue()).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
            "y", "Y", "n", "N", "tRUE", "fALSE", "nULL", "0x1F", "0o17", "0b101", "1_000", "1:30", "<<", "=",
            "1.2.3", "inf", "-inf", ".iNf", "+.nan", "-.nan", "nan", ".Nan", "1e", "e5", "1.5e", ".", "+", "12abc",
            "1e9x", "2025-3-1", "2025-03-01x", "25-03-01", "SEC-BM-EV-001", "1 000"})
        void everythingElseIsAString(String text) {
            JsonNode node = value(text);
            assertThat(node.isTextual()).as(text).isTrue();
            assertThat(node.textValue()).isEqualTo(text);
        }

        @ParameterizedTest
        @CsvSource({"12,12", "-3,-3", "+4,4", "0,0", "017,17", "-0,0", "007,7", "2147483647,2147483647",
            "-2147483648,-2147483648"})
        void integersThatFitAnInt(String text, int expected) {
            JsonNode node = value(text);
            assertThat(node).isInstanceOf(IntNode.class);
            assertThat(node.intValue()).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"2147483648,2147483648", "9223372036854775807,9223372036854775807",
            "-9223372036854775808,-9223372036854775808", "0000000000000000000000012345678901,12345678901"})
        void integersThatFitALong(String text, long expected) {
            JsonNode node = value(text);
            assertThat(node).isInstanceOf(LongNode.class);
            assertThat(node.longValue()).isEqualTo(expected);
        }

        @Test
        void largerIntegersAreBigIntegers() {
            String digits = "9".repeat(60_000);
            JsonNode node = assertTimeoutPreemptively(QUICKLY, () -> value(digits));
            assertThat(node).isInstanceOf(BigIntegerNode.class);
            assertThat(node.bigIntegerValue()).isEqualTo(new BigInteger(digits));
            assertThat(value("9223372036854775808").bigIntegerValue()).isEqualTo(new BigInteger("9223372036854775808"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2.5", ".5", "5.", "-0.25", "1.10e+8", "1e9", "1.5e9", "1e+9", "1.5E-3", "+1.5",
            "0.0", "1e0", "5.e3", "-.5", "1.0"})
        void decimalsAreExactNumbersButNotIntegers(String text) {
            JsonNode node = value(text);
            assertThat(node).isInstanceOf(DecimalNode.class);
            assertThat(node.isIntegralNumber()).isFalse();
            assertThat(node.decimalValue()).isEqualTo(new BigDecimal(text)); // same scale: nothing normalized
        }

        @Test
        void oneE9IsTheNumberOneBillionButNotAnInteger() {
            JsonNode node = value("1e9");
            assertThat(node.isNumber()).isTrue();
            assertThat(node.isIntegralNumber()).isFalse();
            assertThat(node.decimalValue()).isEqualByComparingTo("1000000000");
            assertThat(value("1.0e+9").decimalValue()).isEqualByComparingTo(node.decimalValue());
        }

        @Test
        void hugeExponentsStayUnexpanded() {
            JsonNode node = assertTimeoutPreemptively(QUICKLY, () -> value("1e999999999"));
            assertThat(node).isInstanceOf(DecimalNode.class);
            assertThat(node.decimalValue().scale()).isEqualTo(-999_999_999);
            assertThat(value("-2.5E-999999999").decimalValue().signum()).isEqualTo(-1);
        }

        @Test
        void anExponentBeyondTheRangeOfBigDecimalIsUnreadable() {
            Problem problem = unreadable("v: 1e99999999999\n");
            assertAt(problem, "/v", 1, 4);
            assertThat(problem.message()).isEqualTo("the number \"1e99999999999\" is out of range");
        }

        @ParameterizedTest
        @CsvSource({".inf,Infinity", "+.inf,Infinity", "-.inf,-Infinity", ".Inf,Infinity", "-.Inf,-Infinity",
            ".INF,Infinity", "+.INF,Infinity", "-.INF,-Infinity"})
        void infinities(String text, double expected) {
            JsonNode node = value(text);
            assertThat(node).isInstanceOf(DoubleNode.class);
            assertThat(node.doubleValue()).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {".nan", ".NaN", ".NAN"})
        void notANumber(String text) {
            JsonNode node = value(text);
            assertThat(node).isInstanceOf(DoubleNode.class);
            assertThat(node.doubleValue()).isNaN();
        }

        @Test
        void dates() {
            assertThat(timestamp(value("2025-03-01"))).isEqualTo(
                    new YamlTimestamp("2025-03-01", LocalDate.of(2025, 3, 1), false));
            assertThat(timestamp(value("2024-02-29")).isValidDate()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-02-30", "2025-13-01", "2025-00-10", "2023-02-29", "2025-04-31"})
        void aDateThatDoesNotExistIsATimestampWithoutADate(String text) {
            assertThat(timestamp(value(text))).isEqualTo(new YamlTimestamp(text, null, false));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "2025-03-01 10:30:00|2025-03-01",
            "2025-03-01T10:30:00Z|2025-03-01",
            "2025-03-01t10:30:00.25+02:00|2025-03-01",
            "2001-12-14 21:59:43.10 -5|2001-12-14",
            "2025-3-1 10:30:00|2025-03-01",
            "2025-03-01T10:30:00-0|2025-03-01",
            "2025-02-30T10:00:00Z|",
            "2025-03-01 25:00:00|"})
        void dateTimes(String text, LocalDate date) {
            assertThat(timestamp(value(text))).isEqualTo(new YamlTimestamp(text, date, true));
        }

        @Test
        void quotedAndBlockScalarsAreAlwaysStrings() {
            Map<String, String> cases = Map.of(
                    "'12'", "12", "\"true\"", "true", "\"~\"", "~", "''", "", "\"2025-03-01\"", "2025-03-01",
                    "\"1e9\"", "1e9", "'.inf'", ".inf", "\"<0.10\"", "<0.10");
            cases.forEach((written, text) -> {
                JsonNode node = value(written);
                assertThat(node.isTextual()).as(written).isTrue();
                assertThat(node.textValue()).isEqualTo(text);
            });
            assertThat(clean("v: |\n  12\n").root().get("v").textValue()).isEqualTo("12\n");
            assertThat(clean("v: >-\n  1e9\n").root().get("v").textValue()).isEqualTo("1e9");
        }

        @Test
        void tabsInsideAValueAreText() {
            assertThat(value("x\ty").textValue()).isEqualTo("x\ty");
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Section 2.1: the eight standard tags, and nothing else. */
    @Nested
    class Tags {

        @Test
        void aTaggedScalarIsReadAsItsTypeWhenItsTextIsValid() {
            JsonNode root = clean("""
                    a: !!str 12
                    b: !!int "12"
                    c: !!float 5
                    d: !!bool 'true'
                    e: !!null ""
                    f: !!timestamp 2025-03-01
                    g: !!float 1.5e3
                    h: !!float .inf
                    i: !<tag:yaml.org,2002:str> 5
                    j: !!str
                    k: !!int 017
                    l: !!timestamp 2025-02-30
                    m: !!null ~
                    """).root();
            assertThat(root.get("a")).isEqualTo(com.fasterxml.jackson.databind.node.TextNode.valueOf("12"));
            assertThat(root.get("b")).isInstanceOf(IntNode.class);
            assertThat(root.get("b").intValue()).isEqualTo(12);
            assertThat(root.get("c")).isInstanceOf(DecimalNode.class);
            assertThat(root.get("c").decimalValue()).isEqualByComparingTo("5.0");
            assertThat(root.get("c").isIntegralNumber()).isFalse();
            assertThat(root.get("c").asText()).isEqualTo("5.0");
            assertThat(root.get("d").booleanValue()).isTrue();
            assertThat(root.get("e").isNull()).isTrue();
            assertThat(timestamp(root.get("f")).date()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(root.get("g").decimalValue()).isEqualByComparingTo("1500");
            assertThat(root.get("h").doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(root.get("i").textValue()).isEqualTo("5");
            assertThat(root.get("j").textValue()).isEmpty();
            assertThat(root.get("k").intValue()).isEqualTo(17);
            assertThat(timestamp(root.get("l")).date()).isNull();
            assertThat(root.get("m").isNull()).isTrue();
        }

        @Test
        void collectionTagsOnTheRightCollection() {
            JsonNode root = clean("a: !!map {x: 1}\nb: !!seq [1]\nc: !!map\n  y: 2\n").root();
            assertThat(root.get("a").get("x").intValue()).isEqualTo(1);
            assertThat(root.get("b").get(0).intValue()).isEqualTo(1);
            assertThat(root.get("c").get("y").intValue()).isEqualTo(2);
        }

        @Test
        void aTagDefinedWithATagDirectiveIsAcceptedWhenItIsStandard() {
            assertThat(clean("%TAG !e! tag:yaml.org,2002:\n---\na: !e!int 5\n").root().get("a").intValue())
                    .isEqualTo(5);
        }

        @ParameterizedTest
        @ValueSource(strings = {"!!int 0x1F", "!!bool yes", "!!timestamp tomorrow", "!!int 1e3", "!!int ''",
            "!!float abc", "!!float ''", "!!null x", "!!bool 1", "!!int 1_000", "!!map x", "!!seq x",
            "!!seq {a: 1}", "!!map [1]", "!!str [1]", "!!int {a: 1}", "!foo x", "! x", "!<!> x", "!!binary aGk=",
            "!!set {a: null}", "!!omap [a: 1]", "!!pairs [a: 1]", "!!merge <<", "!!python/object/apply:os.system [ls]",
            "!!java.net.URL http://example.org", "!!javax.script.ScriptEngineManager [x]", "!<tag:example.org,2000:x> 1",
            "!!yaml x", "!!value ="})
        void anyOtherTagOrAnInvalidValueIsUnreadable(String tagged) {
            Problem problem = unreadable("a: 1\nv: " + tagged + "\n");
            assertAt(problem, "/v", 2, 4);
        }

        @Test
        void messagesNameTheTag() {
            assertThat(unreadable("v: !!java.net.URL http://example.org\n").message())
                    .isEqualTo("the tag !!java.net.URL is not allowed (only !!str, !!int, !!float, !!bool, !!null, "
                            + "!!timestamp, !!seq and !!map are)");
            assertThat(unreadable("v: !!int 0x1F\n").message()).isEqualTo("\"0x1F\" is not a valid !!int value");
            assertThat(unreadable("v: !!map x\n").message()).isEqualTo("the tag !!map cannot be used on a scalar");
            assertThat(unreadable("v: !!seq {a: 1}\n").message()).isEqualTo("the tag !!seq cannot be used on a mapping");
            assertThat(unreadable("v: !iv intravenous\n").message()).startsWith("the tag !iv is not allowed");
        }

        @Test
        void tagsOnKeysFollowTheSameRules() {
            ReadResult result = read("!!int 1: a\n!!str 2: b\n");
            assertThat(result.problems()).isEmpty();
            assertThat(result.nonStringKeys()).containsExactly("/1");
            assertAt(unreadable("!foo k: a\n"), "/k", 1, 1);
        }

        @Test
        void rootTags() {
            assertThat(clean("!!map\na: 1\n").root().get("a").intValue()).isEqualTo(1);
            assertAt(unreadable("!!seq\na: 1\n"), "", 1, 1);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Section 7, error 3 (and error 1 for an alias to an undefined anchor). */
    @Nested
    class AnchorsAndAliases {

        @Test
        void anAnchorAndItsAliasAreTwoProblemsAndReadingGoesOn() {
            ReadResult result = read("title: &t \"BM-MSC EV\"\nsite: *t\n");
            assertThat(result.document()).isNotNull();
            assertThat(result.document().root().get("title").textValue()).isEqualTo("BM-MSC EV");
            assertThat(result.document().root().get("site").isNull()).isTrue();
            assertThat(result.problems()).containsExactly(
                    new Problem(Problem.Kind.STRUCTURE, new Location("p.yaml", "/title", 1, 8),
                            "anchors and aliases are not allowed (&t)"),
                    new Problem(Problem.Kind.STRUCTURE, new Location("p.yaml", "/site", 2, 7),
                            "anchors and aliases are not allowed (*t)"));
        }

        @Test
        void anAnchorAloneIsAProblem() {
            ReadResult result = read("donor:\n  consent_document_id: &consent IC-0451\n");
            assertThat(result.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(Problem.Kind.STRUCTURE);
                assertThat(problem.location()).isEqualTo(new Location("p.yaml", "/donor/consent_document_id", 2, 24));
                assertThat(problem.message()).isEqualTo("anchors and aliases are not allowed (&consent)");
            });
            assertThat(result.document().root().at("/donor/consent_document_id").textValue()).isEqualTo("IC-0451");
        }

        @Test
        void anchorsOnCollectionsKeysAndListItems() {
            ReadResult result = read("""
                    a: &m
                      x: 1
                    &k b: [&i 1, *i]
                    c: *m
                    """);
            assertThat(result.problems()).extracting(p -> p.location().pointer() + " " + p.message())
                    .containsExactly(
                            "/a anchors and aliases are not allowed (&m)",
                            "/b anchors and aliases are not allowed (&k)",
                            "/b/0 anchors and aliases are not allowed (&i)",
                            "/b/1 anchors and aliases are not allowed (*i)",
                            "/c anchors and aliases are not allowed (*m)");
            assertThat(result.problems()).allMatch(p -> p.kind() == Problem.Kind.STRUCTURE);
        }

        @Test
        void mergeKeysAreOrdinaryKeysWithAnAlias() {
            ReadResult result = read("base: &b {x: 1}\nitem:\n  <<: *b\n");
            assertThat(result.document().root().get("item").has("<<")).isTrue();
            assertThat(result.document().root().at("/item/x").isMissingNode()).isTrue();
            assertThat(result.problems()).hasSize(2);
        }

        @Test
        void anAliasToAnUndefinedAnchorIsUnreadable() {
            Problem problem = unreadable("a: 1\nb: *nowhere\n");
            assertAt(problem, "/b", 2, 4);
            assertThat(problem.message()).isEqualTo("the alias *nowhere refers to an anchor that is not defined before it");
            assertAt(unreadable("a: *x\nb: &x 1\n"), "/a", 1, 4);
        }

        @Test
        void billionLaughsIsHarmless() {
            StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
            for (char c = 'b'; c <= 'i'; c++) {
                String previous = "*" + (char) (c - 1);
                yaml.append(c).append(": &").append(c).append(" [")
                        .append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
            }
            ReadResult result = assertTimeoutPreemptively(QUICKLY, () -> read(yaml.toString()));
            assertThat(result.document()).isNotNull();
            assertThat(result.problems()).hasSize(9 + 8 * 9).allMatch(p -> p.kind() == Problem.Kind.STRUCTURE);
            assertThat(result.document().root().get("i")).hasSize(9).allMatch(JsonNode::isNull);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Section 7, error 4, and the keys of Section 2.1. */
    @Nested
    class Keys {

        @Test
        void aDuplicateKeyIsAProblemAtTheSecondAndTheFirstValueIsKept() {
            ReadResult result = read("""
                    conditioning:
                      duration_h: 48
                      temperature_c: 37
                      duration_h: 24
                    """);
            assertThat(result.problems()).containsExactly(new Problem(Problem.Kind.STRUCTURE,
                    new Location("p.yaml", "/conditioning/duration_h", 4, 3),
                    "duplicate key \"duration_h\" (first written at line 2)"));
            ProtocolDocument document = result.document();
            assertThat(document.root().at("/conditioning/duration_h").intValue()).isEqualTo(48);
            assertThat(document.positions().get("/conditioning/duration_h")).isEqualTo(new Position(2, 3));
        }

        @Test
        void keysAreComparedByTheirTextAsWritten() {
            ReadResult result = read("title: a\n\"title\": b\n'title': c\nnull: d\n~: e\n");
            assertThat(result.problems()).extracting(Problem::message).containsExactly(
                    "duplicate key \"title\" (first written at line 1)",
                    "duplicate key \"title\" (first written at line 1)");
            assertThat(result.document().root().get("title").textValue()).isEqualTo("a");
            assertThat(result.document().root().has("null")).isTrue();
            assertThat(result.document().root().has("~")).isTrue();
        }

        @Test
        void theDroppedValueOfADuplicateIsStillCheckedButNotRecorded() {
            ReadResult result = read("""
                    a:
                      b: 1
                    a:
                      c: &x 2
                      1: 3
                      d: 4
                      d: 5
                    """);
            assertThat(result.problems()).extracting(p -> p.location().pointer() + " " + p.message())
                    .containsExactly(
                            "/a duplicate key \"a\" (first written at line 1)",
                            "/a/c anchors and aliases are not allowed (&x)",
                            "/a/d duplicate key \"d\" (first written at line 6)");
            assertThat(result.document().positions()).containsOnlyKeys("", "/a", "/a/b");
            assertThat(result.nonStringKeys()).isEmpty();
        }

        @Test
        void duplicatesInFlowMappings() {
            ReadResult result = read("{a: 1, a: 2}\n");
            assertThat(result.problems()).singleElement()
                    .satisfies(p -> assertThat(p.location()).isEqualTo(new Location("p.yaml", "/a", 1, 8)));
        }

        @Test
        void keysThatAreNotStringsAreListedAndKeptUnderTheirText() {
            ReadResult result = read("""
                    protocol:
                      1: a
                      1.5: b
                      true: c
                      null: d
                      2025-01-01: e
                      yes: f
                      "2": g
                      <<: h
                      ~: i
                      .inf: j
                      1e99999999999: k
                    """);
            assertThat(result.problems()).isEmpty();
            assertThat(result.nonStringKeys()).containsExactly("/protocol/1", "/protocol/1.5", "/protocol/true",
                    "/protocol/null", "/protocol/2025-01-01", "/protocol/~0", "/protocol/.inf", "/protocol/1e99999999999");
            JsonNode protocol = result.document().root().get("protocol");
            assertThat(protocol.get("1").textValue()).isEqualTo("a");
            assertThat(protocol.get("2025-01-01").textValue()).isEqualTo("e");
            assertThat(protocol.get("<<").textValue()).isEqualTo("h");
        }

        @Test
        void anEmptyKeyIsANullKey() {
            ReadResult result = read("? \n: x\n");
            assertThat(result.nonStringKeys()).containsExactly("/");
            assertThat(result.document().root().get("").textValue()).isEqualTo("x");
        }

        @ParameterizedTest
        @ValueSource(strings = {"? [a, b]\n: x\n", "{a: 1}: x\n", "? {a: 1}\n: x\n", "[a]: x\n",
            "? - a\n: x\n", "? [a, {b: [c]}]\n: {d: [e]}\n"})
        void complexKeysAreStructureProblemsAndReadingGoesOn(String yaml) {
            ReadResult result = read(yaml + "after: 1\n");
            assertThat(result.document()).as("readable").isNotNull();
            assertThat(result.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(Problem.Kind.STRUCTURE);
                assertThat(problem.message()).startsWith("a key must be a plain string, not ");
                assertThat(problem.location().line()).isEqualTo(1);
            });
            assertThat(result.document().root().properties()).singleElement()
                    .satisfies(member -> assertThat(member.getKey()).isEqualTo("after"));
        }

        @Test
        void aComplexKeyIsLocatedAtItsMappingAndTheOtherProblemsAreStillFound() {
            ReadResult result = read("protocol:\n  ok: &k 1\n  ? [a]\n  : x\n  ok: 2\n  *k : 3\n");
            assertThat(result.problems()).extracting(Problem::message).containsExactly(
                    "anchors and aliases are not allowed (&k)", "a key must be a plain string, not a list",
                    "duplicate key \"ok\" (first written at line 2)", "a key must be a plain string, not an alias (*k)");
            assertAt(result.problems().get(1), "/protocol", 3, 5);
            assertAt(result.problems().get(3), "/protocol", 6, 3);
        }

        /** A skipped key is held to the rules of every node: anchors, aliases, tags and limits. */
        @Test
        void theInsideOfAComplexKeyFollowsTheRulesOfEveryNode() {
            ReadResult anchored = read("? &a [x]\n: 1\ny: *a\n");
            assertThat(anchored.document()).isNotNull();
            assertThat(anchored.problems()).extracting(Problem::message).containsExactly(
                    "anchors and aliases are not allowed (&a)", "a key must be a plain string, not a list",
                    "anchors and aliases are not allowed (*a)");
            assertAt(anchored.problems().get(0), "", 1, 3);

            Problem undefined = unreadable("a: 1\n*k : 2\n");
            assertThat(undefined.message()).isEqualTo("the alias *k refers to an anchor that is not defined before it");
            assertAt(undefined, "", 2, 1);
            assertThat(unreadable("? [a, *u]\n: 1\n").message()).isEqualTo(
                    "the alias *u refers to an anchor that is not defined before it");
            Problem tag = unreadable("a: 1\n? [!foo x]\n: 1\n");
            assertThat(tag.message()).startsWith("the tag !foo is not allowed");
            assertAt(tag, "", 2, 4);

            YamlReader small = new YamlReader(new InputLimits(1_000_000, 64, 65_536, 10));
            assertThat(small.read("p.yaml", ("? [" + "x, ".repeat(20) + "x]\n: 1\n").getBytes(UTF_8)).problems())
                    .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("the file holds more than 10 YAML nodes"));
        }

        @Test
        void pointerTokensAreEscaped() {
            ProtocolDocument document = clean("\"a/b~c\": 1\n");
            assertThat(document.positions()).containsKey("/a~1b~0c");
            assertThat(document.at("/a~1b~0c").intValue()).isEqualTo(1);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Section 7, error 2, and directives. */
    @Nested
    class Documents {

        @ParameterizedTest
        @ValueSource(strings = {"", "# only a comment\n# and another\n", "\n\n   \n", "\uFEFF"})
        void noDocument(String yaml) {
            Problem problem = unreadable(yaml);
            assertThat(problem.message()).isEqualTo("the file holds no YAML document");
            assertThat(problem.location()).isEqualTo(Location.ofFile("p.yaml"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "a: 1\\n---\\nb: 2\\n|2",
            "---\\na: 1\\n---\\nb: 2\\n|3",
            "a: 1\\n...\\n---\\nb: 2\\n|3",
            "a: 1\\n---\\n|2",
            "- x\\n--- >\\n  text\\n|2"})
        void moreThanOneDocument(String escaped, int line) {
            Problem problem = unreadable(escaped.replace("\\n", "\n"));
            assertThat(problem.message()).isEqualTo("the file holds more than one YAML document");
            assertAt(problem, "", line, 1);
        }

        @Test
        void markersAndVersionDirectives() {
            assertThat(clean("--- \na: 1\n...\n").root().get("a").intValue()).isEqualTo(1);
            assertThat(clean("%YAML 1.2\n---\na: 1\n").root().get("a").intValue()).isEqualTo(1);
            assertThat(clean("%YAML 1.1\n---\na: yes\nb: 0x1F\n").root().get("a").textValue()).isEqualTo("yes");
            Problem problem = unreadable("%YAML 2.0\n---\na: 1\n");
            assertThat(problem.message()).startsWith("YAML syntax error: ");
            assertThat(problem.location().line()).isEqualTo(1);
        }

        @Test
        void aDocumentAfterAnEndMarkerNeedsAStartMarker() {
            assertAt(unreadable("a: 1\n...\nb: 2\n"), "", 3, 1); // SnakeYAML: expected '<document start>'
        }

        @Test
        void anExplicitEmptyDocumentHoldsANullRoot() {
            assertThat(clean("---\n").root().isNull()).isTrue();
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Section 7, error 1: text that is not UTF-8, binary data, syntax errors. */
    @Nested
    class BytesAndSyntax {

        private static final String SAMPLE = """
                format: secretome-protocol/1
                protocol:
                  id: SEC-1
                  notes: |
                    line one
                    line two
                  list:
                    - a
                    - {b: 1, c: [2, 3]}
                  "quoted key": 'x'
                """;

        /** SnakeYAML's limit on a key's length gave only "could not find expected ':'", though the colon is there. */
        @Test
        void aKeyLongerThanYamlReadsIsNamedAsSuch() {
            Problem problem = unreadable("a: 1\n" + "k".repeat(1100) + ": 1\n");
            assertThat(problem.location().line()).isEqualTo(2);
            assertThat(problem.location().column()).isEqualTo(1);
            assertThat(problem.message()).contains("YAML reads at most 1,024 characters as a key, and this one is longer");
            assertThat(unreadable("a: 1\nb: [x\n").message()).doesNotContain("1,024");
            for (String yaml : List.of("k".repeat(1100) + ": 1\n", "a:\n  " + "k".repeat(1100) + ": 1\n",
                    "a: {b: 1, " + "k".repeat(1100) + ": 1}\n", "\"" + "k".repeat(1100) + "\": 1\n")) {
                assertThat(unreadable(yaml).message()).as("first key, nested, in a flow mapping, quoted")
                        .contains("YAML reads at most 1,024 characters as a key").doesNotContain("indented");
            }
            assertThat(unreadable("a: b\n" + " ".repeat(30) + "k".repeat(1000) + ": 1\n").message())
                    .as("indentation is not part of the key").doesNotContain("1,024");
        }

        @Test
        void aUtf8ByteOrderMarkIsIgnored() {
            byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SAMPLE.getBytes(UTF_8));
            ProtocolDocument plain = clean(SAMPLE);
            ReadResult result = read(withBom);
            assertThat(result.problems()).isEmpty();
            assertThat(result.document().root()).isEqualTo(plain.root());
            assertThat(result.document().positions()).isEqualTo(plain.positions());
        }

        @Test
        void crlfLineEndsGiveTheSameTreeAndPositionsAsLf() {
            ProtocolDocument lf = clean(SAMPLE);
            ProtocolDocument crlf = clean(SAMPLE.replace("\n", "\r\n"));
            assertThat(crlf.root()).isEqualTo(lf.root());
            assertThat(crlf.positions()).isEqualTo(lf.positions());
            assertThat(crlf.at("/protocol/notes").textValue()).isEqualTo("line one\nline two\n");
            assertThat(crlf.positions()).containsEntry("/protocol/list/1/c/1", new Position(9, 21));
        }

        @Test
        void crlfLineEndsGiveTheSameProblemPositionsAsLf() {
            String lf = "a: 1\nb: &x 2\nc: [1,\n";
            ReadResult structure = read("a: 1\r\nb: &x 2\r\n");
            assertThat(structure.problems()).singleElement()
                    .satisfies(p -> assertThat(p.location()).isEqualTo(new Location("p.yaml", "/b", 2, 4)));
            assertThat(unreadable(lf.replace("\n", "\r\n")).location()).isEqualTo(unreadable(lf).location());
            assertThat(unreadable("a: 1\r\nb: caf\u00e9\r\nc: \u0000\r\n").location())
                    .isEqualTo(unreadable("a: 1\nb: caf\u00e9\nc: \u0000\n").location());
        }

        @Test
        void invalidUtf8IsUnreadableAtTheFirstBadByte() {
            byte[] bytes = concat("a: 1\nb: caf".getBytes(UTF_8), new byte[] {(byte) 0xE9}, "\nc: 2\n".getBytes(UTF_8));
            Problem problem = unreadable(read(bytes));
            assertAt(problem, "", 2, 7);
            assertThat(problem.message()).isEqualTo("the file is not UTF-8 text (invalid byte 0xE9 at byte offset 11)");
        }

        @Test
        void otherInvalidUtf8() {
            assertAt(unreadable(read(concat("a: \u00e9".getBytes(UTF_8), new byte[] {(byte) 0xC3}))), "", 1, 5);
            assertAt(unreadable(read(new byte[] {'a', ':', ' ', (byte) 0xC0, (byte) 0xAF})), "", 1, 4); // overlong
            assertAt(unreadable(read(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})), "", 1, 1); // surrogate
            byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a: 1".getBytes(UTF_16LE));
            assertThat(unreadable(read(utf16)).message()).contains("not UTF-8 text");
        }

        @Test
        void binaryDataIsUnreadable() {
            Problem nul = unreadable("a: 1\nb: x\u0000y\n");
            assertAt(nul, "", 2, 5);
            assertThat(nul.message()).isEqualTo("the file holds binary data or a control character (U+0000), not YAML text");
            assertThat(unreadable("a: \u0007\n").message()).contains("U+0007");
            assertThat(unreadable("a: \uFFFE\n").message()).contains("U+FFFE");
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
            assertThat(unreadable(read(png)).message()).contains("not UTF-8");
            byte[] utf16 = "\uFEFFa: 1\n".getBytes(UTF_16LE);
            assertThat(unreadable(read(utf16)).message()).isEqualTo("the file is not UTF-8 text (invalid byte 0xFF at"
                    + " byte offset 0); it starts with the byte order mark of UTF-16: save it as UTF-8");
            assertThat(unreadable(read("\uFEFFa: 1\n".getBytes(UTF_16BE))).message())
                    .endsWith("save it as UTF-8");
            byte[] gzip = {0x1F, (byte) 0x8B, 8, 0};
            assertAt(unreadable(read(gzip)), "", 1, 2);
        }

        @Test
        void tabsAsIndentationAreASyntaxError() {
            Problem problem = unreadable("a:\n\tb: 1\n");
            assertAt(problem, "", 2, 1);
            assertThat(problem.message()).isEqualTo("YAML syntax error: a tab in the indentation of line 2; YAML indents"
                    + " with spaces only: replace the tab with spaces");
        }

        @Test
        void aTabWhereTheParserTakesOnlySpacesIsNamedWithItsPlace() {
            Problem value = unreadable("a: 1\ntitle:\t\"MSC\"\n");
            assertAt(value, "", 2, 7);
            assertThat(value.message()).isEqualTo("YAML syntax error: a tab after \"title:\" on line 2; the YAML reader"
                    + " takes no tab there: replace it with a space");
            Problem comment = unreadable("title: \"MSC\"\t# the title\n");
            assertAt(comment, "", 1, 13);
            assertThat(comment.message()).startsWith("YAML syntax error: a tab before the comment on line 1;");
            assertThat(unreadable("a: [1,\t2]\n").message()).startsWith("YAML syntax error: a tab after \"[1,\" on line 1;");
            assertThat(unreadable("a:\n  -\t2\n").message()).startsWith("YAML syntax error: a tab after \"-\" on line 2;");
        }

        @Test
        void aQuoteLeftOpenMidFileIsPlacedWhereItOpens() {
            Problem single = unreadable("id: X\ntitle: 'abc\nversion: '1'\nstage: design\n");
            assertAt(single, "", 2, 8);
            assertThat(single.message()).isEqualTo("YAML syntax error: expected <block end>, but found '<scalar>' (while"
                    + " parsing a block mapping that starts at line 1, column 1); the quote that opens here is not closed"
                    + " on its line, so its text runs on to the next quote, on line 3, where the parser stopped at column 11:"
                    + " close it where the value ends");
            Problem nested = unreadable("protocol:\n  title: \"MSC\n  version: \"0.9\"\n  stage: design\n");
            assertAt(nested, "", 2, 10);
            assertThat(nested.message()).contains("the quote that opens here is not closed on its line");
            // a value that runs on over lines and is closed before a real mistake is not blamed
            Problem after = unreadable("title: \"MSC\n  exosome\"\nb: c: d\n");
            assertAt(after, "", 3, 5);
            assertThat(after.message()).doesNotContain("quote that opens");
            // nor one closed on the line of the mistake, when no line of it reads as a key
            Problem closed = unreadable("protocol:\n  title: \"MSC small EVs,\n    hypoxia\" (draft)\n");
            assertThat(closed.message()).doesNotContain("quote that opens");
            assertThat(closed.location().line()).isEqualTo(3);
        }

        @Test
        void aTabInsideOrAfterAPlainValueIsText() {
            assertThat(clean("title: MSC\texosome\t# the title\n").root().get("title").asText()).isEqualTo("MSC\texosome");
        }

        @Test
        void syntaxErrorsAreOneLineWithTheParsersPosition() {
            Problem flow = unreadable("product: {type: ev_small, route: intravenous\n");
            assertAt(flow, "", 1, 10); // at the { never closed, not at the end of the file, a place that does not exist
            assertThat(flow.message()).isEqualTo("YAML syntax error: expected ',' or '}', but got <stream end> "
                    + "(while parsing a flow mapping that starts here and is not closed before the end of the file)");
            assertAt(unreadable("a: 1\nid: [unclosed\n"), "", 2, 5);
            assertAt(unreadable("a: \"[x\"  # {\nprotocol: [\n"), "", 2, 11); // where SnakeYAML names no opener
            assertAt(unreadable("a: 1\nprotocol: {a: [1], b: c,\n"), "", 2, 11);
            assertAt(unreadable("y: a[b\nx: {k: \n"), "", 2, 4); // a [ inside a plain text opens nothing
            assertAt(unreadable("y: |\n  [\nx: [\n"), "", 3, 4); // nor one in a block scalar
            Problem colon = unreadable("a: 1\nb: c: d\n");
            assertAt(colon, "", 2, 5);
            assertThat(colon.message()).isEqualTo("YAML syntax error: mapping values are not allowed here; a value that"
                    + " holds \": \" must be quoted: b: \"c: d\"");
            assertThat(unreadable("method: explant : : x\n").message()).as("the value quoted as written")
                    .endsWith("must be quoted: method: \"explant : : x\"");
            assertThat(unreadable("a: 'open\n").message()).startsWith("YAML syntax error: ");
            assertThat(unreadable("a: !e!x 1\n").message()).startsWith("YAML syntax error: ");
            assertThat(unreadable("a: [1, 2\n").location().line()).as("at the [ never closed").isEqualTo(1);
            assertThat(unreadable("  a: 1\n b: 2\n").message()).startsWith("YAML syntax error: ");
        }

        /** The scanner notices a key without its ':' only on a later line; the mistake is where the key starts. */
        @Test
        void aKeyWithoutItsColonIsPlacedWhereTheKeyStarts() {
            Problem missing = unreadable("culture:\n  a: 1\n  o2_pct:21\n  co2_pct: 5\n");
            assertAt(missing, "", 3, 3);
            assertThat(missing.message()).isEqualTo("YAML syntax error: could not find expected ':' "
                    + "(while scanning a simple key; the scanner stopped at line 4, column 3); a key needs a space after its"
                    + " colon: o2_pct: 21");
            assertThat(unreadable("culture:\n  o2_pct:21\n  co2_pct: 5\n").message()).as("the first key glued, read as text")
                    .endsWith("mapping values are not allowed here; a key needs a space after its colon: o2_pct: 21"
                            + " (line 2; YAML read it as text running on to line 3)");
            assertThat(unreadable("culture:\r\n  o2_pct:21\r\n  co2_pct: 5\r\n").message()).as("CRLF")
                    .contains("a key needs a space after its colon: o2_pct: 21 (line 2;");
            assertThat(unreadable("culture:\n  a: 1\n  o2_pct:\u00A021\n  co2_pct: 5\n").message())
                    .as("a no-break space after the colon: the advice holds a real space")
                    .contains("a key needs a space after its colon: o2_pct: 21;").doesNotContain("\u00A021");
            assertThat(unreadable("culture:\n  a: 1\n  o2_pct\n  co2_pct: 5\n").message()).as("no colon at all")
                    .endsWith("(while scanning a simple key; the scanner stopped at line 4, column 3)");
            assertThat(unreadable("m: {name: \"\"trehalose dihydrate\"\", grade: x}\n").message()).as("in a flow mapping")
                    .contains("not \"\" as in a spreadsheet");
            assertThat(unreadable("title: \"WJ-MSC \"\"serum-free\"\" CM\"\n").message()).as("a spreadsheet's doubled quote")
                    .endsWith("; inside double quotes a quote is written \\\" (or the value is quoted with single quotes),"
                            + " not \"\" as in a spreadsheet: \"\" ends one quoted text and starts another");
            Problem quote = unreadable("a: 1\nb: \"open\nc: 2\n");
            assertAt(quote, "", 2, 4);
            assertThat(quote.message()).contains("while scanning a quoted scalar; the scanner stopped at line 4, column 1");
        }

        /** The usual mistakes of layout get a hint at the fix, not only the parser's words. */
        @Test
        void mistakesOfLayoutAreExplained() {
            Problem colon = unreadable("source:\n  tissue_site: umbilical cord: Wharton jelly  # from the bank\n");
            assertAt(colon, "", 2, 30);
            assertThat(colon.message()).isEqualTo("YAML syntax error: mapping values are not allowed here; a value that"
                    + " holds \": \" must be quoted: tissue_site: \"umbilical cord: Wharton jelly\"");
            assertThat(unreadable("\"a: b\": c: d\n").message()).as("a colon inside a quoted key is no separator")
                    .endsWith("must be quoted: \"a: b\": \"c: d\"");
            assertThat(unreadable("items:\n-   name: a: b\n").message()).as("in a list item")
                    .endsWith("must be quoted: name: \"a: b\"");
            assertThat(unreadable("a:\n  b:\n    c: 1\n  d: 2\n    e: 3\n").message()).as("the key above moved left, not this one right")
                    .contains("; is line 4 indented less than the keys around it (lines 3 and 5 start in column 5)?");
            assertThat(unreadable("a:\n  b:\n    c: 1\n    d: 2\n      e: 3\n").message())
                    .contains("; is line 5 indented further than the key above it?");
            assertThat(unreadable("a: 1\n- b\n").message()).as("a list item under a mapping: no indentation fixes it")
                    .doesNotContain("indented");
            assertThat(unreadable("donor:\n  donor's name: a: b\n").message()).as("an apostrophe inside a word is no quote")
                    .endsWith("must be quoted: donor's name: \"a: b\"");
            assertThat(unreadable("a:\n  b:\n    - x\n   - y\n").message()).as("a list item one column off")
                    .contains("is line 4 indented differently");
            Problem indented = unreadable("product:\n  type: ev_small\n   route: intravenous\n");
            assertAt(indented, "", 3, 9);
            assertThat(indented.message()).endsWith("; is line 3 indented further than the key above it? YAML then reads it"
                    + " as more of that key's value. The keys of one mapping start in the same column");
            Problem outdented = unreadable("protocol:\n  product:\n    type: ev_small\n   route: intravenous\n");
            assertThat(outdented.message()).startsWith("YAML syntax error: expected <block end>")
                    .endsWith("; is line 4 indented differently from the keys above it? The keys of one mapping start in the"
                            + " same column");
            Problem quote = unreadable("a: 1\ntitle: \"UC-MSC EV\nstage: design\n");
            assertAt(quote, "", 2, 8);
            assertThat(quote.message()).endsWith("; the quote that opens here is never closed, so the text runs on to the"
                    + " end of the file");
        }

        /** "&gt;5" unquoted is a folded block scalar's header: the user meant the text. */
        @Test
        void aValueThatStartsWithAGreaterThanSignIsToldToBeQuoted() {
            Problem problem = unreadable("endotoxin:\n  result_eu_per_ml: >1e3   # below the limit\n");
            assertAt(problem, "", 2, 21);
            assertThat(problem.message()).endsWith("(while scanning a block scalar; the scanner stopped at line 2, column 23); "
                    + "a value that starts with > or | begins a block of text in YAML: to write >1e3 itself, quote it: \">1e3\"");
            assertThat(unreadable("endotoxin: {result_eu_per_ml: >1e3, method: lal}\n").message())
                    .as("in a flow mapping > cannot start a value at all").contains("cannot start any token")
                    .endsWith("to write >1e3 itself, quote it: \">1e3\"");
            String longValue = ">=" + "x".repeat(200);
            assertThat(unreadable("a: " + longValue + "\n").message()).as("a long value is cut visibly")
                    .endsWith("to write " + longValue.substring(0, 80) + "… itself, quote it: \"" + longValue.substring(0, 80) + "…\"");
        }

        @Test
        void aCharacterThatLooksLikeASpaceOrAColonIsNamed() {
            Problem space = unreadable("culture:\n  o2_pct: 21\n\u00A0 co2_pct: 5\n  x: 1\n");
            assertThat(space.message()).endsWith("; line 3, column 1 holds a no-break space (U+00A0), "
                    + "which YAML does not read as a space");
            Problem colon = unreadable("culture:\n  a: 1\n  o2_pct\uFF1A21\n  co2_pct: 5\n");
            assertAt(colon, "", 3, 3);
            assertThat(colon.message()).endsWith("; line 3, column 9 holds a full-width colon (U+FF1A), "
                    + "which YAML does not read as a colon");
            assertThat(unreadable("note: \"a\u00A0b\"\n\n\n\nb: c: d\n").message())
                    .as("three lines above the error and more: not named")
                    .isEqualTo("YAML syntax error: mapping values are not allowed here; a value that holds \": \" must be"
                            + " quoted: b: \"c: d\"");
            assertThat(unreadable("a: 1\nnote: \"Building\u00A0C\"\nid\uFF1A 1\nb: c: d\n").message())
                    .as("inside quoted text a no-break space is text; the full-width colon is named")
                    .endsWith("; line 3, column 3 holds a full-width colon (U+FF1A), which YAML does not read as a colon");
            assertThat(unreadable("a: \u00A0x\nb:\n\u00A0 c: 1\n  d: 2\n").message())
                    .as("the nearest to the error is named").contains("line 3, column 1 holds a no-break space");
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** InputLimits: nothing can make the reader hang, run out of memory or throw. */
    @Nested
    class Limits {

        @Test
        void aFileLargerThanTheLimitIsRejectedBeforeParsing() {
            byte[] fifty = new byte[50 * 1024 * 1024];
            Arrays.fill(fifty, (byte) '[');
            Problem problem = assertTimeoutPreemptively(QUICKLY, () -> unreadable(read(fifty)));
            assertThat(problem.location()).isEqualTo(Location.ofFile("p.yaml"));
            assertThat(problem.message()).isEqualTo("the file is 52428800 bytes long; the limit is 8388608 bytes");
        }

        @Test
        void theFileSizeLimitIsInclusive() {
            YamlReader reader = new YamlReader(new InputLimits(10, 64, 100, 100));
            assertThat(reader.read("p.yaml", "a: 123456".getBytes(UTF_8)).isReadable()).isTrue(); // 9 bytes
            assertThat(reader.read("p.yaml", "a: 1234567".getBytes(UTF_8)).isReadable()).isTrue(); // 10 bytes
            assertThat(reader.read("p.yaml", "a: 12345678".getBytes(UTF_8)).problems().get(0).message())
                    .isEqualTo("the file is 11 bytes long; the limit is 10 bytes");
        }

        @Test
        void deepFlowNesting() {
            String yaml = "[".repeat(10_000);
            Problem problem = assertTimeoutPreemptively(QUICKLY, () -> unreadable(yaml));
            assertThat(problem.message()).isEqualTo("mappings and lists are nested more than 64 levels deep");
            assertAt(problem, "/0".repeat(64), 1, 65);
            assertThat(assertTimeoutPreemptively(QUICKLY, () -> unreadable("{a: ".repeat(10_000))).message())
                    .isEqualTo("mappings and lists are nested more than 64 levels deep");
        }

        @Test
        void theDepthLimitHoldsInsideAComplexKey() {
            // The key is skipped, not built; without the limit, a deep key took minutes to skip.
            Problem problem = assertTimeoutPreemptively(QUICKLY, () -> unreadable("? " + "[".repeat(100_000)
                    + "]".repeat(100_000) + "\n: 1\n"));
            assertThat(problem.message()).isEqualTo("mappings and lists are nested more than 64 levels deep");
            assertThat(problem.location().line()).isEqualTo(1);
            assertThat(problem.location().column()).isEqualTo(66); // the root mapping is level 1
            assertThat(read("? " + "[".repeat(63) + "]".repeat(63) + "\n: 1\n").isReadable()).isTrue();
        }

        @Test
        void sixtyFourLevelsAreFineAndSixtyFiveAreNot() {
            assertThat(read("[".repeat(64) + "]".repeat(64)).isReadable()).isTrue();
            assertThat(read("[".repeat(65) + "]".repeat(65)).isReadable()).isFalse();
            StringBuilder block = new StringBuilder();
            for (int level = 0; level < 65; level++) {
                block.append("  ".repeat(level)).append("k:\n");
            }
            Problem problem = unreadable(block.toString());
            assertAt(problem, "/k".repeat(64), 65, 129);
        }

        @Test
        void aLongScalarIsUnreadableAtItsNode() {
            assertThat(value("a".repeat(65_536)).textValue()).hasSize(65_536);
            Problem problem = unreadable("x: 1\nv: " + "a".repeat(65_537) + "\n");
            assertAt(problem, "/v", 2, 4);
            assertThat(problem.message()).isEqualTo("a scalar is longer than 65536 characters");
            assertAt(unreadable("x: 1\n? " + "k".repeat(65_537) + "\n: 1\n"), "/" + "k".repeat(65_537), 2, 3);
            assertThat(unreadable("v: |\n  " + "b ".repeat(40_000) + "\n").message())
                    .isEqualTo("a scalar is longer than 65536 characters");
            String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
            assertThat(value(emoji.repeat(65_536)).textValue()).hasSize(131_072);
            assertThat(unreadable("v: " + emoji.repeat(65_537) + "\n").message())
                    .isEqualTo("a scalar is longer than 65536 characters");
        }

        @Test
        void aHugeSingleTokenEndsQuickly() {
            // SnakeYAML's own reader takes seconds on this (quadratic copying); ours is linear.
            for (String yaml : List.of("v: " + "a".repeat(8_000_000), "# " + "c ".repeat(4_000_000) + "\nv: 1\n",
                    "v: |\n  " + "b".repeat(8_000_000) + "\n", "v: \"" + "q".repeat(8_000_000) + "\"\n")) {
                ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(yaml));
                assertThat(result.problems()).hasSizeLessThanOrEqualTo(1);
            }
        }

        @Test
        void tooManyNodes() {
            YamlReader reader = new YamlReader(new InputLimits(1024, 64, 100, 10));
            // root, key, list and seven items: ten nodes
            assertThat(reader.read("p.yaml", "v: [1, 2, 3, 4, 5, 6, 7]".getBytes(UTF_8)).isReadable()).isTrue();
            Problem problem = unreadable(reader.read("p.yaml", "v: [1, 2, 3, 4, 5, 6, 7, 8]".getBytes(UTF_8)));
            assertAt(problem, "/v/7", 1, 26);
            assertThat(problem.message()).isEqualTo("the file holds more than 10 YAML nodes");
            String many = "[" + "0,".repeat(200_001) + "]";
            assertThat(assertTimeoutPreemptively(QUICKLY, () -> unreadable(many)).message())
                    .isEqualTo("the file holds more than 200000 YAML nodes");
        }

        @Test
        void longKeysAboveManyNodesCannotMultiplyIntoGigabytesOfPointers() {
            String yaml = "? " + "k".repeat(60_000) + "\n: [" + "0,".repeat(199_000) + "]\n";
            Problem problem = assertTimeoutPreemptively(QUICKLY, () -> unreadable(yaml));
            assertThat(problem.message()).isEqualTo(
                    "the key paths of the file are too long (their JSON Pointers exceed 25600000 characters in all)");
            String pointer = problem.location().pointer();
            assertThat(pointer.substring(0, 4)).isEqualTo("/kkk");
            assertThat(pointer.substring(pointer.lastIndexOf('/'))).isEqualTo("/424");
        }

        @Test
        void limitsMustBePositive() {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> new InputLimits(0, 64, 100, 100));
            assertThat(InputLimits.DEFAULT).isEqualTo(new InputLimits(8 * 1024 * 1024, 64, 65_536, 200_000));
        }

        @Test
        void neverThrows() {
            Random random = new Random(20260101);
            String alphabet = "ab1:- \n\t[]{},?&*!|>'\"%@`#~.\\\r\u00e9\u0000";
            String seed = BytesAndSyntax.SAMPLE + "w: &a [*a, !!int 1, !!str x, 2025-02-30, 1e9]\n";
            for (int i = 0; i < 1_500; i++) {
                StringBuilder yaml = new StringBuilder(seed);
                for (int edits = random.nextInt(6); edits >= 0; edits--) {
                    int at = random.nextInt(yaml.length() + 1);
                    if (random.nextBoolean() && at < yaml.length()) {
                        yaml.deleteCharAt(at);
                    } else {
                        yaml.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
                assertConsistent(read(yaml.toString()));
                byte[] bytes = new byte[random.nextInt(64)];
                random.nextBytes(bytes);
                assertConsistent(read(bytes));
            }
            assertConsistent(READER.read(null, null));
        }

        private void assertConsistent(ReadResult result) {
            if (result.document() == null) {
                assertThat(result.problems()).singleElement()
                        .satisfies(p -> assertThat(p.kind()).isEqualTo(Problem.Kind.UNREADABLE));
            } else {
                assertThat(result.problems()).allMatch(p -> p.kind() == Problem.Kind.STRUCTURE);
                assertThat(result.document().positions()).containsKey("");
            }
            assertThat(result.problems()).allSatisfy(p -> assertThat(p.message())
                    .doesNotContain("\n", "Exception")
                    .doesNotStartWith("the YAML could not be read")); // the catch-all: would hide a bug
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Every node's position by JSON Pointer: the key for a member, the item for a list item. */
    @Nested
    class Positions {

        @Test
        void positionsOfKeysAndItems() {
            ProtocolDocument document = clean("""
                    format: secretome-protocol/1
                    protocol:
                      id: SEC-1
                      conditioning:
                        duration_h: 48
                        media:
                          - name: DMEM
                            volume_ml: 10
                          - "PBS"
                          -
                            late: true
                      tags: [a, {b: 1}]
                    """);
            assertThat(document.positions()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry("", new Position(1, 1)),
                    Map.entry("/format", new Position(1, 1)),
                    Map.entry("/protocol", new Position(2, 1)),
                    Map.entry("/protocol/id", new Position(3, 3)),
                    Map.entry("/protocol/conditioning", new Position(4, 3)),
                    Map.entry("/protocol/conditioning/duration_h", new Position(5, 5)),
                    Map.entry("/protocol/conditioning/media", new Position(6, 5)),
                    Map.entry("/protocol/conditioning/media/0", new Position(7, 9)),
                    Map.entry("/protocol/conditioning/media/0/name", new Position(7, 9)),
                    Map.entry("/protocol/conditioning/media/0/volume_ml", new Position(8, 9)),
                    Map.entry("/protocol/conditioning/media/1", new Position(9, 9)),
                    Map.entry("/protocol/conditioning/media/2", new Position(11, 9)),
                    Map.entry("/protocol/conditioning/media/2/late", new Position(11, 9)),
                    Map.entry("/protocol/tags", new Position(12, 3)),
                    Map.entry("/protocol/tags/0", new Position(12, 10)),
                    Map.entry("/protocol/tags/1", new Position(12, 13)),
                    Map.entry("/protocol/tags/1/b", new Position(12, 14))));
            assertThat(document.file()).isEqualTo("p.yaml");
        }

        @Test
        void theRootIsItsFirstNode() {
            assertThat(clean("# comment\n\n- a\n- b\n").positions())
                    .containsEntry("", new Position(3, 1))
                    .containsEntry("/0", new Position(3, 3))
                    .containsEntry("/1", new Position(4, 3));
            assertThat(clean("--- 12\n").positions()).containsEntry("", new Position(1, 5));
        }

        @Test
        void columnsCountCharactersNotBytes() {
            assertThat(clean("é: {ü: 1, ß: 2}\n").positions())
                    .containsEntry("/é/ü", new Position(1, 5))
                    .containsEntry("/é/ß", new Position(1, 11));
            assertThat(clean("k: [\uD83E\uDDEA, x]\n").positions()).containsEntry("/k/1", new Position(1, 8));
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
