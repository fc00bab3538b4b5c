package org.secretomecheck.profile;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** The value at a dotted key such as {@code profile.expansion.max_passage}, or a missing node. */
    public JsonNode value(String dottedKey) {
        JsonNode node = tree;
        for (String token : dottedKey.split("\\.")) {
            node = node.path(token);
        }
        return node;
    }
}
