package org.secretomecheck.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The profile in force: its thresholds, the merged tree (for messages that quote a threshold), the
 * SHA-256 of that tree in canonical JSON, which identifies the thresholds whatever files they came
 * from, and the thresholds in which it differs from the default profile.
 */
public record LoadedProfile(Profile profile, JsonNode tree, String sha256, String source, List<Difference> differences) {

    public LoadedProfile {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(sha256, "sha256");
        differences = List.copyOf(differences);
    }

    /** {@code name} and {@code version} of the profile. */
    public String name() {
        return profile.getName();
    }

    /**
     * A threshold whose value differs from the bundled default profile's: its dotted key, its value
     * and the default's. {@code differences} lists them in the default profile's order (none for
     * the default itself); numbers are compared by value ({@code 5} is {@code 5.0}), lists whole.
     */
    public record Difference(String key, JsonNode value, JsonNode standard) {}

    /**
     * " (the site's own; default 5)" when the threshold at {@code dottedKey} differs from the
     * default, " (the site's own: min = 20, default 10)" when parts of it do, else "".
     */
    public String siteNote(String dottedKey) {
        List<String> parts = new java.util.ArrayList<>();
        for (Difference difference : differences) {
            if (difference.key().equals(dottedKey)) {
                return " (the site's own; default " + difference.standard() + ")";
            }
            if (difference.key().startsWith(dottedKey + ".")) { // a threshold with parts ({min, max})
                parts.add(difference.key().substring(dottedKey.length() + 1) + " = " + difference.value() + ", default "
                        + difference.standard());
            }
        }
        return parts.isEmpty() ? "" : " (the site's own: " + String.join("; ", parts) + ")";
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
