package org.secretomecheck.check;

import com.fasterxml.jackson.core.JsonLocation;
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
import org.secretomecheck.finding.ProtocolResult;
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

    private Baseline(String source, List<BaselineEntry> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
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

    /** True when the baseline records {@code finding} of protocol {@code protocolId}. */
    public boolean records(String protocolId, Finding finding) {
        return entries.stream().anyMatch(e -> e.matches(protocolId, finding));
    }

    /** The entries for protocol {@code protocolId} that match none of its open {@code findings}. */
    public List<BaselineEntry> gone(String protocolId, List<Finding> findings) {
        return entries.stream().filter(e -> e.protocolId().equals(protocolId))
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

    /** Reads the baseline {@code file} ({@code content} its bytes). */
    public static Baseline read(String file, byte[] content) throws InvalidBaselineException {
        JsonNode root;
        try {
            root = (isYaml(file) ? YAML : JSON).readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? file : file + ":" + at.getLineNr() + ":" + Math.max(1, at.getColumnNr());
            throw new InvalidBaselineException(where + ": not a readable " + (isYaml(file) ? "YAML" : "JSON")
                    + " baseline: " + parserMessage(e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            throw new InvalidBaselineException(file + ": cannot read the baseline: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").textValue())) {
            throw new InvalidBaselineException(file + ": not a baseline (it must be a mapping with format: " + FORMAT
                    + "; write one with check --write-baseline)");
        }
        JsonNode findings = root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new InvalidBaselineException(file + ": findings: must be a list");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            JsonNode item = findings.get(i);
            String ruleId = text(item, "ruleId");
            String protocolId = text(item, "protocolId");
            String pointer = text(item, "pointer");
            if (ruleId == null || protocolId == null || pointer == null) {
                throw new InvalidBaselineException(file + ": findings[" + i + "]: needs ruleId, protocolId and pointer");
            }
            entries.add(new BaselineEntry(ruleId, protocolId, pointer, text(item, "severity"), text(item, "file"), item.path("line").asInt(0), item.path("column").asInt(0)));
        }
        entries.sort(ORDER);
        return new Baseline(file, entries);
    }

    /**
     * A parser's message on one line: its statements without the quoted source lines and marks,
     * and Jackson's source references as plain positions.
     */
    private static String parserMessage(String message) {
        return message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(java.util.stream.Collectors.joining("; "))
                .replaceAll("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    }

    private static String text(JsonNode item, String key) {
        JsonNode value = item.path(key);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
