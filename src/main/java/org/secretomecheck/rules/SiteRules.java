package org.secretomecheck.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.secretomecheck.finding.Readable;

/**
 * The naming contract between built-in and site rules: a rule with an ID outside the catalogue
 * must be a site rule named {@value RuleBook#SITE_PREFIX}…, and a site directory may not define
 * a catalogue ID (that would silently replace or double a built-in criterion).
 */
final class SiteRules {

    /** A site rule ID: {@code SITE-01}, {@code SITE-QA-3}. */
    private static final Pattern SITE_ID = Pattern.compile("SITE(-[A-Z0-9]+)+");

    private SiteRules() {}

    static void check(Map<String, RuleInfo> rules, List<DrlSource> sources) throws RuleBookException {
        Set<String> catalogue = new HashSet<>(Catalogue.ids());
        Set<String> siteFiles = new HashSet<>();
        sources.stream().filter(DrlSource::site).forEach(s -> siteFiles.add(s.display()));
        List<String> errors = new ArrayList<>();
        for (RuleInfo rule : rules.values()) {
            boolean site = siteFiles.contains(rule.file());
            if (site && catalogue.contains(rule.id())) {
                errors.add(idAt(rule, sources) + ": rule " + rule.id() + " clashes with the built-in rule of the same ID; site rules"
                        + " use IDs starting with " + RuleBook.SITE_PREFIX);
            } else if (!catalogue.contains(rule.id()) && !SITE_ID.matcher(rule.id()).matches()) {
                errors.add(idAt(rule, sources) + ": rule " + Readable.line(rule.id())
                        + " is not a catalogue ID; site rules use IDs of " + RuleBook.SITE_PREFIX
                        + " and capital letters, digits and dashes (e.g. " + RuleBook.SITE_PREFIX + "01, "
                        + RuleBook.SITE_PREFIX + "QA-3)");
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleBookException(errors);
        }
    }

    /** Where {@code rule}'s {@code @id} is written, as {@code file:line:column}; its file when not found. */
    private static String idAt(RuleInfo rule, List<DrlSource> sources) {
        DrlSource source = sources.stream().filter(s -> s.display().equals(rule.file())).findFirst().orElse(null);
        return RuleMetadata.at(source, rule.file(), rule.checks().get(0).drlRule(), "id");
    }
}
