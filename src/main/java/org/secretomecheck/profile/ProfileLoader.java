package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.finding.Suggestions;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.load.ReadResult;
import org.secretomecheck.load.YamlReader;
import org.secretomecheck.protocol.BeanValidation;
import org.secretomecheck.protocol.NumberRange;
import org.secretomecheck.protocol.ProtocolDocument;

/**
 * Loads the default profile bundled with the tool and overlays a site profile on it. A site
 * profile may override any subset of keys; every key it writes must exist in the default profile
 * and keep its type (a number stays a number, a list a list).
 */
public final class ProfileLoader {

    /** Where the default profile sits on the class path. */
    public static final String DEFAULT_RESOURCE = "/profiles/default.yaml";

    /** How messages name the default profile. */
    private static final String DEFAULT_DISPLAY = "(bundled) profiles/default.yaml";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final YamlReader reader = new YamlReader(InputLimits.DEFAULT);

    /** The default profile alone. */
    public LoadedProfile loadDefault() throws ProfileException {
        return load(null, null);
    }

    /**
     * The default profile with {@code siteContent} (from {@code siteFile}) laid over it; both
     * null for the default alone.
     */
    public LoadedProfile load(String siteFile, byte[] siteContent) throws ProfileException {
        return load(siteFile, siteContent, true);
    }

    /**
     * The default profile with threshold overrides that are not a profile of their own (a rule
     * case's {@code profile:}): as {@link #load}, but they keep the default profile's name.
     */
    public LoadedProfile withOverrides(String display, byte[] overrides) throws ProfileException {
        return load(display, overrides, false);
    }

    private LoadedProfile load(String siteFile, byte[] siteContent, boolean ownName) throws ProfileException {
        ObjectNode defaults = read(DEFAULT_DISPLAY, defaultBytes());
        ObjectNode merged = defaults.deepCopy();
        List<Problem> problems = new ArrayList<>();
        ProtocolDocument site = null;
        if (siteContent != null) {
            site = document(siteFile, siteContent);
            overlay(merged, merged, site.root(), "", site, problems); // lays over only values of the right shape
            problems.addAll(ProfileValues.closedLists(merged, site));
            inDefaultOrder(defaults, merged);
        }
        List<String> replaced = new ArrayList<>();
        Profile profile = bind(merged, defaults, site, problems, replaced);
        freeze(profile);
        // Every problem at once: unknown keys, wrong types, values not allowed, out of range, or
        // contradicting each other (leaving out contradictions with a default that stands in for
        // a value that could not be bound: the user did not write it).
        problems.addAll(ranges(profile, site));
        if (site != null) {
            problems.addAll(ProfileValues.orders(merged, site, replaced));
            problems.addAll(ProfileValues.markers(merged, site));
            if (ownName && sameName(merged, defaults) && !sha256(merged).equals(sha256(defaults))) {
                problems.add(problem(site, site.at("/profile/name").isMissingNode() ? "/profile" : "/profile/name",
                        "a site profile that changes thresholds needs its own profile.name or profile.version;"
                                + " with " + name(defaults) + " the reports would present its thresholds as the"
                                + " default profile's"));
            }
        }
        throwIfAny(problems);
        List<LoadedProfile.Difference> differences = new ArrayList<>();
        differences(defaults, merged, "", differences);
        return new LoadedProfile(profile, merged, sha256(merged), siteFile == null ? "default" : siteFile, differences);
    }

    /** Adds to {@code differences} the thresholds at {@code key} and below where {@code merged} differs from {@code standard}. */
    private static void differences(JsonNode standard, JsonNode merged, String key, List<LoadedProfile.Difference> differences) {
        if (standard.isObject()) {
            standard.properties().forEach(member -> differences(member.getValue(), merged.path(member.getKey()),
                    key.isEmpty() ? member.getKey() : key + "." + member.getKey(), differences));
            return;
        }
        boolean same = standard.isNumber() && merged.isNumber() ? standard.decimalValue().compareTo(merged.decimalValue()) == 0
                : standard.equals(merged); // a list of names in another order was put in the default's (inDefaultOrder)
        if (!same && !key.equals("profile.name") && !key.equals("profile.version")) { // a name is no threshold
            differences.add(new LoadedProfile.Difference(key, merged, standard));
        }
    }

    /**
     * Gives each list of names in {@code merged} that holds the default's items in another order the
     * default's order: the same thresholds, so the same digest, and no change that would need a
     * name of its own.
     */
    private static void inDefaultOrder(JsonNode standard, JsonNode merged) {
        if (standard.isObject() && merged.isObject()) {
            standard.properties().forEach(member -> {
                JsonNode mine = merged.get(member.getKey());
                if (mine != null && member.getValue().isArray() && mine.isArray() && !mine.equals(member.getValue())
                        && sameItems(member.getValue(), mine)) {
                    ((ObjectNode) merged).set(member.getKey(), member.getValue().deepCopy());
                } else if (mine != null) {
                    inDefaultOrder(member.getValue(), mine);
                }
            });
        }
    }

    /** True when two lists hold the same items, in any order. */
    private static boolean sameItems(JsonNode a, JsonNode b) {
        List<JsonNode> left = new ArrayList<>();
        a.forEach(left::add);
        List<JsonNode> right = new ArrayList<>();
        b.forEach(right::add);
        return left.size() == right.size() && left.containsAll(right) && right.containsAll(left);
    }

    /**
     * Binds {@code merged}. A site value that cannot be bound (a fraction for a whole number) is a
     * problem, unless one is already reported there, and the default takes its place, so that the
     * other checks still run on the rest.
     */
    private static Profile bind(ObjectNode merged, ObjectNode defaults, ProtocolDocument site, List<Problem> problems,
            List<String> replaced) throws ProfileException {
        while (true) {
            try {
                return MAPPER.treeToValue(merged, ProfileFile.class).profile;
            } catch (JsonMappingException e) {
                String pointer = "";
                for (JsonMappingException.Reference reference : e.getPath()) {
                    if (reference.getFieldName() == null) {
                        break; // a list item: the whole list goes back to the default
                    }
                    pointer += "/" + reference.getFieldName();
                }
                Location location = site == null ? Location.ofFile(DEFAULT_DISPLAY) : site.locate(pointer);
                String at = location.pointer();
                if (problems.stream().map(problem -> problem.location().pointer())
                        .noneMatch(known -> known.equals(at) || known.startsWith(at + "/"))) {
                    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
                    String why = message.contains("out of range of int") ? "is out of range for a whole number"
                            + " (-2147483648 to 2147483647)"
                            : message.contains("to `int`") ? "must be a whole number" : "has a value of the wrong type";
                    problems.add(new Problem(Problem.Kind.STRUCTURE, location,
                            (pointer.isEmpty() ? "profile" : dotted(pointer)) + " " + why));
                }
                JsonNode fallback = defaults.at(pointer);
                int slash = pointer.lastIndexOf('/');
                JsonNode parent = slash <= 0 ? null : merged.at(pointer.substring(0, slash));
                String key = pointer.substring(slash + 1);
                if (site == null || fallback.isMissingNode() || !(parent instanceof ObjectNode members)
                        || fallback.equals(members.get(key))) {
                    throwIfAny(problems); // nothing left to fall back on: stop with what is known
                    throw new IllegalStateException("the bundled default profile cannot be bound", e);
                }
                members.set(key, fallback.deepCopy());
                replaced.add(pointer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void throwIfAny(List<Problem> problems) throws ProfileException {
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Problem.BY_POSITION);
            throw new ProfileException(sorted);
        }
    }

    private ObjectNode read(String file, byte[] content) throws ProfileException {
        ProtocolDocument document = document(file, content);
        if (!document.root().isObject() || !document.root().path("profile").isObject()) {
            throw new ProfileException(List.of(new Problem(Problem.Kind.STRUCTURE, document.locate(""),
                    "a profile must be a mapping with the root key profile")));
        }
        return (ObjectNode) document.root();
    }

    private ProtocolDocument document(String file, byte[] content) throws ProfileException {
        ReadResult result = reader.read(file, content);
        if (!result.problems().isEmpty()) {
            throw new ProfileException(result.problems());
        }
        return result.document();
    }

    /**
     * Same name and version, case, punctuation, symbols and any space or invisible character aside
     * ("Default_EU_GMP_clinical " with a no-break space, "default-eu-gmp-clinical",
     * "default+eu+gmp+clinical" are no names of their own), and versions by their numbers
     * ({@code v1.0}, {@code 1.00}, {@code 1,0}, {@code version 1.0.0} are {@code 1.0}).
     */
    private static boolean sameName(JsonNode a, JsonNode b) {
        return alike(bare(a.at("/profile/name")).replaceAll("[\\p{P}\\p{S}]", ""),
                bare(b.at("/profile/name")).replaceAll("[\\p{P}\\p{S}]", ""))
                && alike(version(bare(a.at("/profile/version"))), version(bare(b.at("/profile/version"))));
    }

    /**
     * A version as its numbers, when it is numbers (in any script's digits, or letters that look
     * like them: I, l for 1, O for 0) before or after a word that says "version" ({@code v},
     * {@code rev.}, {@code version}) or "default", and with any separators: each without leading zeros, trailing zero numbers
     * left out ({@code v01.0.0} is {@code 1}). A version with other words ({@code 1.0-site},
     * {@code ACME 1.0}) stays as it is.
     */
    private static String version(String text) {
        String word = "(?i)(version|revision|release|vers|ver|rev|rel|vsn|v|r|default)?";
        String numbers = text.replaceFirst("^" + word + "[\\p{P}\\p{S}]*", "").replaceFirst("[\\p{P}\\p{S}]*" + word + "[\\p{P}\\p{S}]*$", "")
                .replaceAll("[Il|]", "1").replaceAll("[Oo]", "0"); // look-alikes of digits
        if (!numbers.matches("[\\p{Nd}\\p{P}\\p{S}]*\\p{Nd}[\\p{Nd}\\p{P}\\p{S}]*")) {
            return text;
        }
        List<String> parts = new ArrayList<>();
        for (String part : numbers.split("[^\\p{Nd}]+")) {
            if (!part.isEmpty()) {
                StringBuilder digits = new StringBuilder();
                part.codePoints().forEach(c -> digits.append(Character.digit(c, 10)));
                parts.add(digits.toString().replaceFirst("^0+(?=\\d)", ""));
            }
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).equals("0")) {
            parts.remove(parts.size() - 1);
        }
        return String.join(".", parts);
    }

    /**
     * The text in compatibility form (full-width letters as ASCII), without spaces, formatting and
     * combining marks, and the blank letters (U+3164, U+2800, ...).
     */
    private static String bare(JsonNode text) {
        return java.text.Normalizer.normalize(text.asText(), java.text.Normalizer.Form.NFKC)
                .replaceAll("[\\p{Z}\\s\\p{Cf}\\p{M}\\u115F\\u1160\\u3164\\uFFA0\\u2800]", "");
    }

    /**
     * True when {@code a} and {@code b} may look the same: as long, and at each place the same
     * ASCII character in either case, or a character outside ASCII in either, which may be a
     * look-alike (a Cyrillic а for a Latin a).
     */
    private static boolean alike(String a, String b) {
        int[] x = a.codePoints().map(ProfileLoader::unconfused).toArray();
        int[] y = b.codePoints().map(ProfileLoader::unconfused).toArray();
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 128 && y[i] < 128 && Character.toLowerCase(x[i]) != Character.toLowerCase(y[i])) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII letters and digits that are easily taken for one another as one: I, l, 1 and |; O and 0. */
    private static int unconfused(int c) {
        return c == 'I' || c == '1' || c == '|' || c == 'L' ? 'l' : c == '0' || c == 'O' ? 'o' : c;
    }

    private static String name(JsonNode profile) {
        return profile.at("/profile/name").asText() + " " + profile.at("/profile/version").asText();
    }

    /** The mappings of the default profile below {@code pointer} that hold {@code key}, dotted, in its order. */
    private static List<String> placesOf(JsonNode node, String pointer, String key) {
        List<String> places = new ArrayList<>();
        if (node.isObject()) {
            if (node.has(key) && !pointer.isEmpty()) {
                places.add(dotted(pointer));
            }
            node.properties().forEach(member -> places.addAll(placesOf(member.getValue(), pointer + "/" + member.getKey(), key)));
        }
        return places;
    }

    private static void overlay(ObjectNode root, ObjectNode base, JsonNode site, String pointer, ProtocolDocument document,
            List<Problem> problems) {
        if (!site.isObject()) {
            problems.add(problem(document, pointer, "must be a mapping, as in the default profile"));
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> members = site.properties().iterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            String at = pointer + "/" + member.getKey();
            JsonNode current = base.get(member.getKey());
            JsonNode value = member.getValue();
            if (current == null) {
                String suggestion = Suggestions.closest(member.getKey(),
                        base.properties().stream().map(Map.Entry::getKey).toList());
                List<String> places = suggestion == null ? placesOf(root, "", member.getKey()) : List.of();
                String belongs = places.isEmpty() || places.size() > 3 ? ""
                        : "; " + member.getKey() + " is a key of " + String.join(" and of ", places);
                problems.add(problem(document, at, pointer.isEmpty()
                        ? "unknown root key " + Readable.escapedWithLookalikes(member.getKey(), 200) + "; a profile has the one root key"
                                + " profile, with the thresholds below it, as in profiles/default.yaml" + belongs
                        : "unknown profile key " + Readable.escapedWithLookalikes(dotted(at), 200) + (suggestion == null ? ""
                                : "; did you mean " + dotted(pointer + "/" + suggestion) + "?") + belongs));
            } else if (current.isObject()) {
                if (value.isObject()) {
                    overlay(root, (ObjectNode) current, value, at, document, problems);
                } else {
                    problems.add(problem(document, at, dotted(at) + " must be a mapping, as in the default profile"));
                }
            } else if (!sameType(current, value)) {
                problems.add(problem(document, at, dotted(at) + " must be " + kind(current) + " like the default ("
                        + shown(current) + "), not " + kind(value)));
            } else if (value.isNumber() && !NumberRange.holds(value.decimalValue())) {
                problems.add(problem(document, at, dotted(at) + " is outside the range of numbers a profile can hold ("
                        + NumberRange.DESCRIBED + ")"));
            } else {
                base.set(member.getKey(), value.isBigDecimal() ? base.numberNode(value.decimalValue()) : value);
            }
        }
    }

    /**
     * Makes every list of the profile unmodifiable. The profile is shared by every protocol of a
     * run, on every thread, and has no setters: a rule that tried to change a threshold list would
     * change how the protocols after it are judged.
     */
    private static void freeze(Object section) {
        for (Field field : section.getClass().getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                field.setAccessible(true);
                Object value = field.get(section);
                if (value instanceof List<?> list) {
                    field.set(section, java.util.Collections.unmodifiableList(list));
                } else if (value != null && value.getClass().getPackage() == Profile.class.getPackage()) {
                    freeze(value);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot freeze " + field, e);
            }
        }
    }

    private static boolean sameType(JsonNode current, JsonNode value) {
        if (current.isNumber()) {
            return value.isIntegralNumber() || value.isBigDecimal();
        }
        return current.getNodeType() == value.getNodeType();
    }

    private static String shown(JsonNode node) {
        return node.isNumber() ? node.decimalValue().toPlainString() : node.toString();
    }

    private static String kind(JsonNode node) {
        if (node.isDouble()) {
            return "a special value (.inf or .nan)";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isTextual()) {
            return "text";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull()) {
            return "null (a threshold cannot be left unset; leave the key out to keep the default)";
        }
        return node.isObject() ? "a mapping" : "a value";
    }

    /**
     * The thresholds outside their range (a percentage above 100, a negative count or time, a
     * body weight or an upper size limit of 0), located in the site profile, in file order.
     */
    private static List<Problem> ranges(Profile profile, ProtocolDocument site) {
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<Profile> violation : BeanValidation.validator().validate(profile)) {
            String pointer = "/profile" + pointer(Profile.class, violation.getPropertyPath());
            Location location = site == null || site.at(pointer).isMissingNode()
                    ? Location.ofFile(DEFAULT_DISPLAY) : site.locate(pointer);
            boolean blank = violation.getConstraintDescriptor().getAnnotation() instanceof NotBlank
                    || violation.getConstraintDescriptor().getAnnotation() instanceof NotEmpty;
            problems.add(new Problem(Problem.Kind.STRUCTURE, location, dotted(pointer) + " " + range(violation)
                    + (blank ? "" : ", not " + violation.getInvalidValue())));
        }
        problems.sort(Problem.BY_POSITION);
        return problems;
    }

    /** The JSON Pointer (profile keys) of a property path (Java field names) below {@code type}. */
    private static String pointer(Class<?> type, jakarta.validation.Path path) {
        StringBuilder pointer = new StringBuilder();
        Class<?> current = type;
        for (jakarta.validation.Path.Node node : path) {
            try {
                Field field = current.getDeclaredField(node.getName());
                pointer.append('/').append(field.getAnnotation(JsonProperty.class).value());
                current = field.getType();
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("the profile model has no field " + node.getName(), e);
            }
        }
        return pointer.toString();
    }

    /** What the range constraint asks, in words. */
    private static String range(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof DecimalMin min) {
            return (min.inclusive() ? "must be at least " : "must be above ") + min.value();
        }
        if (constraint instanceof DecimalMax max) {
            return (max.inclusive() ? "must be at most " : "must be below ") + max.value();
        }
        if (constraint instanceof Min min) {
            return "must be at least " + min.value();
        }
        if (constraint instanceof NotBlank) {
            return "must not be blank: it names the thresholds in every report";
        }
        if (constraint instanceof NotEmpty) {
            return "must name at least one: an empty list would leave its criterion nothing to check";
        }
        return "is out of range";
    }

    private static String dotted(String pointer) {
        return pointer.substring(1).replace('/', '.');
    }

    private static Problem problem(ProtocolDocument document, String pointer, String message) {
        return new Problem(Problem.Kind.STRUCTURE, document.locate(pointer), message + Readable.lookalikeNotes(message));
    }

    private static byte[] defaultBytes() {
        try (InputStream in = ProfileLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled default profile is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code node} with every number as its value without trailing zeros (5.0 is 5). */
    private static JsonNode canonicalNumbers(JsonNode node) {
        if (node.isNumber()) {
            return DecimalNode.valueOf(node.decimalValue().stripTrailingZeros());
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(member -> copy.set(member.getKey(), canonicalNumbers(member.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(canonicalNumbers(item)));
            return copy;
        }
        return node;
    }

    /**
     * The SHA-256 of {@code tree} as canonical JSON, the UTF-8 bytes of {@code {"profile":{...}}}
     * without spaces or line breaks, keys sorted (by UTF-16 code units), every number in plain
     * decimal notation without trailing zeros ({@code 5}, {@code 0.22}, {@code 1500000000}), so
     * that {@code 5}, {@code 5.0} and {@code 5.00}, or {@code 1500000000} and {@code 1.5e9}, give
     * the same digest.
     */
    static String sha256(JsonNode tree) {
        try {
            Object canonical = MAPPER.treeToValue(canonicalNumbers(tree), Object.class);
            byte[] json = MAPPER.writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writeValueAsString(canonical)
                    .getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }


    /** The file's root: one key, {@code profile}. */
    private static final class ProfileFile {
        private Profile profile;
    }
}
