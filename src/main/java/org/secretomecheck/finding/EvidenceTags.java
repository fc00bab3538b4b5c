package org.secretomecheck.finding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence tags that the criteria catalogue puts on sources (its Section 10), so that a report
 * citing a source says how far the citation was checked.
 */
public final class EvidenceTags {

    private static final Map<String, String> MEANINGS = new LinkedHashMap<>();

    static {
        MEANINGS.put("[V]", "seen in the cited text");
        MEANINGS.put("[M]", "cited from a standard or from memory, to be verified before external use");
        MEANINGS.put("[INF]", "an inferred common-practice default, not a guideline number");
    }

    private EvidenceTags() {}

    /** "Evidence tags: [M] cited from ...; ..." for the tags that {@code sources} use, or "" when they use none. */
    public static String legend(Collection<String> sources) {
        List<String> used = new ArrayList<>();
        MEANINGS.forEach((tag, meaning) -> {
            // "[V]", or a tag with a remark: "[V abstract; citation M]"
            String open = tag.substring(0, tag.length() - 1);
            if (sources.stream().anyMatch(source -> source.contains(tag) || source.contains(open + " "))) {
                used.add(tag + " " + meaning);
            }
        });
        return used.isEmpty() ? "" : "Evidence tags: " + String.join("; ", used) + ".";
    }
}
