package org.secretomecheck.finding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A bracketed remark on a source: {@code [V]}, {@code [M/V]}, {@code [V abstract; citation M]}. */
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)]");

    /** "Evidence tags: [M] cited from ...; ..." for the tags that {@code sources} use, or "" when they use none. */
    public static String legend(Collection<String> sources) {
        Set<String> found = new HashSet<>();
        for (String source : sources) {
            Matcher brackets = BRACKETS.matcher(source);
            while (brackets.find()) { // the words of the remark: "[V; DOI M]" uses V and M, "[Vendor]" none
                found.addAll(Arrays.asList(brackets.group(1).split("[^A-Za-z]+")));
            }
        }
        List<String> used = new ArrayList<>();
        MEANINGS.forEach((tag, meaning) -> {
            if (found.contains(tag.substring(1, tag.length() - 1))) {
                used.add(tag + " " + meaning);
            }
        });
        return used.isEmpty() ? "" : "Evidence tags: " + String.join("; ", used) + ".";
    }
}
