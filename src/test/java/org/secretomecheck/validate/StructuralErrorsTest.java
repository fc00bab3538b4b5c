package org.secretomecheck.validate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.load.ReadResult;
import org.secretomecheck.load.YamlReader;
import org.secretomecheck.rules.Catalogue;

/**
 * The structural errors 5 to 31 of {@code protocol-format.md} Section 7, the scalar rules of
 * Section 2.3 in typed fields, the {@code _reason} convention (3.4), stages (Section 4) and lists
 * (3.10), each with the exact problems expected: count, line:column and JSON Pointer.
 *
 * <p>Locations: a mapping member is located at its key, a list item at the item, and a missing
 * (or null) key at its nearest present parent, whose pointer is reported.
 *
 * <p>Most snippets are appended to a five-line header ({@link #batch}, {@link #design}), so their
 * first line is line 6 of the file.
 */
class StructuralErrorsTest {

    private static final YamlReader READER = new YamlReader();
    private static final ProtocolValidator VALIDATOR = new ProtocolValidator(new HashSet<>(Catalogue.ids()));

    /** Lines 1 to 5; {@code type} starts at 5:13, {@code route} at 5:29, {@code clinical_stage} at 5:49. */
    private static final String HEADER = """
            format: secretome-protocol/1
            protocol:
              id: P-1
              stage: %s
              product: {type: ev_small, route: intravenous, clinical_stage: phase1}
            """;

    /** A waiver that is valid on its own; the item and {@code rule} are at 7:5, one key per line. */
    private static final String WAIVER = """
            waivers:
              - rule: DON-02
                pointer: /protocol/donor/age_years
                justification: "Donor age reviewed (QR-0212)."
                approved_by: "QA: M. Novak"
                approved_on: 2025-01-15
                expires_on: 2025-12-31
            """;

    // ------------------------------------------------------------------ harness

    static String batch(String body) {
        return HEADER.formatted("batch_record") + body;
    }

    static String design(String body) {
        return HEADER.formatted("design") + body;
    }

    /** The reader's and the validator's problems for {@code yaml}, in file order. */
    static Outcome run(String yaml) {
        ReadResult read = READER.read("test.yaml", yaml.getBytes(UTF_8));
        assertThat(read.isReadable()).as("readable: %s", read.problems()).isTrue();
        ProtocolValidator.Result result = VALIDATOR.validate(read.document(), read.nonStringKeys());
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(result.problems());
        problems.sort(Comparator.comparingInt((Problem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return new Outcome(result, problems);
    }

    record Outcome(ProtocolValidator.Result result, List<Problem> problems) {
        List<String> messages() {
            return problems.stream().map(Problem::message).toList();
        }
    }

    private static final Pattern JAVA_NAMES = Pattern.compile(
            "java\\.|org\\.|jakarta|hibernate|Exception|BigDecimal|BigInteger|LocalDate|Integer|Boolean|"
                    + "Measurement|ListItem|Section\\b|<list element>|\\{value}|\\$\\{|\\b[a-z]{2,}[A-Z][A-Za-z]*\\b");

    /**
     * Asserts that {@code yaml} is invalid with exactly the problems {@code expected}, each written
     * {@code "line:column pointer"}, in file order; and that every message is one clean line.
     */
    static Outcome assertProblems(String yaml, String... expected) {
        Outcome outcome = run(yaml);
        String shown = outcome.problems.stream()
                .map(p -> p.location().line() + ":" + p.location().column() + " " + p.location().pointer() + "  " + p.message())
                .collect(Collectors.joining("\n  ", "\n  ", "\n"));
        List<String> actual = outcome.problems.stream()
                .map(p -> at(p.location().line(), p.location().column(), p.location().pointer()))
                .sorted(BY_POSITION).toList();
        assertThat(actual).as("problems of%s", shown).containsExactlyElementsOf(Stream.of(expected).sorted(BY_POSITION).toList());
        assertThat(outcome.result.protocol()).as("an invalid file gives no protocol").isNull();
        for (Problem problem : outcome.problems) {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.STRUCTURE);
            assertThat(problem.message()).as("message").isNotBlank().doesNotContain("\n").doesNotContain("\r");
            assertThat(JAVA_NAMES.matcher(problem.message()).find())
                    .as("message without Java names: %s", problem.message()).isFalse();
        }
        return outcome;
    }

    static void assertValid(String yaml) {
        Outcome outcome = run(yaml);
        assertThat(outcome.messages()).as("problems").isEmpty();
        assertThat(outcome.result.protocol()).isNotNull();
    }

    /**
     * {@code path} (below {@code protocol}, dotted) as nested block mappings after the batch
     * header, the last key holding {@code value}. With n segments the last key is at line 5 + n,
     * column 2n + 1.
     */
    static String nested(String path, String value) {
        String[] segments = path.split("\\.");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            out.append("  ".repeat(i + 1)).append(segments[i]).append(':');
            out.append(i == segments.length - 1 && !value.isEmpty() ? " " + value : "").append('\n');
        }
        return out.toString();
    }

    /**
     * {@code path} as a block list of {@code items}. With n segments item j is at line 6 + n + j;
     * a scalar item at column 2n + 5, a flow mapping item at its brace (2n + 5), whose first key is
     * at 2n + 6.
     */
    static String nestedList(String path, String... items) {
        StringBuilder out = new StringBuilder(nested(path, ""));
        int indent = 2 * (path.split("\\.").length + 1);
        for (String item : items) {
            out.append(" ".repeat(indent)).append("- ").append(item).append('\n');
        }
        return out.toString();
    }

    /** Orders {@code "line:column pointer"} strings by line, then column, then pointer. */
    private static final Comparator<String> BY_POSITION = Comparator
            .comparingInt((String s) -> Integer.parseInt(s.substring(0, s.indexOf(':'))))
            .thenComparingInt(s -> Integer.parseInt(s.substring(s.indexOf(':') + 1, s.indexOf(' '))))
            .thenComparing(s -> s.substring(s.indexOf(' ') + 1));

    static String at(int line, int column, String pointer) {
        return line + ":" + column + " " + pointer;
    }

    static String pointer(String path) {
        return "/protocol/" + path.replace('.', '/');
    }

    // ------------------------------------------------------------------ valid files

    @Nested
    class ValidFiles {

        static Stream<Path> examples() throws IOException {
            return Files.list(Path.of("protocols/examples")).filter(p -> p.toString().endsWith(".yaml")).sorted();
        }

        @ParameterizedTest
        @MethodSource("examples")
        void everyExampleIsValid(Path example) throws IOException {
            assertValid(Files.readString(example));
        }

        @Test
        void theHeaderAloneIsValidInBothStages() {
            assertValid(batch(""));
            assertValid(design(""));
        }

        @Test
        void nullMeansNotRecordedAndIsNeverATypeError() {
            assertValid(batch("""
                      title:
                      donor: {count: ~, sex: null, ids: ~, eligibility: ~}
                      conditioning: {viability_at_harvest_pct: null}
                      documentation: {deviations: ~}
                    """));
            assertValid(design("""
                      conditioning: {viability_at_harvest_pct: null}
                      documentation: {deviations: ~}
                    """));
        }

        @Test
        void aValidWaiverIsAccepted() {
            assertValid(batch(WAIVER));
            assertValid(batch("waivers: []\n"));
            assertValid(batch("waivers:\n"));
        }
    }

    // ------------------------------------------------------------------ root (5 to 8)

    @Nested
    class Root {

        @Test
        void e05_rootIsNotAMapping() {
            assertProblems("""
                    - format: secretome-protocol/1
                    - protocol: {}
                    """, at(1, 1, ""));
        }

        @Test
        void e05_rootIsAScalar() {
            assertProblems("just text\n", at(1, 1, ""));
        }

        @Test
        void e06_unknownRootKey() {
            assertProblems(batch("comments: \"draft\"\n"), at(6, 1, "/comments"));
        }

        @Test
        void e06_nonStringRootKey() {
            assertProblems(batch("1: x\n"), at(6, 1, "/1"));
        }

        @Test
        void e06_unknownRootKeyWithSuggestion() {
            Outcome outcome = assertProblems(batch("waiver: []\n"), at(6, 1, "/waiver"));
            assertThat(outcome.messages().get(0)).contains("did you mean waivers?");
        }

        /**
         * A no-break space where YAML needs a space makes a key or a "key: value" that reads as
         * valid and is not; the problem shows it escaped and says what it is.
         */
        @Test
        void aLookAlikeSpaceInAKeyOrAValueIsShownAndNamed() {
            Outcome key = assertProblems(batch("\u00A0 comments: x\n"), at(6, 1, "/\u00A0 comments"));
            assertThat(key.messages().get(0)).contains("unknown root key \\u00A0 comments")
                    .endsWith("; \\u00A0 is a no-break space, which YAML does not read as a space");
            Outcome value = assertProblems(batch("  expansion:\n    passage_at_conditioning:\u00A05\n"),
                    at(6, 3, "/protocol/expansion"));
            assertThat(value.messages().get(0)).contains("not the text \"passage_at_conditioning:\\u00A05\"")
                    .endsWith("; \\u00A0 is a no-break space, which YAML does not read as a space");
            Outcome cut = assertProblems(batch("  expansion: " + "a".repeat(77) + "\u00A0bcdef\n"), at(6, 3, "/protocol/expansion"));
            assertThat(cut.messages().get(0)).as("a long value is cut after its escapes, not inside one")
                    .contains("a\\u00A0bc…(83 characters)").contains("; \\u00A0 is a no-break space");
            Outcome literal = assertProblems(batch("'x\\u00A0y': 1\n"), at(6, 1, "/x\\u00A0y"));
            assertThat(literal.messages().get(0)).as("a backslash and u00A0 written as text are no such space")
                    .contains("unknown root key x\\\\u00A0y").doesNotContain("no-break space");
        }

        @Test
        void e07_wrongFormat() {
            assertProblems(batch("").replace("secretome-protocol/1", "secretome-protocol/2"), at(1, 1, "/format"));
            assertProblems(batch("").replace("secretome-protocol/1", "\"secretome-protocol/1.0\""), at(1, 1, "/format"));
            assertProblems(batch("").replace("secretome-protocol/1", "[secretome-protocol/1]"), at(1, 1, "/format"));
        }

        @Test
        void e07_formatMissingOrNull() {
            // Missing: located at the root (the first node of the file).
            assertProblems(batch("").replace("format: secretome-protocol/1\n", ""), at(1, 1, ""));
            // Null means missing: also the root.
            assertProblems(batch("").replace("format: secretome-protocol/1", "format:"), at(1, 1, ""));
        }

        @Test
        void e08_protocolNotAMapping() {
            assertProblems("""
                    format: secretome-protocol/1
                    protocol: SEC-BM-EV-001
                    """, at(2, 1, "/protocol"));
            assertProblems("""
                    format: secretome-protocol/1
                    protocol: [id]
                    """, at(2, 1, "/protocol"));
        }

        @Test
        void e08_protocolMissingOrNull() {
            assertProblems("format: secretome-protocol/1\n", at(1, 1, ""));
            assertProblems("format: secretome-protocol/1\nprotocol:\n", at(1, 1, ""));
        }

        @Test
        void e08_afterABadProtocolTheWaiversAreNotChecked() {
            assertProblems("""
                    format: secretome-protocol/1
                    protocol: SEC-BM-EV-001
                    waivers: {rule: DON-02}
                    """, at(2, 1, "/protocol"));
        }

        @Test
        void e08_rootErrorsAreStillReportedWithABadProtocol() {
            assertProblems("""
                    format: secretome-protocol/2
                    protocol: SEC-BM-EV-001
                    extra: 1
                    """, at(1, 1, "/format"), at(2, 1, "/protocol"), at(3, 1, "/extra"));
        }
    }

    // ------------------------------------------------------------------ required keys (9 to 11)

    @Nested
    class RequiredKeys {

        @Test
        void e09_stageNotAllowed() {
            assertProblems(batch("").replace("batch_record", "released"), at(4, 3, "/protocol/stage"));
            assertProblems(batch("").replace("batch_record", "Design"), at(4, 3, "/protocol/stage"));
            assertProblems(batch("").replace("batch_record", "1"), at(4, 3, "/protocol/stage"));
        }

        @Test
        void e09_stageMissingOrNull() {
            assertProblems(batch("").replace("  stage: batch_record\n", ""), at(2, 1, "/protocol"));
            assertProblems(batch("").replace("stage: batch_record", "stage: ~"), at(2, 1, "/protocol"));
        }

        @Test
        void e10_idMissingOrNull() {
            assertProblems(batch("").replace("  id: P-1\n", ""), at(2, 1, "/protocol"));
            assertProblems(batch("").replace("id: P-1", "id: null"), at(2, 1, "/protocol"));
        }

        @Test
        void e10_idNotAnId() {
            assertProblems(batch("").replace("id: P-1", "id: \"P 1\""), at(3, 3, "/protocol/id"));
            assertProblems(batch("").replace("id: P-1", "id: 12345"), at(3, 3, "/protocol/id"));
        }

        @Test
        void e11_productKeyMissing() {
            Outcome outcome = assertProblems(batch("").replace(", clinical_stage: phase1", ""), at(5, 3, "/protocol/product"));
            assertThat(outcome.messages().get(0)).contains("clinical_stage");
        }

        @Test
        void e11_productKeyNull() {
            assertProblems(batch("").replace("route: intravenous", "route: ~"), at(5, 3, "/protocol/product"));
        }

        @Test
        void e11_productAbsentGivesAllThree() {
            Outcome outcome = assertProblems(batch("").replace(
                    "  product: {type: ev_small, route: intravenous, clinical_stage: phase1}\n", ""),
                    at(2, 1, "/protocol"), at(2, 1, "/protocol"), at(2, 1, "/protocol"));
            assertThat(String.join(" ", outcome.messages())).contains("product.type", "product.route", "product.clinical_stage");
        }

        @Test
        void e11_productNullGivesAllThree() {
            assertProblems(batch("").replace("{type: ev_small, route: intravenous, clinical_stage: phase1}", "null"),
                    at(2, 1, "/protocol"), at(2, 1, "/protocol"), at(2, 1, "/protocol"));
        }

        @Test
        void e11_productEmptyGivesAllThreeAtProduct() {
            assertProblems(batch("").replace("{type: ev_small, route: intravenous, clinical_stage: phase1}", "{}"),
                    at(5, 3, "/protocol/product"), at(5, 3, "/protocol/product"), at(5, 3, "/protocol/product"));
        }

        @Test
        void e11_productValueNotAllowed() {
            assertProblems(batch("").replace("route: intravenous", "route: iv"), at(5, 29, "/protocol/product/route"));
        }
    }

    // ------------------------------------------------------------------ keys and shapes (12 to 16)

    @Nested
    class KeysAndShapes {

        @Test
        void e12_unknownKeys() {
            Outcome outcome = assertProblems(batch("""
                      conditioning:
                        duration_hours: 48
                        temperature_c: 37
                      source:
                        nomenclature: "MSC"
                      1: x
                    """),
                    at(7, 5, "/protocol/conditioning/duration_hours"),
                    at(8, 5, "/protocol/conditioning/temperature_c"),
                    at(10, 5, "/protocol/source/nomenclature"),
                    at(11, 3, "/protocol/1"));
            assertThat(outcome.messages().get(0)).contains("did you mean duration_h?");
        }

        @Test
        void e12_didYouMean() {
            Outcome outcome = assertProblems(batch("""
                      expansion:
                        passage_at_condition: 4
                    """), at(7, 5, "/protocol/expansion/passage_at_condition"));
            assertThat(outcome.messages().get(0)).contains("did you mean passage_at_conditioning?");
        }

        @Test
        void e12_unknownKeyInAListItem() {
            assertProblems(batch("""
                      donor:
                        eligibility:
                          tests:
                            - {test: hbsag, reslt: negative}
                    """), at(9, 25, "/protocol/donor/eligibility/tests/0/reslt"));
        }

        @Test
        void e12_yaml11BooleansAndMergeKeysAreOrdinaryUnknownKeys() {
            assertProblems(batch("""
                      conditioning:
                        yes: 1
                        on: 2
                        <<: {duration_h: 48}
                    """),
                    at(7, 5, "/protocol/conditioning/yes"),
                    at(8, 5, "/protocol/conditioning/on"),
                    at(9, 5, "/protocol/conditioning/<<"));
        }

        @Test
        void e12_aMergeKeyIsNotAllowed() {
            assertThat(assertProblems(batch(nested("conditioning.<<", "{duration_h: 48}")), at(7, 5, "/protocol/conditioning/<<"))
                    .messages()).containsExactly("protocol.conditioning.<<: a merge key (<<) is not allowed; write the keys out");
        }

        /** Renaming the key alone would keep the value in the wrong unit. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                formulation_storage.storage_temp_f                       | -4   | did you mean storage_temp_c? (in °C: convert the value)
                harvest_processing.centrifugation_steps.0.g_force_rpm    | 1500 | did you mean g_force_xg? (in × g: convert the value)
                conditioning.duration_min                                | 2880 | did you mean duration_h? (in hours: convert the value)
                conditioning.duration_hours                              | 48   | did you mean duration_h?
                expansion.passage_at_condition                           | 4    | did you mean passage_at_conditioning?
                """)
        void e12_aSuggestionInAnotherUnitSaysToConvertTheValue(String path, String value, String hint) {
            String yaml = path.contains(".0.")
                    ? batch("  harvest_processing:\n    centrifugation_steps:\n      - " + path.substring(path.lastIndexOf('.') + 1)
                            + ": " + value + "\n")
                    : batch(nested(path, value));
            String pointer = "/protocol/" + path.replace('.', '/');
            assertThat(run(yaml).messages()).filteredOn(m -> m.startsWith(ShapeCheck.field(pointer) + ":"))
                    .singleElement().asString().endsWith(hint);
        }

        @Test
        void e12_waiversIndentedUnderProtocolAreNamedARootKey() {
            assertThat(assertProblems(batch(WAIVER.indent(2)), at(6, 3, "/protocol/waivers")).messages())
                    .containsExactly("protocol.waivers: unknown key waivers; waivers is a root key, at the top level"
                            + " beside protocol");
        }

        @Test
        void e12_protocolUnderProtocolIsARootKeyNotBesideItself() {
            assertThat(run(batch("  protocol: 1\n")).messages()).filteredOn(m -> m.startsWith("protocol.protocol:"))
                    .containsExactly("protocol.protocol: unknown key protocol; protocol is a root key, at the top level");
        }

        @Test
        void e12_aSectionOneLevelTooDeepIsNamedWhereItBelongs() {
            assertThat(assertProblems(batch(nested("expansion.donor", "{count: 1}")), at(7, 5, "/protocol/expansion/donor"))
                    .messages()).containsExactly("protocol.expansion.donor: unknown key donor; donor is a key of protocol");
        }

        @Test
        void e12_aKeyOfTwoPlacesNamesBoth() {
            assertThat(assertProblems(batch(nested("harvest_processing.temp_c", "4")),
                    at(7, 5, "/protocol/harvest_processing/temp_c")).messages().get(0))
                    .endsWith("temp_c is a key of protocol.harvest_processing.hold and of the items of"
                            + " protocol.harvest_processing.centrifugation_steps");
        }

        @Test
        void e12_aKeyOfManyPlacesIsNotListed() {
            assertThat(assertProblems(batch(nested("donor.method", "x")), at(7, 5, "/protocol/donor/method"))
                    .messages()).containsExactly("protocol.donor.method: unknown key method");
        }

        @Test
        void e06_aProtocolKeyAtTheRootIsNamedWhereItBelongs() {
            assertThat(assertProblems(batch("donor: {count: 1}\n"), at(6, 1, "/donor")).messages())
                    .containsExactly("unknown root key donor (the root holds only format, protocol and waivers);"
                            + " donor is a key of protocol");
        }

        /** The tree holds 1 for 1e0, 4 for 4. and 4.0 for !!float 4: the message shows the text as written, not "not the number 1". */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                donor.count                        | 1e0   | 1e0 (write 1)
                donor.count                        | 10e-1 | 10e-1 (write 1)
                donor.count                        | 25e-1 | 25e-1
                expansion.passage_at_conditioning  | 4.    | 4. (write 4)
                expansion.passage_at_conditioning  | 0.5E1 | 0.5E1 (write 5)
                donor.count                        | 1e1   | 1e1 (write 10)
                donor.count                        | 1e99  | 1e99
                donor.count                        | 1e2147483647 | 1e2147483647
                donor.count                        | 4.0   | the number 4.0
                donor.count                        | 2.5   | the number 2.5
                donor.count                        | !!float 4 | !!float 4 (write 4)
                donor.count                        | !!float 1e0 | !!float 1e0 (write 1)
                donor.count                        | !!float 2.5 | !!float 2.5
                """)
        void e15_anIntegerWrittenWithAPointOrExponentIsNotShownAsTheIntegerItself(String path, String value, String shown) {
            String pointer = "/protocol/" + path.replace('.', '/');
            assertThat(assertProblems(batch(nested(path, value)), at(7, 5, pointer)).messages())
                    .containsExactly(ShapeCheck.field(pointer) + ": must be an integer literal such as 4, written"
                            + " without a decimal point or an exponent, not " + shown);
        }

        @Test
        void e12_nonStringKeysInSections() {
            assertProblems(batch("""
                      donor:
                        true: 1
                        null: 2
                        1.5: 3
                        2025-01-01: 4
                    """),
                    at(7, 5, "/protocol/donor/true"),
                    at(8, 5, "/protocol/donor/null"),
                    at(9, 5, "/protocol/donor/1.5"),
                    at(10, 5, "/protocol/donor/2025-01-01"));
        }

        @Test
        void e12_unitInTheWrongSuffix() {
            assertProblems(batch(nested("conditioning.duration_min", "2880")), at(7, 5, "/protocol/conditioning/duration_min"));
        }

        @Test
        void e13_sectionNotAMapping() {
            assertProblems(batch("  culture_format: 2d_flask\n"), at(6, 3, "/protocol/culture_format"));
            assertProblems(batch("  culture_format: [2d_flask]\n"), at(6, 3, "/protocol/culture_format"));
            assertProblems(batch(nested("conditioning.medium", "alpha_mem")), at(7, 5, "/protocol/conditioning/medium"));
        }

        @Test
        void e14_listNotAList() {
            assertProblems(batch(nested("isolation.methods", "tff")), at(7, 5, "/protocol/isolation/methods"));
            assertProblems(batch(nested("donor.ids", "D-1")), at(7, 5, "/protocol/donor/ids"));
            assertProblems(batch(nested("documentation.raw_materials", "{name: FBS}")),
                    at(7, 5, "/protocol/documentation/raw_materials"));
        }

        @Test
        void e14_listItemNotAMapping() {
            // "    centrifugation_steps: [" is 27 characters.
            assertProblems(batch("""
                      harvest_processing:
                        centrifugation_steps: [300]
                    """), at(7, 28, "/protocol/harvest_processing/centrifugation_steps/0"));
        }

        @Test
        void e14_listItemNotAMappingGivesOneProblemEvenWithItemKeys() {
            assertProblems(batch(nestedList("release_testing.residuals", "antibiotics", "{analyte: peg}")),
                    at(8, 9, "/protocol/release_testing/residuals/0"));
        }

        @Test
        void e15_itemKeyMissing() {
            // "    residuals: [" is 16 characters: the item is at column 17.
            Outcome outcome = assertProblems(batch("""
                      release_testing:
                        residuals: [{method: "ELISA"}]
                    """), at(7, 17, "/protocol/release_testing/residuals/0"));
            assertThat(outcome.messages().get(0)).contains("analyte");
        }

        @Test
        void e15_bothItemKeysMissingAndANullItemKey() {
            assertProblems(batch("""
                      release_testing:
                        ev_markers:
                          - result: positive
                          - {marker: CD9, category: null}
                          - {marker: CD63, category: transmembrane}
                    """),
                    at(8, 9, "/protocol/release_testing/ev_markers/0"),
                    at(8, 9, "/protocol/release_testing/ev_markers/0"),
                    at(9, 9, "/protocol/release_testing/ev_markers/1"));
        }

        static Stream<Arguments> itemKeys() {
            return Stream.of(
                    Arguments.of("donor.eligibility.tests", "{result: negative}"),
                    Arguments.of("expansion.passage_history", "{cells_seeded: 1000}"),
                    Arguments.of("pre_conditioning.inflammatory_priming.agents", "{conc_ng_per_ml: 10}"),
                    Arguments.of("pre_conditioning.pharmacological.agents", "{conc_umol_per_l: 10}"),
                    Arguments.of("isolation.uc_steps", "{g_force_xg: 100000}"),
                    Arguments.of("release_testing.ev_markers", "{category: cytosolic}"),
                    Arguments.of("release_testing.ev_markers", "{marker: TSG101}"),
                    Arguments.of("release_testing.cytokine_profile.results", "{conc_pg_per_ml: 12}"),
                    Arguments.of("release_testing.residuals", "{method: ELISA}"),
                    Arguments.of("documentation.raw_materials", "{grade: gmp}"),
                    Arguments.of("documentation.deviations", "{severity: minor}"));
        }

        @ParameterizedTest
        @MethodSource("itemKeys")
        void e15_everyItemKey(String list, String item) {
            int n = list.split("\\.").length;
            assertProblems(batch(nestedList(list, item)), at(6 + n, 2 * n + 5, pointer(list) + "/0"));
        }

        @Test
        void e16_duplicates() {
            assertProblems(batch("""
                      donor:
                        ids: [D-1, D-2, D-1]
                        eligibility:
                          tests: [{test: hbsag}, {test: hbsag}]
                      reporting:
                        checklists: [misev2023, misev2023]
                    """),
                    at(7, 21, "/protocol/donor/ids/2"),
                    at(9, 31, "/protocol/donor/eligibility/tests/1/test"),
                    at(11, 29, "/protocol/reporting/checklists/1"));
        }

        @ParameterizedTest
        @CsvSource({
            "donor.eligibility.tests, test, anti_hcv, hbsag",
            "release_testing.residuals, analyte, peg, enzyme",
            "release_testing.cytokine_profile.results, analyte, il_6, il_8",
            "documentation.deviations, id, DEV-7, DEV-8",
        })
        void e16_keyRepeatedAcrossItems(String list, String key, String value, String other) {
            int n = list.split("\\.").length;
            String item = "{" + key + ": " + value + "}";
            assertProblems(batch(nestedList(list, item, "{" + key + ": " + other + "}", item)),
                    at(8 + n, 2 * n + 6, pointer(list) + "/2/" + key));
        }

        @ParameterizedTest
        @CsvSource({
            "isolation.methods, tff",
            "formulation_storage.excipients, trehalose",
            "culture_format.monitored_parameters, ph",
            "release_testing.cytokine_profile.analytes, il_6",
            "reporting.checklists, misev2023",
            "donor.ids, D-0212",
            "documentation.sop_refs, SOP-12",
        })
        void e16_itemRepeatedInAListOfIdsOrEnums(String list, String value) {
            int n = list.split("\\.").length;
            Outcome outcome = assertProblems(batch(nestedList(list, value, value)), at(7 + n, 2 * n + 5, pointer(list) + "/1"));
            assertThat(outcome.messages().get(0)).contains(value);
        }

        @Test
        void e16_threeRepeatsGiveTwoProblems() {
            int n = 2;
            assertProblems(batch(nestedList("reporting.checklists", "ev_track", "ev_track", "ev_track")),
                    at(7 + n, 2 * n + 5, "/protocol/reporting/checklists/1"),
                    at(8 + n, 2 * n + 5, "/protocol/reporting/checklists/2"));
        }

        @Test
        void nullListItems() {
            assertProblems(batch(nestedList("donor.ids", "D-1", "null")), at(9, 9, "/protocol/donor/ids/1"));
            assertProblems(batch(nestedList("reporting.checklists", "~")), at(8, 9, "/protocol/reporting/checklists/0"));
            // A null item of a list of mappings is one problem, not also "key missing".
            assertProblems(batch(nestedList("donor.eligibility.tests", "{test: hbsag}", "null")),
                    at(10, 11, "/protocol/donor/eligibility/tests/1"));
            assertProblems(batch("""
                      documentation:
                        raw_materials: [{name: FBS}, ~]
                    """), at(7, 34, "/protocol/documentation/raw_materials/1"));
        }

        @Test
        void badItemsOfListsOfIdsAndEnums() {
            assertProblems(batch(nestedList("reporting.checklists", "misev2023", "isev")),
                    at(9, 9, "/protocol/reporting/checklists/1"));
            assertProblems(batch(nestedList("documentation.sop_refs", "SOP 12")),
                    at(8, 9, "/protocol/documentation/sop_refs/0"));
            assertProblems(batch(nestedList("donor.ids", "D-1", "24031")), at(9, 9, "/protocol/donor/ids/1"));
            assertProblems(batch(nestedList("isolation.methods", "[tff]")), at(8, 9, "/protocol/isolation/methods/0"));
        }

        @Test
        void itemsAreAddressedByIndexAndTheirSiblingsStillValidate() {
            assertProblems(batch(nestedList("documentation.raw_materials",
                            "{name: FBS, grade: gmp}", "{name: PBS, grade: GMP}", "{name: trypsin, lot: \"L 1\"}")),
                    at(9, 21, "/protocol/documentation/raw_materials/1/grade"),
                    at(10, 25, "/protocol/documentation/raw_materials/2/lot"));
        }
    }

    // ------------------------------------------------------------------ stage (17)

    @Nested
    class Stage {

        @Test
        void e17_resultsInADesign() {
            assertProblems(design("""
                      conditioning:
                        viability_at_harvest_pct: 92
                      donor:
                        eligibility:
                          tests: [{test: hbsag, result: negative}]
                      documentation:
                        deviations: []
                        raw_materials:
                          - {name: "FBS", lot: L-1}
                      release_testing:
                        cytokine_profile: {results: []}
                    """),
                    at(7, 5, "/protocol/conditioning/viability_at_harvest_pct"),
                    at(10, 29, "/protocol/donor/eligibility/tests/0/result"),
                    at(12, 5, "/protocol/documentation/deviations"),
                    at(14, 23, "/protocol/documentation/raw_materials/0/lot"),
                    at(16, 24, "/protocol/release_testing/cytokine_profile/results"));
        }

        @Test
        void e17_theSameFieldsAreValidInABatchRecord() {
            assertValid(batch("""
                      conditioning:
                        viability_at_harvest_pct: 92
                      donor:
                        eligibility:
                          tests: [{test: hbsag, result: negative}]
                      documentation:
                        deviations: []
                        raw_materials:
                          - {name: "FBS", lot: L-1}
                      release_testing:
                        cytokine_profile: {results: []}
                    """));
        }

        @Test
        void e17_aResultListWithItemsIsOneProblemAtTheList() {
            assertProblems(design("""
                      documentation:
                        deviations: [{id: DEV-1, severity: minor}]
                      expansion:
                        passage_history:
                          - {passage: 2, cells_seeded: 1000}
                    """),
                    at(7, 5, "/protocol/documentation/deviations"),
                    at(9, 5, "/protocol/expansion/passage_history"));
        }

        static Stream<Arguments> resultFields() {
            return Stream.of(
                    Arguments.of("donor.ids", "[D-1]"),
                    Arguments.of("donor.age_years", "40"),
                    Arguments.of("donor.sex", "female"),
                    Arguments.of("donor.informed_consent", "false"),
                    Arguments.of("donor.eligibility.htlv_high_prevalence_link", "false"),
                    Arguments.of("cell_bank.karyotype.result", "normal"),
                    Arguments.of("identity_msc.flow.cd73_pct", "0"),
                    Arguments.of("expansion.cumulative_population_doublings", "0"),
                    Arguments.of("culture_format.process_log_ref", "LOG-1"),
                    Arguments.of("harvest_processing.hold.actual_time_h", "2"),
                    Arguments.of("release_testing.endotoxin.result_eu_per_ml", "\"<0.10\""),
                    Arguments.of("release_testing.particles.in_window_pct", "95"),
                    Arguments.of("release_testing.potency.result", "pass"),
                    Arguments.of("documentation.batch_id", "B-1"),
                    Arguments.of("documentation.deviations", "[]"));
        }

        @ParameterizedTest
        @MethodSource("resultFields")
        void e17_everyKindOfResult(String path, String value) {
            int n = path.split("\\.").length;
            Outcome outcome = assertProblems(design(nested(path, value)), at(5 + n, 2 * n + 1, pointer(path)));
            assertThat(outcome.messages().get(0)).contains("design");
            assertValid(batch(nested(path, value)));
        }

        @Test
        void e17_aBadResultValueInADesignIsReportedOnce() {
            assertProblems(design(nested("donor.age_years", "\"forty\"")), at(7, 5, "/protocol/donor/age_years"));
        }

        @Test
        void setpointsAndAcceptanceAreAllowedInADesign() {
            assertValid(design("""
                      conditioning:
                        viability_at_harvest_min_pct: 80
                      donor:
                        eligibility:
                          tests: [{test: hbsag}]
                      release_testing:
                        endotoxin: {method: "kinetic chromogenic", limit_eu_per_ml: 5}
                    """));
        }
    }

    // ------------------------------------------------------------------ values (18) and Section 2.3

    @Nested
    class Values {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // boolean
            "donor.informed_consent | yes | true or false",
            "donor.informed_consent | No | true or false",
            "documentation.retention_samples | on | true or false",
            "donor.pooled | \"false\" | true or false",
            "donor.pooled | 0 | true or false",
            // integer
            "donor.count | 0x1F | integer",
            "donor.count | 0o17 | integer",
            "donor.count | 1_000 | integer",
            "donor.count | 1:30 | integer",
            "donor.count | 1e0 | integer",
            "donor.count | 0 | 1",
            "donor.count | \"3\" | integer",
            "donor.count | true | integer",
            "donor.count | 99999999999 | beyond the integers the tool reads (from -2147483648 to 2147483647)",
            "formulation_storage.freeze_thaw_cycles_max | 2147483648 | beyond the integers the tool reads",
            "expansion.passage_at_conditioning | 4.0 | integer",
            "expansion.passage_at_conditioning | -1 | 0",
            "identity_msc.tested_at_passage | .inf | ",
            // number
            "dose.per_administration.particles | 1_000_000 | number",
            "conditioning.duration_h | \"48 h\" | unit",
            "conditioning.duration_h | 48 h | unit",
            "conditioning.duration_h | 0 | greater than 0",
            "conditioning.duration_h | -0.5 | greater than 0",
            "formulation_storage.storage_temp_c | -273 | -200",
            "formulation_storage.storage_temp_c | 200.5 | 200",
            "formulation_storage.shelf_life_months | .inf | finite",
            "formulation_storage.shelf_life_months | -.Inf | finite",
            "donor.age_years | 121 | 120",
            "donor.age_years | true | number",
            "donor.age_years | 2025-03-01 | number",
            // percent
            "expansion.o2_pct | 120 | 100",
            "expansion.o2_pct | -1 | 0",
            "expansion.o2_pct | .nan | finite",
            "expansion.o2_pct | .NaN | finite",
            // measured
            "release_testing.endotoxin.result_eu_per_ml | \"< 0.1\" | censored",
            "release_testing.endotoxin.result_eu_per_ml | \"<0\" | censored",
            "release_testing.endotoxin.result_eu_per_ml | \"<0.0\" | censored",
            "release_testing.endotoxin.result_eu_per_ml | \"<.1\" | censored",
            "release_testing.endotoxin.result_eu_per_ml | \"≤0.1\" | censored",
            "release_testing.endotoxin.result_eu_per_ml | \"0.1\" | censored",
            "release_testing.total_protein.result_ug_per_ml | 40 mg/mL | (write a bare number in µg/mL, the unit the key's suffix gives: convert",
            "release_testing.endotoxin.result_eu_per_ml | \"<0.1 EU/mL\" | (write \"<0.1\" alone, in EU/mL, the unit the key's suffix gives",
            "release_testing.endotoxin.result_eu_per_ml | \"<0.1EU\" | (write \"<0.1\" alone",
            "release_testing.endotoxin.result_eu_per_ml | \"0.05, 0.06\" | censored value such as \"<0.10\" or \">1e3\" (sign, then a bound above 0, no spaces), not the text \"0.05, 0.06\"",
            "release_testing.endotoxin.result_eu_per_ml | -0.2 | 0",
            "release_testing.endotoxin.result_eu_per_ml | .inf | finite",
            "release_testing.particles.result_per_ml | .nan | finite",
            "release_testing.total_protein.result_ug_per_ml | false | ",
            // string
            "version | 2.1 | \"2.1\"",
            "version | true | ",
            "release_testing.endotoxin.method | \"\" | blank",
            "release_testing.endotoxin.method | \"   \" | blank",
            "version | \"\\u200B\" | blank",
            "version | \"\\u2800\\u3164\" | blank",
            "version | \"\\u00A0\\t\" | blank",
            "title | 2025-03-01 | ",
            // ID
            "cell_bank.mcb_id | 12345 | \"12345\"",
            "donor.consent_document_id | \"IC 2024 0147\" | ID",
            "documentation.batch_id | 2024-05-01 | ",
            "documentation.batch_id | \"-B1\" | ID",
            "documentation.batch_id | \"\" | ID",
            // date
            "effective_date | 2025-02-30 | date",
            "effective_date | 01/03/2025 | date",
            "effective_date | \"2025-02-30\" | date",
            "effective_date | \"2025-3-1\" | date",
            "effective_date | \"+2025-03-01\" | date",
            "effective_date | 20250301 | date",
            "effective_date | 2025-02-30 10:30:00 | date",
            // enum
            "source.tissue | Bone_Marrow | bone_marrow",
            "donor.sex | Female | female",
            "donor.sex | 1 | ",
            "release_testing.general_safety.cytotoxicity | n/a | not_applicable",
        })
        void e18_wrongTypeOrOutOfRange(String path, String value, String hint) {
            int n = path.split("\\.").length;
            Outcome outcome = assertProblems(batch(nested(path, value)), at(5 + n, 2 * n + 1, pointer(path)));
            if (hint != null) {
                assertThat(outcome.messages().get(0)).contains(hint);
            }
        }

        /** Unquoted, {@code >5} is a folded block scalar (indentation indicator 5) without content. */
        @Test
        void e18_anUnquotedGreaterThanIsABlockScalarAndTheMessageSaysToQuoteIt() {
            String path = "release_testing.endotoxin.result_eu_per_ml";
            assertThat(assertProblems(batch(nested(path, ">5")), at(8, 7, pointer(path))).messages())
                    .containsExactly("protocol.release_testing.endotoxin.result_eu_per_ml: must be a number or a censored"
                            + " value such as \"<0.10\" or \">1e3\" (sign, then a bound above 0, no spaces), not the text \"\""
                            + " (an unquoted >5 starts a YAML block scalar, which reads as the empty text: write \">5\" in quotes)");
        }

        @Test
        void e18_anUnquotedGreaterThanInANumberFieldGetsNoUnitHint() {
            assertThat(assertProblems(batch(nested("donor.age_years", ">5")), at(7, 5, "/protocol/donor/age_years"))
                    .messages()).containsExactly("protocol.donor.age_years: must be a number, not the text \"\""
                            + " (an unquoted >5 starts a YAML block scalar, which reads as the empty text)");
        }

        @Test
        void e18_aTaggedBlockScalarIsQuotedByItsHeaderAndOnlyACensoredValueIsAdvised() {
            String path = "release_testing.endotoxin.result_eu_per_ml";
            assertThat(assertProblems(batch(nested(path, "!!str >5")), at(8, 7, pointer(path))).messages().get(0))
                    .endsWith("not the text \"\" (an unquoted >5 starts a YAML block scalar, which reads as the empty text:"
                            + " write \">5\" in quotes)");
            assertThat(assertProblems(batch(nested(path, "|")), at(8, 7, pointer(path))).messages().get(0))
                    .as("| is no censored value: no advice to write it")
                    .endsWith("not the text \"\" (an unquoted | starts a YAML block scalar, which reads as the empty text)");
        }

        /** Section 3.6: censored strings must be quoted; unquoted, {@code <0.05} reads as the same text. */
        @Test
        void e18_anUnquotedCensoredValueIsRefusedWithTheQuotedForm() {
            String path = "release_testing.endotoxin.result_eu_per_ml";
            assertThat(assertProblems(batch(nested(path, "<0.05")), at(8, 7, pointer(path))).messages())
                    .containsExactly("protocol.release_testing.endotoxin.result_eu_per_ml: is a censored value without quotes:"
                            + " write \"<0.05\" (the format requires censored values in quotes)");
            assertValid(batch(nested(path, "'<0.05'")));
            for (String unquoted : List.of("!!str <0.05", "|-\n          <0.05", ">-\n          <0.05", "|\n          <0.05")) {
                assertThat(run(batch(nested(path, unquoted))).messages()).as(unquoted).containsExactly("protocol.release_testing"
                        + ".endotoxin.result_eu_per_ml: is a censored value without quotes: write \"<0.05\" (the format requires"
                        + " censored values in quotes)");
            }
        }

        /** Only a block scalar gets the hint: the tree alone cannot tell >5 from "" (the loader keeps the header). */
        @Test
        void e18_anEmptyQuotedTextGetsNoBlockScalarHint() {
            String path = "release_testing.endotoxin.result_eu_per_ml";
            assertThat(assertProblems(batch(nested(path, "\"\"")), at(8, 7, pointer(path))).messages().get(0))
                    .endsWith("not the text \"\"");
        }

        @Test
        void e18_aQuotedCensoredValueWithASpaceKeepsItsMessage() {
            String path = "release_testing.endotoxin.result_eu_per_ml";
            assertThat(assertProblems(batch(nested(path, "\"> 5\"")), at(8, 7, pointer(path))).messages().get(0))
                    .endsWith("not the text \"> 5\"");
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "effective_date | 2025-03-01",
            "effective_date | \"2025-03-01\"",
            "effective_date | '2025-03-01'",
            "effective_date | 2025-03-01 10:30:00",
            "effective_date | 2025-03-01T10:30:00Z",
            "effective_date | 2024-02-29",
            "version | \"2.1\"",
            "version | !!str 2.1",
            "documentation.batch_id | \"24031\"",
            "documentation.batch_id | \"1e5\"",
            "documentation.batch_id | a:b/c+d-e_f.g",
            "donor.count | 017",
            "donor.count | +4",
            "donor.count | !!int \"12\"",
            "donor.pooled | true",
            "donor.pooled | False",
            "donor.age_years | 0",
            "donor.age_years | 120",
            "donor.age_years | 67.5",
            "expansion.o2_pct | 0",
            "expansion.o2_pct | 100",
            "expansion.o2_pct | 2.5",
            "expansion.o2_pct | .5",
            "expansion.o2_pct | 5.",
            "formulation_storage.storage_temp_c | -200",
            "formulation_storage.storage_temp_c | 200",
            "dose.per_administration.particles | 1e9",
            "dose.per_administration.particles | 1.5e+9",
            "dose.per_administration.particles | 1.10e+8",
            "dose.per_administration.protein_ug | 1.5E-3",
            "dose.per_administration.protein_ug | !!float 5",
            "release_testing.endotoxin.result_eu_per_ml | \"<0.10\"",
            "release_testing.endotoxin.result_eu_per_ml | \"<5\"",
            "release_testing.endotoxin.result_eu_per_ml | \">1.2e+3\"",
            "release_testing.endotoxin.result_eu_per_ml | \">1e3\"",
            "release_testing.endotoxin.result_eu_per_ml | 1e3",
            "release_testing.endotoxin.result_eu_per_ml | 0",
            "conditioning.washes_before_conditioning.count | 0",
            "source.tissue | bone_marrow",
        })
        void acceptedValues(String path, String value) {
            assertValid(batch(nested(path, value)));
        }

        @Test
        void e18_productRouteNotAllowed() {
            assertProblems(batch("").replace("route: intravenous", "route: iv"), at(5, 29, "/protocol/product/route"));
        }

        @Test
        void e18_typedValueInAListItem() {
            assertProblems(batch(nestedList("release_testing.cytokine_profile.results",
                            "{analyte: il_6, conc_pg_per_ml: \"< 5\"}", "{analyte: il_8, conc_pg_per_ml: \">5\"}")),
                    at(9, 27, "/protocol/release_testing/cytokine_profile/results/0/conc_pg_per_ml"));
        }
    }

    // ------------------------------------------------------------------ not_applicable (19, 20)

    @Nested
    class NotApplicable {

        @Test
        void e19_notApplicableWithoutReason() {
            Outcome outcome = assertProblems(batch(nested("conditioning.medium.ev_depleted", "not_applicable")),
                    at(8, 7, "/protocol/conditioning/medium/ev_depleted"));
            assertThat(outcome.messages().get(0)).contains("ev_depleted_reason");
        }

        @Test
        void e19_notApplicableWithNullReason() {
            assertProblems(batch("""
                      conditioning:
                        medium:
                          ev_depleted: not_applicable
                          ev_depleted_reason: ~
                    """), at(8, 7, "/protocol/conditioning/medium/ev_depleted"));
        }

        @Test
        void e19_notApplicableWithAnInvisibleReason() {
            Outcome outcome = assertProblems(batch("""
                      conditioning:
                        medium:
                          ev_depleted: not_applicable
                          ev_depleted_reason: "\\u200B\\u2800"
                    """), at(9, 7, "/protocol/conditioning/medium/ev_depleted_reason"));
            assertThat(outcome.messages()).hasSize(1);
        }

        @Test
        void e19_e20_generalSafety() {
            assertProblems(batch("""
                      release_testing:
                        general_safety:
                          cytotoxicity: not_applicable
                          hemocompatibility: each_lot
                          hemocompatibility_reason: "topical product"
                    """),
                    at(8, 7, "/protocol/release_testing/general_safety/cytotoxicity"),
                    at(10, 7, "/protocol/release_testing/general_safety/hemocompatibility_reason"));
        }

        @Test
        void e19_notApplicableWithAReasonIsValid() {
            assertValid(batch("""
                      conditioning:
                        medium:
                          ev_depleted: not_applicable
                          ev_depleted_reason: "serum-free conditioning medium"
                      release_testing:
                        general_safety:
                          cytotoxicity: not_applicable
                          cytotoxicity_reason: "no cell contact"
                          hemocompatibility: not_applicable
                          hemocompatibility_reason: "topical product"
                    """));
        }

        @Test
        void e20_reasonNextToAnotherValue() {
            assertProblems(batch("""
                      conditioning:
                        medium:
                          ev_depleted: depleted
                          ev_depleted_reason: "n/a"
                    """), at(9, 7, "/protocol/conditioning/medium/ev_depleted_reason"));
        }

        @Test
        void e20_reasonWithoutTheBaseField() {
            assertProblems(batch(nested("conditioning.medium.ev_depleted_reason", "\"n/a\"")),
                    at(8, 7, "/protocol/conditioning/medium/ev_depleted_reason"));
        }

        @Test
        void e20_reasonForAFieldWithoutNotApplicable() {
            assertProblems(batch("""
                      source:
                        tissue: bone_marrow
                        tissue_reason: "unknown"
                    """), at(8, 5, "/protocol/source/tissue_reason"));
            assertProblems(batch(nested("source.tissue_reason", "\"unknown\"")), at(7, 5, "/protocol/source/tissue_reason"));
        }

        @Test
        void e20_blankReason() {
            assertProblems(batch("""
                      conditioning:
                        medium:
                          ev_depleted: not_applicable
                          ev_depleted_reason: " "
                    """), at(9, 7, "/protocol/conditioning/medium/ev_depleted_reason"));
        }

        @Test
        void e20_blankAndMisplacedReasonIsOneProblem() {
            assertProblems(batch("""
                      conditioning:
                        medium:
                          ev_depleted: depleted
                          ev_depleted_reason: ""
                    """), at(9, 7, "/protocol/conditioning/medium/ev_depleted_reason"));
        }

        @Test
        void e20_reasonNotTextIsOneProblem() {
            assertProblems(batch("""
                      conditioning:
                        medium:
                          ev_depleted: not_applicable
                          ev_depleted_reason: 5
                    """), at(9, 7, "/protocol/conditioning/medium/ev_depleted_reason"));
        }

        @Test
        void reasonOfAKeyThatIsNotInTheFormatIsAnUnknownKey() {
            Outcome outcome = assertProblems(batch(nested("conditioning.medium.colour_reason", "\"x\"")),
                    at(8, 7, "/protocol/conditioning/medium/colour_reason"));
            assertThat(outcome.messages().get(0)).contains("unknown key");
            // A reason in a place without such a field.
            outcome = assertProblems(batch(nested("conditioning.ev_depleted_reason", "\"x\"")),
                    at(7, 5, "/protocol/conditioning/ev_depleted_reason"));
            assertThat(outcome.messages().get(0)).contains("unknown key");
        }
    }

    // ------------------------------------------------------------------ cross-field (21 to 24)

    @Nested
    class CrossField {

        @Test
        void e21_noneWithOtherIsolationMethods() {
            assertProblems(batch(nested("isolation.methods", "[none, tff]")), at(7, 5, "/protocol/isolation/methods"));
            assertValid(batch(nested("isolation.methods", "[none]")));
        }

        @Test
        void e22_lyophilizedProductNotLyophilized() {
            String yaml = batch(nested("formulation_storage.lyophilized", "false")).replace("ev_small", "lyophilized_secretome");
            assertProblems(yaml, at(7, 5, "/protocol/formulation_storage/lyophilized"));
            assertValid(yaml.replace("lyophilized: false", "lyophilized: true"));
            assertValid(batch(nested("formulation_storage.lyophilized", "false")));
        }

        @Test
        void e23_emptyParticleWindow() {
            assertProblems(batch("""
                      release_testing:
                        particles:
                          window_low_nm: 400
                          window_high_nm: 400
                    """), at(8, 7, "/protocol/release_testing/particles/window_low_nm"));
            assertProblems(batch("""
                      release_testing:
                        particles: {window_low_nm: 500, window_high_nm: 400.5}
                    """), at(7, 17, "/protocol/release_testing/particles/window_low_nm"));
            assertValid(batch(nested("release_testing.particles", "{window_low_nm: 50, window_high_nm: 400}")));
        }

        @Test
        void e24_mixedSexWithoutPooling() {
            // "  donor: {pooled: false, count: 1, " is 35 characters.
            assertProblems(batch("  donor: {pooled: false, count: 1, sex: mixed}\n"), at(6, 36, "/protocol/donor/sex"));
            assertProblems(batch(nested("donor.sex", "mixed")), at(7, 5, "/protocol/donor/sex"));
            assertProblems(batch("  donor: {pooled: ~, sex: mixed}\n"), at(6, 22, "/protocol/donor/sex"));
            assertValid(batch("  donor: {pooled: true, count: 3, sex: mixed}\n"));
        }
    }

    // ------------------------------------------------------------------ waivers (25 to 31)

    /**
     * An alias is not allowed and reads as null: the reader reports it (and its anchor), and
     * validation does not report that null again as a missing or null value.
     */
    @Nested
    class Aliases {

        @Test
        void aRequiredValueGivenByAnAliasIsReportedOnceAsAnAlias() {
            Outcome outcome = assertProblems(batch("").replace("id: P-1", "id: &i P-1").replace("stage: batch_record", "stage: *i"),
                    at(3, 7, "/protocol/id"), at(4, 10, "/protocol/stage"));
            assertThat(outcome.messages()).allMatch(message -> message.startsWith("anchors and aliases are not allowed"));
        }

        @Test
        void aListItemGivenByAnAliasIsReportedOnceAsAnAlias() {
            Outcome outcome = assertProblems(batch(WAIVER.replace("  - rule: DON-02", "  - &w\n    rule: DON-02") + "  - *w\n"),
                    at(7, 5, "/waivers/0"), at(14, 5, "/waivers/1"));
            assertThat(outcome.messages()).allMatch(message -> message.startsWith("anchors and aliases are not allowed"));
        }

        @Test
        void aWaiverFieldGivenByAnAliasIsReportedOnceAsAnAlias() {
            Outcome outcome = assertProblems(batch(WAIVER.replace("approved_by: \"QA: M. Novak\"", "approved_by: *q")
                            .replace("justification: \"", "justification: &q \"")),
                    at(9, 20, "/waivers/0/justification"), at(10, 18, "/waivers/0/approved_by"));
            assertThat(outcome.messages()).allMatch(message -> message.startsWith("anchors and aliases are not allowed"));
        }

        @Test
        void aMergeKeyIsReportedOnceAndTheKeysItWouldBringAreNotMissing() {
            Outcome aliased = assertProblems(batch("").replace("  product: {type: ev_small, route: intravenous, clinical_stage: phase1}",
                    "  product: &p {type: ev_small, route: intravenous, clinical_stage: phase1}\n  source:\n    <<: *p\n"),
                    at(5, 12, "/protocol/product"), at(7, 9, "/protocol/source/<<"));
            assertThat(aliased.messages()).allMatch(message -> message.startsWith("anchors and aliases are not allowed"));
            Outcome merged = assertProblems(batch(WAIVER.replace("  - rule: DON-02\n", "  - <<: {rule: DON-02}\n")),
                    at(7, 5, "/waivers/0/<<"));
            assertThat(merged.messages()).containsExactly("waivers.0.<<: a merge key (<<) is not allowed; write the keys out");
        }

        @Test
        void theRootKeysGivenByAnAliasAreReportedOnceAsAnAlias() {
            String yaml = "format: &f secretome-protocol/1\nwaivers: *f\nprotocol: *f\n";
            ReadResult read = READER.read("test.yaml", yaml.getBytes(UTF_8));
            ProtocolValidator.Result result = VALIDATOR.validate(read.document(), read.nonStringKeys());
            assertThat(read.problems()).extracting(Problem::message).containsExactly("anchors and aliases are not allowed (&f)",
                    "anchors and aliases are not allowed (*f)", "anchors and aliases are not allowed (*f)");
            assertThat(result.problems()).isEmpty();
            assertThat(result.protocol()).isNull();
        }
    }

    @Nested
    class Waivers {

        @Test
        void e25_waiversNotAList() {
            assertProblems(batch("waivers: {rule: DON-02}\n"), at(6, 1, "/waivers"));
            assertProblems(batch("waivers: DON-02\n"), at(6, 1, "/waivers"));
        }

        @Test
        void e25_waiverNotAMapping() {
            assertProblems(batch("waivers: [DON-02, ~]\n"), at(6, 11, "/waivers/0"), at(6, 19, "/waivers/1"));
        }

        @Test
        void e26_unknownWaiverKey() {
            assertProblems(batch(WAIVER + "    comment: \"see QA file\"\n"), at(13, 5, "/waivers/0/comment"));
            assertProblems(batch(WAIVER + "    1: x\n"), at(13, 5, "/waivers/0/1"));
        }

        @Test
        void e26_referenceIsNotChecked() {
            assertValid(batch(WAIVER + "    reference: {change: CC-1, n: 3}\n"));
        }

        /** A waiver's text fields say what to quote, as written, as the protocol's fields do. */
        @Test
        void aWaiverTextWrittenAsANumberOrBooleanIsToldToQuoteItAsWritten() {
            Outcome outcome = assertProblems(batch(WAIVER.replace("justification: \"Donor age reviewed (QR-0212).\"",
                    "justification: 0031").replace("approved_by: \"QA: M. Novak\"", "approved_by: True")),
                    at(9, 5, "/waivers/0/justification"), at(10, 5, "/waivers/0/approved_by"));
            assertThat(run(batch(WAIVER.replace("pointer: /protocol/donor/age_years", "pointer: 1e5"))).messages())
                    .containsExactly("waivers.0.pointer: must be a JSON Pointer starting with /protocol, not the number 1e5");
            assertThat(outcome.messages()).containsExactly(
                    "waivers.0.justification: is required and must be non-blank text, not the number 0031 (quote it: \"0031\")",
                    "waivers.0.approved_by: is required and must be non-blank text, not the boolean True (quote it: \"True\")");
        }

        /** Section 2.1: every key inside waivers is a string, in a reference too (whose values are not checked). */
        @Test
        void e26_aKeyOfAReferenceMustBeAString() {
            Outcome outcome = assertProblems(batch(WAIVER + "    reference: {change: CC-1, 1: x}\n"), at(13, 31, "/waivers/0/reference/1"));
            assertThat(outcome.messages()).containsExactly("waivers.0.reference.1: key 1 is not a string: keys are text (quote it: \"1\")");
        }

        @Test
        void e27_ruleUnknownMissingOrNotAString() {
            assertProblems(batch(WAIVER.replace("rule: DON-02", "rule: DON-2")), at(7, 5, "/waivers/0/rule"));
            assertProblems(batch(WAIVER.replace("rule: DON-02", "rule: X-01")), at(7, 5, "/waivers/0/rule"));
            assertProblems(batch(WAIVER.replace("rule: DON-02", "rule: 12")), at(7, 5, "/waivers/0/rule"));
            assertProblems(batch(WAIVER.replace("rule: DON-02", "rule: ~")), at(7, 5, "/waivers/0"));
            assertProblems(batch(WAIVER.replace("rule: DON-02", "reference: X")), at(7, 5, "/waivers/0"));
            assertValid(batch(WAIVER.replace("rule: DON-02", "rule: DOC-04")));
        }

        @Test
        void e28_badPointer() {
            assertProblems(batch(WAIVER.replace("/protocol/donor/age_years", "donor/age_years")), at(8, 5, "/waivers/0/pointer"));
            assertProblems(batch(WAIVER.replace("/protocol/donor/age_years", "\"#/protocol/donor\"")), at(8, 5, "/waivers/0/pointer"));
            assertProblems(batch(WAIVER.replace("/protocol/donor/age_years", "/format")), at(8, 5, "/waivers/0/pointer"));
            // Present and null is an error too.
            assertProblems(batch(WAIVER.replace("/protocol/donor/age_years", "null")), at(8, 5, "/waivers/0/pointer"));
            assertProblems(batch(WAIVER.replace("/protocol/donor/age_years", "[/protocol]")), at(8, 5, "/waivers/0/pointer"));
            assertValid(batch(WAIVER.replace("/protocol/donor/age_years", "/protocol")));
            assertValid(batch(WAIVER.replace("    pointer: /protocol/donor/age_years\n", "")));
        }

        @Test
        void e29_missingApprovalText() {
            assertProblems(batch(WAIVER.replace("\"Donor age reviewed (QR-0212).\"", "\"\"")), at(9, 5, "/waivers/0/justification"));
            assertProblems(batch(WAIVER.replace("\"Donor age reviewed (QR-0212).\"", "\"  \"")), at(9, 5, "/waivers/0/justification"));
            assertProblems(batch(WAIVER.replace("\"QA: M. Novak\"", "42")), at(10, 5, "/waivers/0/approved_by"));
            assertProblems(batch(WAIVER.replace("    approved_by: \"QA: M. Novak\"\n", "")), at(7, 5, "/waivers/0"));
            // Null means missing: located at the waiver.
            assertProblems(batch(WAIVER.replace("\"QA: M. Novak\"", "~")), at(7, 5, "/waivers/0"));
        }

        @Test
        void e30_datesMissingOrNotDates() {
            assertProblems(batch(WAIVER.replace("expires_on: 2025-12-31", "expires_on: \"2025-12-31\"")), at(12, 5, "/waivers/0/expires_on"));
            assertProblems(batch(WAIVER.replace("expires_on: 2025-12-31", "expires_on: 2025-12-31 12:00:00")), at(12, 5, "/waivers/0/expires_on"));
            assertProblems(batch(WAIVER.replace("expires_on: 2025-12-31", "expires_on: 2025-12-31T00:00:00Z")), at(12, 5, "/waivers/0/expires_on"));
            assertProblems(batch(WAIVER.replace("approved_on: 2025-01-15", "approved_on: 2025-02-30")), at(11, 5, "/waivers/0/approved_on"));
            assertProblems(batch(WAIVER.replace("approved_on: 2025-01-15", "approved_on: 20250115")), at(11, 5, "/waivers/0/approved_on"));
            assertProblems(batch(WAIVER.replace("    approved_on: 2025-01-15\n", "")), at(7, 5, "/waivers/0"));
            assertProblems(batch(WAIVER.replace("expires_on: 2025-12-31", "expires_on:")), at(7, 5, "/waivers/0"));
        }

        @Test
        void e30_aBadDateDoesNotStopTheRestOfTheFile() {
            assertProblems(batch(nested("donor.count", "0") + WAIVER.replace("approved_on: 2025-01-15", "approved_on: 2025-02-30")),
                    at(7, 5, "/protocol/donor/count"),
                    at(13, 5, "/waivers/0/approved_on"));
        }

        @Test
        void e31_expiresBeforeApproval() {
            assertProblems(batch(WAIVER.replace("expires_on: 2025-12-31", "expires_on: 2025-01-14")), at(12, 5, "/waivers/0/expires_on"));
            assertValid(batch(WAIVER.replace("expires_on: 2025-12-31", "expires_on: 2025-01-15")));
        }

        @Test
        void everyWaiverIsChecked() {
            String second = WAIVER.replace("waivers:\n", "").replace("rule: DON-02", "rule: DON-99");
            assertProblems(batch(WAIVER + second + "  - 5\n"), at(13, 5, "/waivers/1/rule"), at(19, 5, "/waivers/2"));
        }
    }

    // ------------------------------------------------------------------ all at once

    @Test
    void aFileWithSeveralErrorsReportsAllOfThemAtOnce() {
        Outcome outcome = assertProblems("""
                format: secretome-protocol/2
                comments: draft
                protocol:
                  stage: design
                  version: 2.1
                  product: {type: ev_small, route: iv}
                  conditioning:
                    duration_hours: 48
                    viability_at_harvest_pct: 92
                    medium: {ev_depleted: not_applicable}
                  donor: {sex: mixed, count: 1e0}
                  culture_format: 2d_flask
                  isolation: {methods: [none, tff]}
                  documentation: {deviations: []}
                waivers:
                  - rule: X-01
                    justification: ""
                """,
                at(1, 1, "/format"),
                at(2, 1, "/comments"),
                at(3, 1, "/protocol"), // id missing
                at(5, 3, "/protocol/version"),
                at(6, 3, "/protocol/product"), // clinical_stage missing
                at(6, 29, "/protocol/product/route"),
                at(8, 5, "/protocol/conditioning/duration_hours"),
                at(9, 5, "/protocol/conditioning/viability_at_harvest_pct"),
                at(10, 14, "/protocol/conditioning/medium/ev_depleted"),
                at(11, 11, "/protocol/donor/sex"), // a result in a design
                at(11, 11, "/protocol/donor/sex"), // mixed without pooling
                at(11, 23, "/protocol/donor/count"),
                at(12, 3, "/protocol/culture_format"),
                at(13, 15, "/protocol/isolation/methods"),
                at(14, 19, "/protocol/documentation/deviations"),
                at(16, 5, "/waivers/0"), // approved_by, approved_on, expires_on missing
                at(16, 5, "/waivers/0"),
                at(16, 5, "/waivers/0"),
                at(16, 5, "/waivers/0/rule"),
                at(17, 5, "/waivers/0/justification"));
        assertThat(outcome.messages()).doesNotHaveDuplicates();
    }

    /** Messages about a value of the wrong kind say what to write (found by a review of the format, 2026-11-30). */
    @Nested
    class WhatToWrite {

        private String message(String path, String value) {
            Outcome outcome = run(batch(nested(path, value)));
            assertThat(outcome.problems()).hasSize(1);
            return outcome.messages().get(0);
        }

        @Test
        void aNumberOrBooleanInAClosedListNamesTheAllowedValues() {
            assertThat(message("source.tissue", "5")).isEqualTo(
                    "protocol.source.tissue: is not an allowed value (found the number 5); allowed: bone_marrow, adipose,"
                            + " umbilical_cord_wharton_jelly, umbilical_cord_blood, placenta, amnion, chorion, dental_pulp, shed,"
                            + " menstrual_blood, synovium, ipsc_derived, other");
            assertThat(message("release_testing.msc_origin_markers.cd73", "true"))
                    .startsWith("protocol.release_testing.msc_origin_markers.cd73: is not an allowed value (found the boolean true);"
                            + " allowed: negative, positive, not_done");
            assertThat(run(batch(nestedList("reporting.checklists", "2023"))).messages()).containsExactly(
                    "protocol.reporting.checklists.0: is not an allowed value (found the number 2023); allowed: misev2018,"
                            + " misev2023, isev_cell_culture_checklist, ev_track");
        }

        /** Section 2.3: an ID that YAML reads as a number must be quoted, as written: batch 0031 is not batch 31. */
        @Test
        void theQuoteHintQuotesTheTextAsWritten() {
            assertThat(message("documentation.batch_id", "0031"))
                    .isEqualTo("protocol.documentation.batch_id: must be text, not the number 0031 (quote it: \"0031\")");
            assertThat(message("documentation.batch_id", "1e5")).endsWith("not the number 1e5 (quote it: \"1e5\")");
            assertThat(message("documentation.batch_id", "+0147")).endsWith("not the number +0147 (quote it: \"+0147\")");
            assertThat(message("documentation.batch_id", ".5")).endsWith("not the number .5 (quote it: \".5\")");
            assertThat(message("documentation.batch_id", "True")).endsWith("not the boolean True (quote it: \"True\")");
            assertThat(message("documentation.batch_id", "!!int 12")).endsWith("(quote it: \"12\")");
        }

        @Test
        void aNumberWithItsUnitIsToldToDropItAndTheKeysSuffixIsNamedOnlyWhenThereIsOne() {
            assertThat(message("formulation_storage.storage_temp_c", "\"-80 C\"")).endsWith(
                    "must be a number, not the text \"-80 C\" (write a bare number in °C, the unit the key's suffix gives: convert a value"
                    + " written in another unit)");
            assertThat(message("donor.count", "2 donors"))
                    .isEqualTo("protocol.donor.count: must be an integer, not the text \"2 donors\" (write a bare number)");
            assertThat(message("donor.count", "P4")).isEqualTo("protocol.donor.count: must be an integer, not the text \"P4\"");
            assertThat(message("formulation_storage.storage_temp_c", "\"-80 \u00B0C\"")).endsWith("not the text \"-80 \u00B0C\""
                    + " (write a bare number in °C, the unit the key's suffix gives: convert a value written in another unit)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"300-350", "24 - 48", "24\u201348", "2 to 5", "0.5..1.5", "-80 to -70", "-80--70",
            "-80 \u2013 -70", "1e9-2e9", "2 TO 5", "-70..-80"})
        void aRangeIsToldToBeOneNumber(String range) {
            assertThat(message("donor.count", "\"" + range + "\"")).endsWith(
                    "(write one number: a range is not a value; give the one used or planned)");
        }

        @Test
        void aToleranceIsToldToBeOneNumber() {
            assertThat(message("formulation_storage.storage_temp_c", "\"30 \u00b1 2\"")).endsWith(
                    "(write one number: a value with its tolerance is two; give the value)");
            assertThat(message("formulation_storage.storage_temp_c", "\"30 +/- 2\"")).endsWith("give the value)");
        }

        @Test
        void aLongRunOfDigitsIsReadInLinearTime() {
            assertThat(message("formulation_storage.storage_temp_c", "\"" + "1".repeat(60_000) + "x\""))
                    .contains("write a bare number");
        }

        /** expansion: with only "o2_pct:21" under it is a text, not a section: the colon needs its space. */
        @Test
        void aSectionWrittenAsOneGluedKeyIsToldTheSpace() {
            assertThat(message("expansion", "o2_pct:21")).isEqualTo("protocol.expansion: must be a mapping of keys"
                    + " (a section), not the text \"o2_pct:21\" (a key needs a space after its colon: o2_pct: 21)");
            assertThat(message("expansion", "\"o2_pct:21 co2_pct:5\"")).as("two such lines, folded into one text")
                    .endsWith("(a key needs a space after its colon: o2_pct: 21, co2_pct: 5)");
            assertThat(message("expansion", "\"method:G-banding, 20 metaphases\"")).as("one key, a value with spaces")
                    .endsWith("(a key needs a space after its colon: method: G-banding, 20 metaphases)");
        }

        @Test
        void aFractionIsToldToBeADecimal() {
            assertThat(message("formulation_storage.storage_temp_c", "1/2"))
                    .endsWith("not the text \"1/2\" (write a decimal number: a fraction is not a number in this format)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1,5", "-80,5", "1,000"})
        void aDecimalCommaIsNamed(String number) {
            assertThat(message("formulation_storage.storage_temp_c", "\"" + number + "\""))
                    .endsWith("(write a decimal point, not a comma, and no thousands separator)");
        }

        /** Brackets around an allowed value are the mistake, not the value. */
        @Test
        void aListOrMappingInAClosedListFieldIsToldItMustBeText() {
            assertThat(message("source.tissue", "[bone_marrow]")).isEqualTo("protocol.source.tissue: must be text, not a list");
        }

        /** Numbers written otherwise than their value are quoted as written only where it helps. */
        @Test
        void writtenFormsAreShownWhereTheyHelp() {
            assertThat(message("donor.count", ".5")).endsWith("written without a decimal point or an exponent, not .5");
            assertThat(message("documentation.batch_id", ".inf")).startsWith(
                    "protocol.documentation.batch_id: must be text, not the infinite value .inf");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0x1", "0o4", "0b101", "1_000", "1:30"})
        void hexadecimalOctalSeparatorsAndBase60AreNamed(String number) {
            assertThat(message("donor.count", number)).endsWith("(hexadecimal, octal, binary, digit separators and base 60"
                    + " are not numbers in this format: write decimal digits)");
        }

        /** A minus sign, an en dash or a Cyrillic letter looks right in the message; it is named. */
        @Test
        void aCharacterOutsideAsciiInANumberAnIdOrAClosedListIsNamed() {
            assertThat(message("formulation_storage.storage_temp_c", "\u221280")).isEqualTo(
                    "protocol.formulation_storage.storage_temp_c: must be a number, not the text \"\u221280\";"
                            + " \"\u2212\" is U+2212 MINUS SIGN, not an ASCII character");
            assertThat(message("donor.consent_document_id", "IC\u20132024")).endsWith(
                    "(found \"IC\u20132024\"); \"\u2013\" is U+2013 EN DASH, not an ASCII character");
            assertThat(message("source.tissue", "adip\u043Ese")).startsWith("protocol.source.tissue: is not an allowed value"
                    + " (found \"adip\u043Ese\"); \"\u043E\" is U+043E CYRILLIC SMALL LETTER O, not an ASCII character; did you mean adipose? Allowed:");
            assertThat(message("source.tissue", "Bone marrow")).startsWith("protocol.source.tissue: is not an allowed value"
                    + " (found \"Bone marrow\"); did you mean bone_marrow? Allowed: bone_marrow, adipose,");
            assertThat(message("source.tissue_description", "5")).doesNotContain("ASCII");
        }
    }
}
