package org.secretomecheck.finding;

import java.util.List;

/**
 * What a report says about a rule of the rule set in use, for formats that describe their rules
 * (SARIF, HTML, PDF).
 *
 * @param id the rule ID
 * @param title the catalogue title
 * @param appliesTo the products and stages it applies to
 * @param rationale why the criterion exists
 * @param sources its published sources
 * @param thresholds the thresholds in force, as {@code profile.key = value}
 * @param severities the severities its checks report, most severe first, each once
 */
public record RuleDescription(String id, String title, String appliesTo, String rationale, List<String> sources,
        List<String> thresholds, List<Severity> severities) {

    public RuleDescription {
        sources = List.copyOf(sources);
        thresholds = List.copyOf(thresholds);
        severities = List.copyOf(severities);
    }
}
