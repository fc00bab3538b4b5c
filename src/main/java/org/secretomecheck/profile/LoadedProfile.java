package org.secretomecheck.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The profile in force: its thresholds, the merged tree (for messages that quote a threshold) and
 * the SHA-256 of that tree in canonical JSON, which identifies the thresholds whatever files they
 * came from.
 */
public record LoadedProfile(Profile profile, JsonNode tree, String sha256, String source) {

    public LoadedProfile {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** {@code name} and {@code version} of the profile. */
    public String name() {
        return profile.getName();
    }

    /** A threshold whose value differs from the default profile's: its dotted key, its value and the default (JSON text). */
    public record Difference(String key, String value, String standard) {}

    /**
     * The thresholds in which this profile differs from {@code defaults}, in the default profile's
     * order; numbers are compared by value ({@code 5} is {@code 5.0}), lists whole. The name and
     * version are not thresholds.
     */
    public List<Difference> differencesFrom(LoadedProfile defaults) {
        List<Difference> differences = new ArrayList<>();
        collect(defaults.tree, "", differences);
        return differences;
    }

    private void collect(JsonNode standard, String key, List<Difference> differences) {
        if (standard.isObject()) {
            standard.properties().forEach(member -> collect(member.getValue(), key.isEmpty() ? member.getKey()
                    : key + "." + member.getKey(), differences));
            return;
        }
        JsonNode own = value(key);
        boolean same = standard.isNumber() && own.isNumber() ? standard.decimalValue().compareTo(own.decimalValue()) == 0
                : standard.equals(own);
        if (!same && !key.equals("profile.name") && !key.equals("profile.version")) {
            differences.add(new Difference(key, text(own), text(standard)));
        }
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** The value at a dotted key such as {@code profile.expansion.max_passage}, or a missing node. */
    public JsonNode value(String dottedKey) {
        JsonNode node = tree;
        for (String token : dottedKey.split("\\.")) {
            node = node.path(token);
        }
        return node;
    }
}
