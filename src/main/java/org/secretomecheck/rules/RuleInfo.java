package org.secretomecheck.rules;

import java.util.List;

/**
 * A catalogue rule as the rule book knows it from the DRL metadata.
 *
 * @param id the rule ID, such as {@code EXP-01}
 * @param title the catalogue title
 * @param appliesTo the products and stages it applies to
 * @param rationale why the criterion exists
 * @param sources the published sources, one per item
 * @param profileKeys the profile keys its thresholds come from
 * @param scope the conditions under which it applies (see {@link Scope}); empty for always
 * @param file the DRL file that holds it, relative to the rules directory
 * @param checks its checks, in catalogue order
 */
public record RuleInfo(String id, String title, String appliesTo, String rationale, List<String> sources,
        List<String> profileKeys, List<String> scope, String file, List<CheckInfo> checks) {

    public RuleInfo {
        sources = List.copyOf(sources);
        profileKeys = List.copyOf(profileKeys);
        scope = List.copyOf(scope);
        checks = List.copyOf(checks);
    }

    /**
     * The catalogue section prefix: {@code EXP} for {@code EXP-01}; {@code SITE} for every site
     * rule ({@code SITE-QA-3} too), so that site rules are scored and listed together.
     */
    public String section() {
        if (id.startsWith(RuleBook.SITE_PREFIX)) {
            return RuleBook.SITE_PREFIX.substring(0, RuleBook.SITE_PREFIX.length() - 1);
        }
        int dash = id.lastIndexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }
}
