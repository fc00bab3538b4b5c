package org.secretomecheck.finding;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** "Did you mean …?" for misspelt keys: the closest known key by edit distance, if close enough. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The closest candidate within a third of the key's length (two edits for short keys) that
     * keeps at least one character of the shorter of the two ({@code <<} is not a misspelt
     * {@code id}), or null. Capitals count for nothing: {@code CO2_pct} is {@code co2_pct}.
     */
    public static String closest(String written, Collection<String> candidates) {
        String key = written.toLowerCase(Locale.ROOT); // CO2_pct is co2_pct written in capitals, not o2_pct
        String best = null;
        int bestDistance = Math.max(2, key.length() / 3) + 1;
        for (String known : candidates) {
            String candidate = known.toLowerCase(Locale.ROOT);
            // The distance is at least the difference in length: skip the quadratic work when that
            // alone rules the candidate out (a key may be 65,536 characters long).
            int distance = Math.abs(key.length() - candidate.length()) >= bestDistance ? bestDistance
                    : distance(key, candidate);
            boolean rewritten = distance >= Math.min(key.length(), candidate.length());
            if (!rewritten && distance < bestDistance || sharesStem(key, candidate) && best == null) {
                best = known;
                bestDistance = Math.min(bestDistance, distance);
            }
        }
        return best;
    }

    /**
     * The value of a closed list that {@code written} most likely means: the same words in small
     * letters with underscores ({@code Bone marrow}: {@code bone_marrow}), else the one value it
     * starts ({@code bone}: {@code bone_marrow}), else the closest value as for a key; null when
     * none is close, or two are equally close ({@code umbilical cord} starts two values).
     */
    public static String closestValue(String written, Collection<String> allowed) {
        String normalized = written.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (allowed.contains(normalized)) {
            return normalized;
        }
        List<String> starting = allowed.stream().filter(value -> value.startsWith(normalized + "_")).toList();
        if (!starting.isEmpty()) { // "umbilical cord" starts two values, which are different sources: neither
            return starting.size() == 1 ? starting.get(0) : null;
        }
        String meant = closest(written.strip(), allowed);
        if (meant == null) {
            return null;
        }
        int distance = distance(normalized, meant.toLowerCase(Locale.ROOT));
        return allowed.stream().filter(value -> !value.equals(meant))
                .anyMatch(value -> distance(normalized, value.toLowerCase(Locale.ROOT)) == distance) ? null : meant;
    }

    /**
     * The rule ID that {@code id} most likely means, from {@code ids} (sorted, so that ties always
     * resolve alike): the same ID in capitals, else the closest ID of the same section
     * ({@code DON-99}: {@code DON-01}), else an ID one edit away ({@code EXO-01}: {@code EXP-01});
     * null when none is close ({@code FOO-01}).
     */
    public static String closestRuleId(String id, Collection<String> ids) {
        String upper = id.toUpperCase(Locale.ROOT);
        if (ids.contains(upper)) {
            return upper;
        }
        int dash = upper.lastIndexOf('-');
        if (dash > 0) {
            String section = upper.substring(0, dash + 1);
            String sameSection = closest(upper, ids.stream().filter(candidate -> candidate.startsWith(section)).toList());
            if (sameSection != null) {
                return sameSection;
            }
        }
        return ids.stream().filter(candidate -> Math.abs(candidate.length() - upper.length()) <= 1
                && distance(upper, candidate) == 1).findFirst().orElse(null);
    }

    private static boolean sharesStem(String key, String candidate) {
        int stem = Math.min(key.length(), candidate.length());
        return stem >= 8 && key.regionMatches(0, candidate, 0, 8);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
