package org.secretomecheck.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.secretomecheck.finding.BaselineEntry;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.load.ReadResult;
import org.secretomecheck.load.YamlReader;
import org.secretomecheck.protocol.ProtocolDocument;
import org.secretomecheck.rules.RuleBook;

/**
 * A baseline: the open findings of an earlier check, recorded so that a later check fails only on
 * findings that are new. An entry matches a finding by rule ID, protocol ID and JSON Pointer, never
 * by line, so edits that move lines keep it matching. The file is JSON, or YAML when its name ends
 * in {@code .yaml} or {@code .yml}:
 *
 * <pre>
 * {"format": "secretome-baseline/1",
 *  "findings": [{"ruleId": "DON-04", "protocolId": "SEC-BM-EXO-007", "pointer": "/protocol/donor/...",
 *                "severity": "critical", "file": "protocols/x.yaml", "line": 40, "column": 28}, ...]}
 * </pre>
 *
 * Entries are sorted by protocol ID, rule (catalogue order), pointer and file, so the same open
 * findings always give the same bytes.
 */
public final class Baseline {

    /** The format marker of version 1 of a baseline file. */
    public static final String FORMAT = "secretome-baseline/1";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final ObjectMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::protocolId)
            .thenComparing(BaselineEntry::ruleId, RuleBook.catalogueOrder())
            .thenComparing(BaselineEntry::pointer)
            .thenComparing(e -> e.file() == null ? "" : e.file());

    private final String source;
    private final List<BaselineEntry> entries;
    private final java.util.Map<String, List<BaselineEntry>> byProtocol;

    private Baseline(String source, List<BaselineEntry> entries) {
        this.source = source;
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

    /** Its entries, sorted. */
    public List<BaselineEntry> entries() {
        return entries;
    }

    /**
     * True when the baseline records {@code finding} of protocol {@code protocolId}: same rule and
     * pointer, and not more severe than recorded (a finding that got worse is new).
     */
    public boolean records(String protocolId, Finding finding) {
        return byProtocol.getOrDefault(protocolId, List.of()).stream().anyMatch(e -> e.matches(protocolId, finding));
    }

    /** The entries for protocol {@code protocolId} that match none of its open {@code findings}. */
    public List<BaselineEntry> gone(String protocolId, List<Finding> findings) {
        return byProtocol.getOrDefault(protocolId, List.of()).stream()
                .filter(e -> findings.stream().noneMatch(f -> !f.isWaived() && e.matches(protocolId, f)))
                .toList();
    }

    /** The entries of the open findings of the checked {@code results}, sorted. */
    public static List<BaselineEntry> entriesOf(List<ProtocolResult> results) {
        List<BaselineEntry> entries = new ArrayList<>();
        for (ProtocolResult result : results) {
            if (result.isChecked() && result.id() != null) {
                result.findings().stream().filter(f -> !f.isWaived())
                        .forEach(f -> entries.add(BaselineEntry.of(result.id(), f)));
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

    /** The baseline file for {@code entries}: YAML when {@code file} ends in .yaml or .yml, else JSON. */
    public static byte[] write(String file, List<BaselineEntry> entries) {
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode findings = root.putArray("findings");
        for (BaselineEntry entry : sorted) {
            ObjectNode node = findings.addObject();
            node.put("ruleId", entry.ruleId());
            node.put("protocolId", entry.protocolId());
            node.put("pointer", entry.pointer());
            node.put("severity", entry.severity());
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
    private static final List<String> ENTRY_KEYS = List.of("ruleId", "protocolId", "pointer", "severity", "file", "line",
            "column");
    private static final List<String> SEVERITIES = List.of("info", "minor", "major", "critical");

    /**
     * Reads the baseline {@code file} ({@code content} its bytes) as strictly as a protocol: the same
     * YAML reading (JSON is read as the YAML it is), no unknown keys, values of the right types,
     * each finding recorded once. The first problem is thrown, with its file:line:column.
     */
    public static Baseline read(String file, byte[] content) throws InvalidBaselineException {
        ReadResult read = new YamlReader(InputLimits.DEFAULT).read(file, content);
        if (!read.problems().isEmpty()) {
            Problem first = read.problems().get(0);
            throw new InvalidBaselineException(first.location().display() + ": " + first.message());
        }
        ProtocolDocument document = read.document();
        JsonNode root = document.root();
        if (!root.isObject() || !FORMAT.equals(root.path("format").textValue())) {
            throw invalid(document, root.isObject() && root.has("format") ? "/format" : "",
                    "not a baseline (it must be a mapping with format: " + FORMAT + "; write one with check --write-baseline)");
        }
        for (String key : iterable(root.fieldNames())) {
            if (!key.equals("format") && !key.equals("findings")) {
                throw invalid(document, "/" + key, "unknown key " + key + "; a baseline holds format and findings");
            }
        }
        JsonNode findings = root.path("findings");
        if (!findings.isArray()) {
            throw invalid(document, root.has("findings") ? "/findings" : "", "findings: must be a list");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            String at = "/findings/" + i;
            JsonNode item = findings.get(i);
            String name = "findings[" + i + "]";
            if (!item.isObject()) {
                throw invalid(document, at, name + ": must be a mapping with ruleId, protocolId and pointer");
            }
            for (String key : iterable(item.fieldNames())) {
                if (!ENTRY_KEYS.contains(key)) {
                    throw invalid(document, at + "/" + key, name + ": unknown key " + key + "; an entry holds "
                            + String.join(", ", ENTRY_KEYS));
                }
            }
            for (String key : ENTRY_KEYS) {
                JsonNode value = item.get(key);
                boolean required = ENTRY_KEYS.indexOf(key) < 3;
                boolean number = key.equals("line") || key.equals("column");
                boolean wrong = value == null || value.isNull() ? required
                        : number ? !value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0
                        : !value.isTextual();
                if (wrong) {
                    throw invalid(document, value == null ? at : at + "/" + key, name + "." + key + ": "
                            + (number ? "must be a whole number of 0 or more" : required ? "is required text" : "must be text"));
                }
            }
            String pointer = item.get("pointer").textValue();
            if (!pointer.isEmpty() && !pointer.startsWith("/")) {
                throw invalid(document, at + "/pointer", name + ".pointer: must be a JSON Pointer, empty or starting with /");
            }
            String severity = text(item, "severity");
            if (severity != null && !SEVERITIES.contains(severity)) {
                throw invalid(document, at + "/severity", name + ".severity: must be info, minor, major or critical, not "
                        + severity);
            }
            BaselineEntry entry = new BaselineEntry(text(item, "ruleId"), text(item, "protocolId"), pointer, severity,
                    text(item, "file"), item.path("line").asInt(0), item.path("column").asInt(0));
            if (!seen.add(entry.ruleId() + "\n" + entry.protocolId() + "\n" + entry.pointer())) {
                throw invalid(document, at, name + ": records " + entry.ruleId() + " of " + entry.protocolId() + " at "
                        + (pointer.isEmpty() ? "\"\"" : pointer) + " a second time");
            }
            entries.add(entry);
        }
        entries.sort(ORDER);
        return new Baseline(file, entries);
    }

    private static InvalidBaselineException invalid(ProtocolDocument document, String pointer, String message) {
        return new InvalidBaselineException(document.locate(pointer).display() + ": " + Readable.line(message));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static String text(JsonNode item, String key) {
        JsonNode value = item.path(key);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
