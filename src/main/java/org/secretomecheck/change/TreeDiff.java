package org.secretomecheck.change;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.secretomecheck.protocol.ProtocolDocument;

/**
 * Walks two document trees side by side and lists every leaf value that was added, removed or
 * changed. Mappings are matched by key, lists by index. Keys are listed in the order of the new
 * version, with the keys only the old version has placed after the key that preceded them there.
 *
 * <p>A null value means "not recorded", as an absent key does ({@code protocol-format.md} Section
 * 3.3): null and absent are the same, null to a value is an addition and a value to null a removal.
 */
final class TreeDiff {

    private final ProtocolDocument before;
    private final ProtocolDocument after;
    private final List<ValueChange> changes = new ArrayList<>();

    private TreeDiff(ProtocolDocument before, ProtocolDocument after) {
        this.before = before;
        this.after = after;
    }

    /** The changes from {@code before} to {@code after}, in document order. */
    static List<ValueChange> of(ProtocolDocument before, ProtocolDocument after) {
        TreeDiff diff = new TreeDiff(before, after);
        diff.walk("", before.root(), after.root());
        return List.copyOf(diff.changes);
    }

    private void walk(String pointer, JsonNode recordedBefore, JsonNode recordedAfter) {
        JsonNode a = recorded(recordedBefore);
        JsonNode b = recorded(recordedAfter);
        if (a == null && b == null) {
            return;
        }
        if (a != null && b != null) {
            if (a.isObject() && b.isObject()) {
                for (String key : keys(a, b)) {
                    walk(ProtocolDocument.child(pointer, key), a.get(key), b.get(key));
                }
                return;
            }
            if (a.isArray() && b.isArray()) {
                for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                    walk(pointer + "/" + i, a.get(i), b.get(i));
                }
                return;
            }
            if (Values.isLeaf(a) && Values.isLeaf(b)) {
                if (!Values.same(a, b)) {
                    changes.add(new ValueChange(ValueChange.Kind.CHANGED, pointer, a, b, line(before, pointer),
                            line(after, pointer)));
                }
                return;
            }
        }
        if (a != null) {
            leaves(pointer, a, ValueChange.Kind.REMOVED);
        }
        if (b != null) {
            leaves(pointer, b, ValueChange.Kind.ADDED);
        }
    }

    /**
     * Every recorded leaf of {@code node}, as added or removed; a mapping or list that records
     * nothing (all its values null) is listed itself, since it is there. True when something was listed.
     */
    private boolean leaves(String pointer, JsonNode node, ValueChange.Kind kind) {
        if (node.isNull()) {
            return false;
        }
        boolean listed = false;
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String key = names.next();
                listed |= leaves(ProtocolDocument.child(pointer, key), node.get(key), kind);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                listed |= leaves(pointer + "/" + i, node.get(i), kind);
            }
        }
        if (!listed) {
            boolean added = kind == ValueChange.Kind.ADDED;
            changes.add(new ValueChange(kind, pointer, added ? null : node, added ? node : null,
                    added ? 0 : line(before, pointer), added ? line(after, pointer) : 0));
        }
        return true;
    }

    /** The keys of both mappings: the new order, each old-only key after its predecessor in the old order. */
    private static List<String> keys(JsonNode a, JsonNode b) {
        List<String> merged = new ArrayList<>();
        b.fieldNames().forEachRemaining(merged::add);
        int insertAt = 0;
        for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (b.has(key)) {
                insertAt = merged.indexOf(key) + 1;
            } else {
                merged.add(insertAt++, key);
            }
        }
        return merged;
    }

    /** The node, or null when it records nothing (absent or null). */
    private static JsonNode recorded(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private static int line(ProtocolDocument document, String pointer) {
        ProtocolDocument.Position position = document.positions().get(pointer);
        return position == null ? 0 : position.line();
    }

}
