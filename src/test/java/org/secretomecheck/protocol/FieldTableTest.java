package org.secretomecheck.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import java.io.IOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The model binds every row of the field table ({@code protocol-fields.tsv}, a copy of the table
 * in {@code protocol-format.md} Sections 5 and 6) with the right key, Java type and constraints,
 * and holds no property that the table does not list (except the three {@code _reason} keys of
 * Section 3.4).
 */
class FieldTableTest {

    private static final Path TABLE = Path.of("src/test/resources/protocol-fields.tsv");

    /** The lists whose items must differ in one key (3.10), and that key. */
    private static final Map<String, String> UNIQUE_BY = Map.of(
            "donor.eligibility.tests", "test",
            "release_testing.residuals", "analyte",
            "release_testing.cytokine_profile.results", "analyte",
            "documentation.deviations", "id");

    /** The fields that offer not_applicable (3.4), by the path of their mapping. */
    private static final Map<String, List<String>> NOT_APPLICABLE = Map.of(
            "conditioning.medium", List.of("ev_depleted"),
            "release_testing.general_safety", List.of("cytotoxicity", "hemocompatibility"));

    private static final Pattern RANGE = Pattern.compile("([\\[(])\\s*([^,]+),\\s*([^\\])]+)([\\])])");

    record Row(String path, String type, String unit, String range, String kind, String requiredIn) {
        /** The path below {@code protocol} without {@code []}: {@code donor.eligibility.tests.test}. */
        String relative() {
            return path.substring("protocol.".length()).replace("[]", "");
        }

        String parent() {
            String relative = relative();
            return relative.contains(".") ? relative.substring(0, relative.lastIndexOf('.')) : "";
        }

        String key() {
            String relative = relative();
            return relative.substring(relative.lastIndexOf('.') + 1);
        }
    }

    static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(TABLE);
        assertThat(lines.get(0)).isEqualTo("path\ttype\tunit\trange\tkind\trequired_in\tnote");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]));
        }
        return rows;
    }

    @Test
    void theTableIsTheSharedOne() throws IOException {
        Path shared = Path.of("/work/shared/design/protocol-fields.tsv");
        if (Files.exists(shared)) {
            assertThat(Files.readString(TABLE)).as("copy of %s", shared).isEqualTo(Files.readString(shared));
        }
        assertThat(rows()).hasSizeGreaterThan(250);
    }

    @TestFactory
    Stream<DynamicTest> everyRowIsBound() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.path(), () -> checkRow(row)));
    }

    private static void checkRow(Row row) {
        Class<?> container = classOf(row.parent());
        Field field = field(container, row.key());
        assertThat(field).as("%s has a property %s", container.getSimpleName(), row.key()).isNotNull();
        assertThat(snake(field.getName())).as("snake_case of the Java field").isEqualTo(row.key());

        checkType(row, field);

        assertThat(isResultInDesign(field)).as("result kind <-> @Null(groups = DesignStage.class)")
                .isEqualTo(row.kind().equals("result"));
        boolean structural = row.requiredIn().startsWith("structural");
        if (row.type().equals("mapping")) {
            // A required section (product) is filled in when absent, and its required keys are reported.
            assertThat(field.isAnnotationPresent(NotNull.class)).as("no @NotNull on a section").isFalse();
        } else {
            assertThat(field.isAnnotationPresent(NotNull.class)).as("structural <-> @NotNull").isEqualTo(structural);
        }
        checkRange(row, field);
    }

    private static void checkType(Row row, Field field) {
        String type = row.type();
        Class<?> raw = field.getType();
        if (type.equals("id string")) {
            assertThat(raw).isEqualTo(String.class);
            assertThat(field.isAnnotationPresent(IdString.class)).as("@IdString").isTrue();
        } else if (type.equals("string")) {
            assertThat(raw).isEqualTo(String.class);
            assertThat(field.isAnnotationPresent(Text.class)).as("@Text").isTrue();
        } else if (type.startsWith("enum ")) {
            assertThat(raw).isEqualTo(String.class);
            OneOf oneOf = field.getAnnotation(OneOf.class);
            assertThat(oneOf).as("@OneOf").isNotNull();
            assertThat(oneOf.value()).as("@OneOf values, in table order").containsExactly(type.substring(5).split("\\|"));
        } else if (type.equals("bool")) {
            assertThat(raw).isEqualTo(Boolean.class);
        } else if (type.equals("date")) {
            assertThat(raw).isEqualTo(LocalDate.class);
        } else if (type.equals("int")) {
            assertThat(raw).isEqualTo(Integer.class);
        } else if (type.equals("number") || type.equals("number (percent)")) {
            assertThat(raw).isEqualTo(BigDecimal.class);
        } else if (type.equals("number or censored string")) {
            assertThat(raw).isEqualTo(Measurement.class);
        } else if (type.startsWith("list of enum ")) {
            AnnotatedType element = listElement(field);
            assertThat(element.getType()).isEqualTo(String.class);
            OneOf oneOf = element.getAnnotation(OneOf.class);
            assertThat(oneOf).as("@OneOf on the list element").isNotNull();
            assertThat(oneOf.value()).as("@OneOf values, in table order").containsExactly(type.substring(13).split("\\|"));
            assertThat(field.isAnnotationPresent(Unique.class)).as("@Unique").isTrue();
        } else if (type.equals("list of ids")) {
            AnnotatedType element = listElement(field);
            assertThat(element.getType()).isEqualTo(String.class);
            assertThat(element.isAnnotationPresent(IdString.class)).as("@IdString on the list element").isTrue();
            assertThat(field.isAnnotationPresent(Unique.class)).as("@Unique").isTrue();
        } else if (type.equals("list of mappings")) {
            AnnotatedType element = listElement(field);
            assertThat(element.getType()).isInstanceOf(Class.class);
            assertThat(ListItem.class.isAssignableFrom((Class<?>) element.getType())).as("items are ListItems").isTrue();
            assertThat(element.isAnnotationPresent(Valid.class)).as("@Valid on the list element").isTrue();
            String uniqueKey = UNIQUE_BY.get(row.relative());
            UniqueBy uniqueBy = field.getAnnotation(UniqueBy.class);
            if (uniqueKey == null) {
                assertThat(uniqueBy).as("no @UniqueBy").isNull();
            } else {
                assertThat(uniqueBy).as("@UniqueBy").isNotNull();
                assertThat(snake(uniqueBy.value())).isEqualTo(uniqueKey);
            }
        } else if (type.equals("mapping")) {
            assertThat(Section.class.isAssignableFrom(raw)).as("a Section").isTrue();
            assertThat(ListItem.class.isAssignableFrom(raw)).as("not a ListItem").isFalse();
            assertThat(field.isAnnotationPresent(Valid.class)).as("@Valid").isTrue();
        } else {
            throw new AssertionError("type not covered by this test: " + type);
        }
        if (!type.equals("id string") && !type.equals("string")) {
            assertThat(field.isAnnotationPresent(Text.class) || field.isAnnotationPresent(IdString.class))
                    .as("no text constraint on a %s", type).isFalse();
        }
        if (!type.startsWith("enum ")) {
            assertThat(field.isAnnotationPresent(OneOf.class)).as("no @OneOf on a %s", type).isFalse();
        }
        if (!type.startsWith("list of enum ") && !type.equals("list of ids")) {
            assertThat(field.isAnnotationPresent(Unique.class)).as("no @Unique on a %s", type).isFalse();
        }
    }

    private static void checkRange(Row row, Field field) {
        String range = row.type().equals("number (percent)") ? "[0, 100]" : row.range();
        Min min = field.getAnnotation(Min.class);
        Max max = field.getAnnotation(Max.class);
        DecimalMin decimalMin = field.getAnnotation(DecimalMin.class);
        DecimalMax decimalMax = field.getAnnotation(DecimalMax.class);
        if (range.isEmpty() || row.type().equals("number or censored string")) {
            // Measured values (>= 0, or censored) are checked when the file is read, not by annotations.
            assertThat(Stream.of(min, max, decimalMin, decimalMax).allMatch(a -> a == null)).as("no range annotation").isTrue();
            return;
        }
        Matcher matcher = RANGE.matcher(range);
        assertThat(matcher.matches()).as("range %s", range).isTrue();
        boolean lowInclusive = matcher.group(1).equals("[");
        String low = matcher.group(2).trim();
        String high = matcher.group(3).trim();
        boolean highInclusive = matcher.group(4).equals("]");
        if (row.type().equals("int")) {
            assertThat(decimalMin).isNull();
            assertThat(decimalMax).isNull();
            assertThat(min).as("@Min").isNotNull();
            assertThat(min.value()).isEqualTo(Long.parseLong(low) + (lowInclusive ? 0 : 1));
            if (high.endsWith("inf")) {
                assertThat(max).as("no @Max").isNull();
            } else {
                assertThat(max).as("@Max").isNotNull();
                assertThat(max.value()).isEqualTo(Long.parseLong(high) - (highInclusive ? 0 : 1));
            }
            return;
        }
        assertThat(min).isNull();
        assertThat(max).isNull();
        assertThat(decimalMin).as("@DecimalMin").isNotNull();
        assertThat(new BigDecimal(decimalMin.value())).isEqualByComparingTo(new BigDecimal(low));
        assertThat(decimalMin.inclusive()).as("lower bound inclusive").isEqualTo(lowInclusive);
        if (high.endsWith("inf")) {
            assertThat(decimalMax).as("no @DecimalMax").isNull();
        } else {
            assertThat(decimalMax).as("@DecimalMax").isNotNull();
            assertThat(new BigDecimal(decimalMax.value())).isEqualByComparingTo(new BigDecimal(high));
            assertThat(decimalMax.inclusive()).as("upper bound inclusive").isEqualTo(highInclusive);
        }
    }

    @Test
    void theModelHasNoPropertyThatTheTableLacks() throws IOException {
        Set<String> paths = new LinkedHashSet<>();
        for (Row row : rows()) {
            paths.add(row.relative());
        }
        Set<String> reasons = new LinkedHashSet<>();
        NOT_APPLICABLE.forEach((section, fields) -> fields.forEach(f -> reasons.add(section + "." + f + "_reason")));

        Map<String, Field> model = new LinkedHashMap<>();
        collect(Protocol.class, "", model);
        Set<String> extra = new LinkedHashSet<>(model.keySet());
        extra.removeAll(paths);
        assertThat(extra).as("model properties not in the table").containsExactlyInAnyOrderElementsOf(reasons);
        for (String reason : reasons) {
            Field field = model.get(reason);
            assertThat(field.getType()).isEqualTo(String.class);
            assertThat(isResultInDesign(field)).isFalse();
        }
        Set<String> missing = new LinkedHashSet<>(paths);
        missing.removeAll(model.keySet());
        assertThat(missing).as("table rows the model lacks").isEmpty();
    }

    @Test
    void notApplicableIsOfferedExactlyWhereTheReasonsAre() throws IOException {
        List<String> offering = new ArrayList<>();
        for (Row row : rows()) {
            if (row.type().startsWith("enum ") && List.of(row.type().substring(5).split("\\|")).contains("not_applicable")) {
                offering.add(row.relative());
            }
        }
        List<String> expected = new ArrayList<>();
        NOT_APPLICABLE.forEach((section, fields) -> fields.forEach(f -> expected.add(section + "." + f)));
        assertThat(offering).containsExactlyInAnyOrderElementsOf(expected);
        NOT_APPLICABLE.forEach((section, fields) -> {
            NotApplicableReason annotation = classOf(section).getAnnotation(NotApplicableReason.class);
            assertThat(annotation).as("@NotApplicableReason on %s", section).isNotNull();
            assertThat(Stream.of(annotation.value()).map(FieldTableTest::snake).toList()).isEqualTo(fields);
        });
    }

    // ------------------------------------------------------------------ reflection helpers

    /** Every property below {@code type}, by dotted path without list indexes. */
    private static void collect(Class<?> type, String prefix, Map<String, Field> out) {
        for (Field field : properties(type)) {
            String path = prefix.isEmpty() ? key(field) : prefix + "." + key(field);
            out.put(path, field);
            Class<?> child = childClass(field);
            if (child != null) {
                collect(child, path, out);
            }
        }
    }

    /** The model class of the mapping at {@code path} (below protocol; "" is Protocol). */
    private static Class<?> classOf(String path) {
        Class<?> current = Protocol.class;
        if (path.isEmpty()) {
            return current;
        }
        for (String segment : path.split("\\.")) {
            Field field = field(current, segment);
            assertThat(field).as("%s has a property %s", current.getSimpleName(), segment).isNotNull();
            current = childClass(field);
            assertThat(current).as("%s is a mapping or a list of mappings", segment).isNotNull();
        }
        return current;
    }

    /** The section class a field holds (directly or as list items), or null for scalars. */
    private static Class<?> childClass(Field field) {
        if (Section.class.isAssignableFrom(field.getType())) {
            return field.getType();
        }
        if (field.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c
                && Section.class.isAssignableFrom(c)) {
            return c;
        }
        return null;
    }

    private static List<Field> properties(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                assertThat(field.getAnnotation(JsonProperty.class)).as("@JsonProperty on %s.%s",
                        type.getSimpleName(), field.getName()).isNotNull();
                fields.add(field);
            }
        }
        return fields;
    }

    private static Field field(Class<?> type, String key) {
        for (Field field : properties(type)) {
            if (key(field).equals(key)) {
                return field;
            }
        }
        return null;
    }

    private static String key(Field field) {
        return field.getAnnotation(JsonProperty.class).value();
    }

    private static AnnotatedType listElement(Field field) {
        assertThat(field.getType()).as("a List").isEqualTo(List.class);
        assertThat(field.getAnnotatedType()).isInstanceOf(AnnotatedParameterizedType.class);
        return ((AnnotatedParameterizedType) field.getAnnotatedType()).getAnnotatedActualTypeArguments()[0];
    }

    private static boolean isResultInDesign(Field field) {
        Null annotation = field.getAnnotation(Null.class);
        return annotation != null && List.of(annotation.groups()).equals(List.of(DesignStage.class));
    }

    private static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
