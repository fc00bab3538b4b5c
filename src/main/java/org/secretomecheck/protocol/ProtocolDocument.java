package org.secretomecheck.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.secretomecheck.finding.Location;

/**
 * A YAML file as parsed: the tree (scalars already resolved by the rules of the format) and the
 * 1-based line and column at which every node was written, keyed by JSON Pointer.
 *
 * <p>For a mapping member the position is that of its key; for a list item, that of the item; for
 * the root ({@code ""}), that of the first node.
 *
 * <p>{@code written} keeps, by JSON Pointer, the text of a scalar whose value does not show how it
 * was written, for messages that quote it: a number or a boolean whose value reads otherwise
 * ({@code 1e0}, {@code 4.}, {@code 0031}, {@code .5}, {@code True}, which read as 1, 4, 31, 0.5
 * and true) or written with a tag ({@code !!float 4}, which reads as 4.0, kept with its tag), and
 * a block scalar without content (an unquoted {@code >5}, which reads as the empty text), by its
 * header; a text written without quotes (plain, tagged or as a block) that starts with {@code <}
 * or {@code >} ({@code <0.05}, a censored value, which the format requires in quotes); and an alias ({@code *name}), which is not allowed and reads as null, so that validation
 * does not report that null again as a missing or null value ({@link #isAlias}).
 *
 * <p>{@code positions} is taken over, not copied (a file has one entry per node): whoever builds
 * a document must not change the map afterwards.
 */
public record ProtocolDocument(String file, JsonNode root, Map<String, Position> positions, Map<String, String> written) {

    /** A 1-based line and column. */
    public record Position(int line, int column) {}

    public ProtocolDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(root, "root");
        positions = Collections.unmodifiableMap(positions);
        written = Collections.unmodifiableMap(written);
    }

    /** A document built from a tree, not read from a file: no scalar text is kept. */
    public ProtocolDocument(String file, JsonNode root, Map<String, Position> positions) {
        this(file, root, positions, Map.of());
    }

    /** True when the file holds an alias: such a document is never valid. */
    public boolean hasAliases() {
        for (String text : written.values()) {
            if (text.startsWith("*")) {
                return true;
            }
        }
        return false;
    }

    /** True when an alias stood at {@code pointer}: it was reported as such and read as null. */
    public boolean isAlias(String pointer) {
        String text = written.isEmpty() ? null : written.get(pointer);
        return text != null && text.startsWith("*");
    }

    /** The node at {@code pointer}, or a missing node. */
    public JsonNode at(String pointer) {
        return root.at(pointer);
    }

    /**
     * The location of {@code pointer}; when the pointer was not written in the file, the location
     * (and pointer) of its nearest written parent.
     */
    public Location locate(String pointer) {
        String probe = pointer;
        while (true) {
            Position position = positions.get(probe);
            if (position != null) {
                return new Location(file, probe, position.line(), position.column());
            }
            if (probe.isEmpty()) {
                return new Location(file, probe, 0, 0);
            }
            probe = probe.substring(0, probe.lastIndexOf('/'));
        }
    }

    /**
     * The location of {@code pointer} when it names a node that is present, or else of its nearest
     * present parent: as in Section 9 of {@code protocol-format.md}, a member whose value is null
     * counts as absent. Used for keys that must be present (a null value means "missing").
     */
    public Location locatePresent(String pointer) {
        String probe = pointer;
        while (!probe.isEmpty()) {
            JsonNode node = root.at(probe);
            if (!node.isMissingNode() && !node.isNull()) {
                break;
            }
            probe = probe.substring(0, probe.lastIndexOf('/'));
        }
        return locate(probe);
    }

    /**
     * The pointer of a finding target such as {@code donor.sex} whether the field is present or not:
     * {@code /protocol/donor/sex}; a target written as a pointer stays as it is, the empty one is
     * {@code /protocol}.
     */
    public static String pointerOf(String target) {
        return target.startsWith("/") ? target : target.isEmpty() ? "/protocol" : "/protocol/" + target.replace('.', '/');
    }

    /**
     * The pointer of a finding target such as {@code donor.eligibility.tests.2.result}, walked from
     * {@code /protocol} as {@code protocol-format.md} Section 9 says: it stops before the first token
     * that is absent or null, so an absent field gives its nearest present parent.
     */
    public String pointerFor(String target) {
        StringBuilder pointer = new StringBuilder("/protocol");
        JsonNode node = root.path("protocol");
        if (target.startsWith("/")) {
            return target;
        }
        if (target.isEmpty()) {
            return pointer.toString();
        }
        for (String token : target.split("\\.")) {
            JsonNode next = childNode(node, token);
            if (next == null || next.isNull() || next.isMissingNode()) {
                break;
            }
            pointer.append('/').append(token);
            node = next;
        }
        return pointer.toString();
    }

    /** The pointer of the member {@code key} (escaped) or item of the node at {@code parent}. */
    public static String child(String parent, String key) {
        return parent + "/" + escape(key);
    }

    /** {@code key} as a JSON Pointer reference token (RFC 6901: {@code ~} and {@code /} escaped). */
    private static String escape(String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return key;
        }
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode childNode(JsonNode node, String token) {
        if (node.isObject()) {
            return node.get(token);
        }
        if (node.isArray() && !token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
            return token.length() > 9 ? null : node.get(Integer.parseInt(token));
        }
        return null;
    }
}
