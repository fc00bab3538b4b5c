package org.secretomecheck.load;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.protocol.ProtocolDocument;
import org.secretomecheck.protocol.ProtocolDocument.Position;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * Builds the document tree of one file from the parser's tokens, recording the position of every
 * node by JSON Pointer and the structure problems met on the way (anchors, aliases, duplicate keys,
 * keys that are mappings, lists or aliases).
 * Anything that makes the file unreadable is thrown as an {@link UnreadableYamlException}.
 *
 * <p>Single use: one builder reads one parser.
 */
final class TreeBuilder {

    /** Numbers are made by {@link ScalarResolver} as exact DecimalNodes; this factory makes containers. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final StrictYamlParser parser;
    private final String file;
    private final InputLimits limits;
    private final Map<String, Position> positions = new HashMap<>(512);
    private final Set<String> nonStringKeys = new LinkedHashSet<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private final Map<String, String> written = new HashMap<>();
    private int nodes;
    private long pointerChars;
    /** The pointer of the mapping whose key is being read. */
    private String keyMapping = "";

    TreeBuilder(StrictYamlParser parser, String file, InputLimits limits) {
        this.parser = parser;
        this.file = file;
        this.limits = limits;
        parser.inspectKeysWith(this::inspectKey);
    }

    ReadResult build() throws IOException {
        if (parser.nextToken() == null) {
            throw UnreadableYamlException.ofFile("the file holds no YAML document");
        }
        positions.put("", here());
        JsonNode root = readNode("", 0, true);
        if (parser.nextToken() != null) { // the parser already stops at a second document start
            throw unreadable("the file holds more than one YAML document", "");
        }
        return new ReadResult(new ProtocolDocument(file, root, positions, written), problems, nonStringKeys);
    }

    /**
     * Reads the node whose first token is the current one.
     *
     * @param depth how many mappings and lists enclose the node
     * @param keep  false inside the value of a duplicate key, which is read for its problems and
     *              then dropped: its positions and non-string keys are not recorded
     */
    private JsonNode readNode(String pointer, int depth, boolean keep) throws IOException {
        countNode(pointer);
        Event event = parser.currentEvent();
        if (parser.isCurrentAlias() && event instanceof AliasEvent alias) {
            return readAlias(alias, pointer);
        }
        if (event instanceof NodeEvent node) {
            reportAnchor(node.getAnchor(), pointer);
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT && event instanceof CollectionStartEvent start) {
            checkCollectionTag(start.getTag(), StandardTag.MAP, pointer);
            return readMapping(pointer, enter(depth, pointer), keep);
        }
        if (token == JsonToken.START_ARRAY && event instanceof CollectionStartEvent start) {
            checkCollectionTag(start.getTag(), StandardTag.SEQ, pointer);
            return readSequence(pointer, enter(depth, pointer), keep);
        }
        if (token == JsonToken.VALUE_STRING && event instanceof ScalarEvent scalar) {
            checkLength(scalar.getValue(), pointer);
            try {
                JsonNode value = resolve(scalar, pointer);
                if (keep) {
                    noteWritten(scalar, value, pointer);
                }
                return value;
            } catch (NumberFormatException e) {
                throw unreadable("the number " + Messages.quote(scalar.getValue()) + " is out of range", pointer);
            }
        }
        throw unreadable("the YAML could not be read (unexpected " + token + ")", pointer);
    }

    /** Keeps the text of a scalar whose value does not show how it was written ({@link ProtocolDocument#written()}). */
    private void noteWritten(ScalarEvent scalar, JsonNode value, String pointer) {
        if (value.isNumber() || value.isBoolean()) {
            String text = scalar.getValue();
            if (scalar.getTag() != null) { // !!float 4 reads as 4.0
                written.put(pointer, StandardTag.display(scalar.getTag()) + " " + text);
            } else if (!text.equals(value.asText())) { // 1e0, 4., 0031, .5, True
                written.put(pointer, text);
            }
        } else if ((scalar.isPlain() || scalar.isFolded() || scalar.isLiteral()) && value.isTextual()
                && (scalar.getValue().startsWith("<") || scalar.getValue().startsWith(">"))) { // a censored value, unquoted
            written.put(pointer, scalar.getValue());
        } else if ((scalar.isFolded() || scalar.isLiteral()) && scalar.getValue().isEmpty() && scalar.getStartMark() != null) {
            written.put(pointer, StrictYamlParser.blockHeader(scalar.getStartMark()));
        }
    }

    private JsonNode readAlias(AliasEvent alias, String pointer) throws UnreadableYamlException {
        requireAnchor(alias, pointer);
        structure(pointer, "anchors and aliases are not allowed (*" + Messages.shorten(alias.getAnchor()) + ")");
        written.put(pointer, "*" + alias.getAnchor()); // so that its null is not reported again as missing
        return NullNode.getInstance();
    }

    private void requireAnchor(AliasEvent alias, String pointer) throws UnreadableYamlException {
        if (!anchors.contains(alias.getAnchor())) {
            throw unreadable("the alias *" + Messages.shorten(alias.getAnchor())
                    + " refers to an anchor that is not defined before it", pointer);
        }
    }

    private ObjectNode readMapping(String pointer, int depth, boolean keep) throws IOException {
        ObjectNode mapping = NODES.objectNode();
        // The line of each key, for duplicates; kept here only where positions are not recorded.
        Map<String, Integer> firstLines = keep ? null : new HashMap<>();
        while (true) {
            keyMapping = pointer; // where the problems of a complex key, met while skipping it, are placed
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_OBJECT) {
                return mapping;
            }
            if (token != JsonToken.FIELD_NAME || !(parser.currentEvent() instanceof ScalarEvent key)) {
                throw unreadable("the YAML could not be read (unexpected end of a mapping)", pointer);
            }
            if (parser.complexKey() != null) { // its value is read for its problems, then dropped
                structure(pointer, "a key must be a plain string, not " + parser.complexKey());
                parser.nextToken();
                readNode(pointer, depth, false);
                continue;
            }
            String name = key.getValue();
            String member = ProtocolDocument.child(pointer, name);
            countNode(member);
            checkLength(name, member);
            reportAnchor(key.getAnchor(), member);
            boolean stringKey = isStringKey(key, member);
            Position at = here();
            Integer firstLine = !mapping.has(name) ? null
                    : keep ? Integer.valueOf(positions.get(member).line()) : firstLines.get(name);
            if (firstLines != null && firstLine == null) {
                firstLines.put(name, at.line());
            }
            if (firstLine != null) {
                structure(member, "duplicate key " + Messages.quote(name) + " (first written at line " + firstLine + ")");
            } else if (keep) {
                positions.put(member, at);
                if (!stringKey) {
                    nonStringKeys.add(member);
                }
            }
            parser.nextToken();
            JsonNode value = readNode(member, depth, keep && firstLine == null);
            if (firstLine == null) {
                mapping.set(name, value);
            }
        }
    }

    private ArrayNode readSequence(String pointer, int depth, boolean keep) throws IOException {
        ArrayNode sequence = NODES.arrayNode();
        for (int index = 0; ; index++) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                return sequence;
            }
            if (token == null) {
                throw unreadable("the YAML could not be read (unexpected end of a list)", pointer);
            }
            String item = ProtocolDocument.child(pointer, Integer.toString(index));
            if (keep) {
                positions.put(item, here());
            }
            sequence.add(readNode(item, depth, keep));
        }
    }

    /**
     * Holds a key that is a mapping, a list or an alias, which the parser skips, to the rules of
     * every node (Section 2.1): it counts against the limits, an alias must name an anchor defined
     * before it, only the standard tags are allowed, and anchors and aliases are structure problems.
     * The key itself is reported by {@link #readMapping}.
     */
    private void inspectKey(Event event, boolean start) throws IOException {
        countNode(keyMapping);
        if (event instanceof AliasEvent alias) {
            if (start) { // an alias that is the key is reported as the key
                requireAnchor(alias, keyMapping);
            } else {
                readAlias(alias, keyMapping);
            }
            return;
        }
        if (event instanceof NodeEvent node) {
            reportAnchor(node.getAnchor(), keyMapping);
        }
        if (event instanceof MappingStartEvent mapping) {
            checkCollectionTag(mapping.getTag(), StandardTag.MAP, keyMapping);
        } else if (event instanceof SequenceStartEvent sequence) {
            checkCollectionTag(sequence.getTag(), StandardTag.SEQ, keyMapping);
        } else if (event instanceof ScalarEvent scalar) {
            checkLength(scalar.getValue(), keyMapping);
            try {
                resolve(scalar, keyMapping);
            } catch (NumberFormatException e) {
                // a number out of range in a key that is dropped anyway
            }
        }
    }

    /** True when a key is a string (a number too large to hold is still a number, so not a string). */
    private boolean isStringKey(ScalarEvent key, String member) throws UnreadableYamlException {
        try {
            return resolve(key, member).isTextual();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The value of a scalar (a key or a value) under Section 2.3 and its tag, if any.
     *
     * @throws NumberFormatException for a number whose exponent is out of range
     */
    private JsonNode resolve(ScalarEvent scalar, String pointer) throws UnreadableYamlException {
        String text = scalar.getValue();
        String tag = scalar.getTag();
        if (tag == null) {
            return scalar.isPlain() ? ScalarResolver.resolvePlain(text) : TextNode.valueOf(text);
        }
        StandardTag standard = standardTag(tag, pointer);
        if (standard == StandardTag.SEQ || standard == StandardTag.MAP) {
            throw unreadable("the tag " + standard.shortName() + " cannot be used on a scalar", pointer);
        }
        JsonNode node = ScalarResolver.resolveAs(standard, text);
        if (node == null) {
            throw unreadable(Messages.quote(text) + " is not a valid " + standard.shortName() + " value", pointer);
        }
        return node;
    }

    private void checkCollectionTag(String tag, StandardTag expected, String pointer) throws UnreadableYamlException {
        if (tag != null && standardTag(tag, pointer) != expected) {
            throw unreadable("the tag " + StandardTag.display(tag) + " cannot be used on a "
                    + (expected == StandardTag.MAP ? "mapping" : "list"), pointer);
        }
    }

    private StandardTag standardTag(String tag, String pointer) throws UnreadableYamlException {
        StandardTag standard = StandardTag.of(tag);
        if (standard == null) {
            throw unreadable("the tag " + StandardTag.display(tag) + " is not allowed (only !!str, !!int, !!float, "
                    + "!!bool, !!null, !!timestamp, !!seq and !!map are)", pointer);
        }
        return standard;
    }

    private int enter(int depth, String pointer) throws UnreadableYamlException {
        if (depth + 1 > limits.maxDepth()) {
            throw unreadable("mappings and lists are nested more than " + limits.maxDepth() + " levels deep", pointer);
        }
        return depth + 1;
    }

    /** Counts a node and the length of its pointer against the limits. */
    private void countNode(String pointer) throws UnreadableYamlException {
        if (++nodes > limits.maxNodes()) {
            throw unreadable("the file holds more than " + limits.maxNodes() + " YAML nodes", pointer);
        }
        pointerChars += pointer.length();
        if (pointerChars > limits.maxPointerChars()) {
            throw unreadable("the key paths of the file are too long (their JSON Pointers exceed "
                    + limits.maxPointerChars() + " characters in all)", pointer);
        }
    }

    /** The limit counts characters (code points), as columns do, not the UTF-16 units of a Java string. */
    private void checkLength(String text, String pointer) throws UnreadableYamlException {
        if (text.length() > limits.maxScalarChars() && text.codePointCount(0, text.length()) > limits.maxScalarChars()) {
            throw unreadable("a scalar is longer than " + limits.maxScalarChars() + " characters", pointer);
        }
    }

    private void reportAnchor(String anchor, String pointer) {
        if (anchor != null) {
            anchors.add(anchor);
            structure(pointer, "anchors and aliases are not allowed (&" + Messages.shorten(anchor) + ")");
        }
    }

    private void structure(String pointer, String message) {
        Position at = here();
        problems.add(new Problem(Problem.Kind.STRUCTURE, new Location(file, pointer, at.line(), at.column()),
                Messages.readable(message)));
    }

    private UnreadableYamlException unreadable(String message, String pointer) {
        Position at = here();
        return new UnreadableYamlException(message, pointer, at.line(), at.column());
    }

    /** The 1-based position of the current token (where its event starts; 0 when unknown). */
    private Position here() {
        Event event = parser.currentEvent();
        Mark mark = event == null ? null : event.getStartMark();
        return mark == null ? new Position(0, 0) : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

}
