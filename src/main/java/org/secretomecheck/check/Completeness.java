package org.secretomecheck.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.SectionScore;
import org.secretomecheck.finding.Severity;
import org.secretomecheck.protocol.Protocol;
import org.secretomecheck.rules.Context;
import org.secretomecheck.rules.RuleBook;
import org.secretomecheck.rules.RuleInfo;
import org.secretomecheck.rules.Scope;

/**
 * The completeness score of a checked protocol: per catalogue section, the share of the criteria
 * that apply to it (their {@code @scope}) that it meets. A criterion is met when it has no
 * finding above info; a waived finding is an approved deviation, so its criterion is not met.
 */
final class Completeness {

    private Completeness() {}

    /**
     * The IDs of the rules that apply to {@code protocol}, in the rule book's (catalogue) order:
     * those whose scope covers it, and any other that found something in it (a rule whose
     * conditions reach beyond its {@code @scope}: its finding is reported, so it was applied).
     */
    static List<String> applicable(RuleBook book, Protocol protocol, Context context, List<Finding> findings) {
        Set<String> found = findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
        return book.rules().stream().filter(rule -> found.contains(rule.id()) || Scope.applies(rule.scope(), protocol, context))
                .map(RuleInfo::id).toList();
    }

    /** The scores by section, then of all, over the rules whose IDs are {@code applicable}. */
    static List<SectionScore> score(RuleBook book, List<String> applicable, List<Finding> findings) {
        Set<String> deviating = findings.stream().filter(f -> f.severity() != Severity.INFO)
                .map(Finding::ruleId).collect(Collectors.toSet());
        Set<String> applying = Set.copyOf(applicable);
        Map<String, int[]> sections = new LinkedHashMap<>();
        int[] all = new int[2];
        for (RuleInfo rule : book.rules()) {
            if (applying.contains(rule.id())) {
                int[] counts = sections.computeIfAbsent(rule.section(), s -> new int[2]);
                int met = deviating.contains(rule.id()) ? 0 : 1;
                counts[0]++;
                counts[1] += met;
                all[0]++;
                all[1] += met;
            }
        }
        List<SectionScore> scores = new ArrayList<>();
        sections.forEach((section, counts) -> scores.add(new SectionScore(section, counts[0], counts[1])));
        scores.add(new SectionScore(SectionScore.ALL, all[0], all[1]));
        return scores;
    }
}
