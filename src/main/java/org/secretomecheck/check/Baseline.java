package org.secretomecheck.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.secretomecheck.finding.BaselineEntry;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.JsonLayout;
import org.secretomecheck.finding.NumberText;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.finding.Severity;
import org.secretomecheck.rules.RuleBook;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A baseline: the open findings of an earlier check, recorded so that a later check fails only on
 * findings that are new. An entry matches a finding by rule ID, protocol ID and JSON Pointer (and
 * the offending value, when it records one), never by line, so edits that move lines keep it
 * matching. The file is JSON, or YAML when its name ends in {@code .yaml} or {@code .yml}:
 *
 * <pre>
 * {"format": "secretome-baseline/1",
 *  "recordedWith": {"tool": "secretome-check 1.0.0", "ruleSetSha256": "...", "profile": "default 2025.1",
 *                   "profileSha256": "..."},
 *  "findings": [{"ruleId": "DON-04", "protocolId": "SEC-BM-EXO-007", "pointer": "/protocol/donor/...",
 *                "severity": "critical", "value": "not_done", "file": "protocols/x.yaml", "line": 40,
 *                "column": 28}, ...]}
 * </pre>
 *
 * Entries are sorted by protocol ID, rule (catalogue order), pointer, value and file, so the same open
 * findings always give the same bytes. {@code recordedWith} names what the findings were judged
 * with; baselines written before it was added lack it, and are read all the same.
 */
public final class Baseline {

    /** The format marker of version 1 of a baseline file. */
    public static final String FORMAT = "secretome-baseline/1";

    private static final ObjectMapper JSON = JsonLayout.indented().build();
    /** Every string quoted, so that an ID such as 2024-05-01 or 1e3 reads back as text. */
    private static final ObjectMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();
    /** Readers that refuse duplicate keys and anything after the document. */
    private static final ObjectMapper JSON_READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    /** Largest baseline read: a baseline of 10,000 protocols is about 40 MB. */
    public static final int MAX_BYTES = 128 * 1024 * 1024;

    /** SnakeYAML's own limit (3 MB of text by default) raised to {@link #MAX_BYTES}: what is written is read back. */
    private static final ObjectMapper YAML_READER = YAMLMapper.builder(YAMLFactory.builder()
                    .loaderOptions(loaderOptions()).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        return options;
    }

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::protocolId)
            .thenComparing(e -> e.batchId() == null ? "" : e.batchId())
            .thenComparing(BaselineEntry::ruleId, RuleBook.catalogueOrder())
            .thenComparing(BaselineEntry::pointer)
            .thenComparing(e -> e.value() == null ? "" : e.value())
            .thenComparing(e -> String.valueOf(e.targets()))
            .thenComparing(e -> e.file() == null ? "" : e.file());

    /**
     * What a baseline's findings were judged with: the tool ({@code name version}), the rule set's
     * SHA-256, the profile ({@code name version}) and its SHA-256.
     */
    public record RecordedWith(String tool, String ruleSetSha256, String profile, String profileSha256) {

        /** The keys of {@code recordedWith}, in the order they are written. */
        static final List<String> KEYS = List.of("tool", "ruleSetSha256", "profile", "profileSha256");

        /**
         * What differs in {@code now} from this, in words (the rule set, the profile), or an empty
         * list; a different tool version alone changes no judgment that the rule set's digest
         * does not show.
         */
        public List<String> differences(RecordedWith now) {
            List<String> differences = new ArrayList<>();
            if (!ruleSetSha256.equals(now.ruleSetSha256)) {
                differences.add("rule set sha256 " + ruleSetSha256 + " (this run: " + now.ruleSetSha256 + ")");
            }
            if (!profileSha256.equals(now.profileSha256)) {
                differences.add("profile " + profile + " sha256 " + profileSha256 + " (this run: " + now.profile + " sha256 "
                        + now.profileSha256 + ")");
            }
            if (!tool.equals(now.tool)) { // another build may judge the same files otherwise
                differences.add("tool, " + tool + " (this run: " + now.tool + ")");
            }
            return differences;
        }
    }

    private final String source;
    private final String sha256;
    private final RecordedWith recordedWith;
    private final List<BaselineEntry> entries;
    private final java.util.Map<String, List<BaselineEntry>> byProtocol;

    private Baseline(String source, String sha256, RecordedWith recordedWith, List<BaselineEntry> entries) {
        this.source = source;
        this.sha256 = sha256;
        this.recordedWith = recordedWith;
        this.entries = List.copyOf(entries);
        this.byProtocol = this.entries.stream().collect(java.util.stream.Collectors.groupingBy(BaselineEntry::protocolId));
    }

    /** Thrown when a baseline file cannot be read. */
    public static final class InvalidBaselineException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidBaselineException(String message) {
            super(message);
        }
    }

    /** The file the baseline was read from, as the user named it. */
    public String source() {
        return source;
    }

    /** The SHA-256 of the file's bytes. */
    public String sha256() {
        return sha256;
    }

    /** What its findings were judged with, or null for a baseline written before that was recorded. */
    public RecordedWith recordedWith() {
        return recordedWith;
    }

    /** Its entries, sorted. */
    public List<BaselineEntry> entries() {
        return entries;
    }

    /**
     * True when the baseline records {@code finding} of protocol {@code protocolId}: same rule and
     * pointer, and not more severe than recorded (a finding that got worse is new).
     */
    public boolean records(String protocolId, String batchId, Finding finding) {
        return byProtocol.getOrDefault(protocolId, List.of()).stream().anyMatch(e -> e.matches(protocolId, batchId, finding));
    }

    /**
     * The entries for protocol {@code protocolId} whose finding is no longer open. A finding that
     * got more severe is not gone: it is open, and new, because it is worse than recorded. A finding
     * whose value changed is another deviation: its entry is gone, and the finding new.
     */
    public List<BaselineEntry> gone(String protocolId, String batchId, List<Finding> findings) {
        return byProtocol.getOrDefault(protocolId, List.of()).stream()
                .filter(e -> e.batchId() == null || e.batchId().equals(batchId)) // another batch's are not this one's to lose
                .filter(e -> findings.stream().noneMatch(f -> !f.isWaived() && e.isAbout(protocolId, batchId, f)))
                .toList();
    }

    /** The entries of the open findings of the checked {@code results}, sorted. */
    public static List<BaselineEntry> entriesOf(List<ProtocolResult> results) {
        List<BaselineEntry> entries = new ArrayList<>();
        for (ProtocolResult result : results) {
            if (result.isChecked() && result.id() != null) {
                result.findings().stream().filter(f -> !f.isWaived())
                        .forEach(f -> entries.add(BaselineEntry.of(result.id(), result.batchId(), f)));
            }
        }
        entries.sort(ORDER);
        return entries;
    }

    /** True when {@code file} names a YAML baseline. */
    static boolean isYaml(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * The baseline file for {@code entries}, judged with {@code recordedWith}: YAML when {@code file}
     * ends in .yaml or .yml, else JSON.
     */
    public static byte[] write(String file, RecordedWith recordedWith, List<BaselineEntry> entries) {
        List<BaselineEntry> sorted = merged(entries);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.putObject("recordedWith").put("tool", recordedWith.tool()).put("ruleSetSha256", recordedWith.ruleSetSha256())
                .put("profile", recordedWith.profile()).put("profileSha256", recordedWith.profileSha256());
        ArrayNode findings = root.putArray("findings");
        for (BaselineEntry entry : sorted) {
            ObjectNode node = findings.addObject();
            node.put("ruleId", entry.ruleId());
            node.put("protocolId", entry.protocolId());
            if (entry.batchId() != null) {
                node.put("batchId", entry.batchId());
            }
            node.put("pointer", entry.pointer());
            node.put("severity", entry.severity());
            if (entry.value() != null) {
                node.put("value", entry.value());
            }
            if (entry.targets() != null) {
                entry.targets().forEach(node.putArray("targets")::add);
            }
            node.put("file", entry.file());
            node.put("line", entry.line());
            node.put("column", entry.column());
        }
        try {
            String text = isYaml(file) ? YAML.writeValueAsString(root) : JSON.writeValueAsString(root) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the baseline", e);
        }
    }

    /** The keys an entry may hold; the first three are required. */
    private static final List<String> ENTRY_KEYS = List.of("ruleId", "protocolId", "pointer", "severity", "batchId", "value",
            "targets", "file", "line", "column");

    /**
     * Reads the baseline {@code file} ({@code content} its bytes) strictly: no duplicate keys, no
     * content after the document, no unknown keys, values of the right types. An entry recorded
     * twice (the same finding, with the same value, in several files of one protocol) counts once,
     * at its most severe.
     */
    public static Baseline read(String file, byte[] content) throws InvalidBaselineException {
        JsonNode root;
        try {
            if (isYaml(file)) {
                plainYaml(file, content);
            }
            root = (isYaml(file) ? YAML_READER : JSON_READER).readTree(content);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof java.io.CharConversionException || e.getOriginalMessage().contains("Invalid UTF-8")) {
                throw new InvalidBaselineException(file + ": not a readable baseline: the bytes are not UTF-8 text");
            }
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? file : file + ":" + at.getLineNr() + ":" + Math.max(1, at.getColumnNr());
            throw new InvalidBaselineException(where + ": not a readable " + (isYaml(file) ? "YAML" : "JSON")
                    + " baseline: " + Readable.line(parserMessage(e.getOriginalMessage())));
        } catch (java.io.CharConversionException e) {
            throw new InvalidBaselineException(file + ": not a readable baseline: the bytes are not UTF-8 text");
        } catch (java.io.IOException e) {
            throw new InvalidBaselineException(file + ": cannot read the baseline: " + e.getMessage());
        }
        Source source = new Source(file, content);
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").textValue())) {
            throw source.invalid(root != null && root.isObject() && root.has("format") ? List.of("format") : List.of(), "not a baseline (it must be a mapping with format: " + FORMAT
                    + "; write one with check --write-baseline)");
        }
        for (String key : root.properties().stream().map(java.util.Map.Entry::getKey).toList()) {
            if (!key.equals("format") && !key.equals("recordedWith") && !key.equals("findings")) {
                throw source.invalidKey(List.of(key), "unknown key " + key + "; a baseline holds format, recordedWith and findings");
            }
        }
        RecordedWith recordedWith = root.has("recordedWith") ? recordedWith(source, root.get("recordedWith")) : null;
        JsonNode findings = root.path("findings");
        if (!findings.isArray()) {
            throw source.invalid(root.has("findings") ? List.of("findings") : List.of(), "findings: must be a list");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            JsonNode item = findings.get(i);
            String name = "findings[" + i + "]";
            if (!item.isObject()) {
                throw source.invalid(List.of("findings", i), name + ": must be a mapping with ruleId, protocolId, pointer and severity");
            }
            for (String key : item.properties().stream().map(java.util.Map.Entry::getKey).toList()) {
                if (!ENTRY_KEYS.contains(key)) {
                    throw source.invalidKey(List.of("findings", i, key), name + ": unknown key " + key + "; an entry holds " + String.join(", ", ENTRY_KEYS));
                }
            }
            for (String key : ENTRY_KEYS) {
                JsonNode value = item.get(key);
                boolean required = ENTRY_KEYS.indexOf(key) < 4; // ruleId, protocolId, pointer, severity
                boolean number = key.equals("line") || key.equals("column");
                boolean pointers = key.equals("targets");
                boolean wrong = value == null || value.isNull() ? required
                        : number ? !value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0
                        : pointers ? !value.isArray() || !value.valueStream().allMatch(t -> t.isTextual() && t.textValue().startsWith("/"))
                        : !value.isTextual();
                if (wrong) {
                    throw source.invalid(value == null ? List.of("findings", i) : List.of("findings", i, key), name + "." + key + ": "
                            + (number ? "must be a whole number of 0 or more" : pointers ? "must be a list of JSON Pointers starting with /"
                            : required ? "is required text" : "must be text"));
                }
            }
            String pointer = item.get("pointer").textValue();
            if (!pointer.isEmpty() && !pointer.startsWith("/")) {
                throw source.invalid(List.of("findings", i, "pointer"), name + ".pointer: must be a JSON Pointer, empty or starting with /");
            }
            if (item.path("batchId").isTextual() && item.get("batchId").textValue().isBlank()) {
                throw source.invalid(List.of("findings", i, "batchId"), name + ".batchId: must be a batch ID, not an empty text"
                        + " (leave it out for a design or a batch record without one)");
            }
            String severity = text(item, "severity");
            if (java.util.Arrays.stream(Severity.values()).noneMatch(known -> known.label().equals(severity))) {
                throw source.invalid(List.of("findings", i, "severity"), name + ".severity: must be info, minor, major or critical, not "
                        + (severity.isBlank() ? "an empty text" : severity));
            }
            List<String> targets = item.hasNonNull("targets") ? item.get("targets").valueStream().map(JsonNode::textValue).toList() : null;
            entries.add(new BaselineEntry(text(item, "ruleId"), text(item, "protocolId"), pointer, severity,
                    text(item, "value"), text(item, "file"), item.path("line").asInt(0), item.path("column").asInt(0),
                    text(item, "batchId"), targets));
        }
        return new Baseline(file, Checker.sha256(content), recordedWith, merged(entries));
    }

    /**
     * Refuses the YAML a baseline never holds: tags ({@code !!python/object}, {@code !!binary}),
     * anchors and aliases. Jackson would read past them; a baseline is data the tool wrote.
     */
    private static void plainYaml(String file, byte[] content) throws InvalidBaselineException, java.io.IOException {
        try (YAMLParser parser = (YAMLParser) YAML_READER.getFactory().createParser(content)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                Object tag = parser.getTypeId();
                String found = parser.isCurrentAlias() ? "an alias" : parser.getObjectId() != null ? "an anchor"
                        : tag != null ? "the tag " + tag.toString().replaceFirst("^tag:yaml\\.org,2002:", "!!") : null;
                if (found != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new InvalidBaselineException(file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": "
                            + Readable.line("a baseline holds plain YAML, as the tool writes it; " + found + " is not allowed"));
                }
            }
        }
    }

    /** A SHA-256 as the tool writes it: 64 lower-case hexadecimal digits. */
    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private static RecordedWith recordedWith(Source source, JsonNode node) throws InvalidBaselineException {
        String keys = String.join(", ", RecordedWith.KEYS);
        if (!node.isObject()) {
            throw source.invalid(List.of("recordedWith"), "recordedWith: must be a mapping with " + keys);
        }
        for (String key : node.properties().stream().map(java.util.Map.Entry::getKey).toList()) {
            if (!RecordedWith.KEYS.contains(key)) {
                throw source.invalidKey(List.of("recordedWith", key), "recordedWith: unknown key " + key + "; it holds " + keys);
            }
        }
        for (String key : RecordedWith.KEYS) {
            if (!node.path(key).isTextual()) {
                throw source.invalid(node.has(key) ? List.of("recordedWith", key) : List.of("recordedWith"), "recordedWith." + key + ": is required text");
            }
            if (key.endsWith("Sha256") && !SHA256.matcher(node.get(key).textValue()).matches()) {
                throw source.invalid(List.of("recordedWith", key), "recordedWith." + key + ": must be a SHA-256 of 64 lower-case hexadecimal digits, not "
                        + node.get(key).textValue());
            }
        }
        return new RecordedWith(node.get("tool").textValue(), node.get("ruleSetSha256").textValue(),
                node.get("profile").textValue(), node.get("profileSha256").textValue());
    }

    /** {@code entries} sorted, each finding (rule, protocol, pointer) once, at its most severe. */
    private static List<BaselineEntry> merged(List<BaselineEntry> entries) {
        java.util.Map<String, BaselineEntry> once = new java.util.LinkedHashMap<>();
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        for (BaselineEntry entry : sorted) {
            String key = entry.ruleId() + "\n" + entry.protocolId() + "\n" + entry.batchId() + "\n" + entry.pointer() + "\n"
                    + NumberText.canonical(entry.value()) + "\n" + entry.targets();
            once.merge(key, entry,
                    (first, next) -> rank(next) > rank(first) ? next : first);
        }
        return new ArrayList<>(once.values());
    }

    /** How severe an entry is. */
    private static int rank(BaselineEntry entry) {
        return Severity.of(entry.severity()).ordinal();
    }

    /** A parser's message on one line: its statements, and Jackson's source references as plain positions. */
    private static String parserMessage(String message) {
        if (message.startsWith("Trailing token")) {
            return "more follows the baseline's document";
        }
        if (message.contains("nesting depth") || message.contains("NestingDepth")) {
            return "lists and mappings are nested too deeply";
        }
        return message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(java.util.stream.Collectors.joining("; "))
                .replaceAll("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    }

    /** A baseline file read whole, and where a value or key in it is, for messages about its content. */
    private record Source(String file, byte[] content) {

        /** A problem with the value at {@code path} (keys and list indexes), placed where it starts. */
        InvalidBaselineException invalid(List<?> path, String message) {
            return new InvalidBaselineException(at(path, false) + ": " + Readable.line(message));
        }

        /** A problem with the key that {@code path} ends in, placed at the key. */
        InvalidBaselineException invalidKey(List<?> path, String message) {
            return new InvalidBaselineException(at(path, true) + ": " + Readable.line(message));
        }

        /**
         * file:line:column of the key or the value at {@code path}, found by reading the file again
         * token by token (a tree keeps no positions); the file alone when it is not found.
         */
        private String at(List<?> path, boolean key) {
            JsonPointer target = JsonPointer.empty();
            for (Object step : path) {
                target = step instanceof Integer index ? target.appendIndex(index) : target.appendProperty((String) step);
            }
            try (JsonParser parser = (isYaml(file) ? YAML_READER : JSON_READER).getFactory().createParser(content)) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    boolean keyToken = token == JsonToken.FIELD_NAME;
                    if (!token.isStructEnd() && keyToken == key
                            && parser.getParsingContext().pathAsPointer().equals(target)) {
                        JsonLocation at = parser.currentTokenLocation();
                        return file + ":" + at.getLineNr() + ":" + Math.max(1, at.getColumnNr());
                    }
                }
            } catch (java.io.IOException e) {
                // the file was read whole before; should it fail now, the message names the file alone
            }
            return file;
        }
    }

    private static String text(JsonNode item, String key) {
        JsonNode value = item.path(key);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
