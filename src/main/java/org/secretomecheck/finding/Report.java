package org.secretomecheck.finding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of one run, in the order every format renders it: what was used (tool, rules,
 * profile, check date), one result per protocol file in input order, and the rules of the rule
 * set in catalogue order. {@code generatedAt} is when the report was made: the command line sets it
 * from {@code SOURCE_DATE_EPOCH} when that is set, else from the clock. Formats that carry a
 * timestamp (SARIF, JUnit XML) take it from here and nowhere else, so a fixed
 * {@code generatedAt} gives byte-identical reports. {@code baseline} names the baseline file the
 * findings were compared with, or is null when none was. {@code gate} is what fails the run, for
 * the verdict the reports give. {@code inputs} are the other files the findings depend on: the
 * waiver files in the order given, then the baseline, each with its SHA-256. {@code excludes} are
 * the {@code --exclude} globs of the run, as given: what it left out of the directories walked.
 */
public record Report(Tool tool, RuleSet rules, ProfileInfo profile, LocalDate checkDate,
        List<ProtocolResult> protocols, List<RuleDescription> ruleDescriptions, Instant generatedAt, String baseline,
        Gate gate, List<Input> inputs, List<String> excludes) {

    /** A report of a run that excluded nothing ({@code --exclude}). */
    public Report(Tool tool, RuleSet rules, ProfileInfo profile, LocalDate checkDate, List<ProtocolResult> protocols,
            List<RuleDescription> ruleDescriptions, Instant generatedAt, String baseline, Gate gate, List<Input> inputs) {
        this(tool, rules, profile, checkDate, protocols, ruleDescriptions, generatedAt, baseline, gate, inputs, List.of());
    }

    /**
     * The tool that made the report: its name, version and the SHA-256 of its compiled code
     * ({@code code}; null when unknown), which tells apart builds of one version.
     */
    public record Tool(String name, String version, String code) {

        /** A tool whose code digest is unknown. */
        public Tool(String name, String version) {
            this(name, version, null);
        }

        /** {@code secretome-check 0.1.0 (code sha256 ...)}. */
        public String label() {
            return name + " " + version + (code == null ? "" : " (code sha256 " + code + ")");
        }
    }

    /** The rule set used: where it came from and the SHA-256 of its DRL files. */
    public record RuleSet(String source, String sha256, int rules) {}

    /**
     * The profile used: its name, version and the SHA-256 of its thresholds, and the thresholds in
     * which it differs from the bundled default profile (none for the default).
     */
    public record ProfileInfo(String name, String version, String source, String sha256, List<Override> overrides) {

        public ProfileInfo {
            overrides = List.copyOf(overrides);
        }

        /** A profile that differs from the default in no threshold. */
        public ProfileInfo(String name, String version, String source, String sha256) {
            this(name, version, source, sha256, List.of());
        }

        /** The overrides as {@code key = value (default X)}, joined by {@code ; }. */
        public String overridesText() {
            StringBuilder text = new StringBuilder();
            for (Override override : overrides) {
                text.append(text.length() == 0 ? "" : "; ").append(override.key()).append(" = ").append(override.value())
                        .append(" (default ").append(override.standard()).append(')');
            }
            return text.toString();
        }
    }

    /** A threshold of a site profile that differs from the default: its dotted key, its value and the default's. */
    public record Override(String key, String value, String standard) {}

    /** A file the findings depend on besides protocols, rules and profile: its role, name and SHA-256. */
    public record Input(Role role, String file, String sha256) {

        /** What the file is to the run. */
        public enum Role {
            WAIVERS("waiver file"), BASELINE("baseline");

            private final String label;

            Role(String label) {
                this.label = label;
            }

            /** The role in words: "waiver file", "baseline". */
            public String label() {
                return label;
            }
        }
    }

    public Report {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(checkDate, "checkDate");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(gate, "gate");
        protocols = List.copyOf(protocols);
        ruleDescriptions = List.copyOf(ruleDescriptions);
        inputs = List.copyOf(inputs);
        excludes = List.copyOf(excludes);
    }

    /** A report without a baseline. */
    public Report(Tool tool, RuleSet rules, ProfileInfo profile, LocalDate checkDate, List<ProtocolResult> protocols,
            List<RuleDescription> ruleDescriptions, Instant generatedAt) {
        this(tool, rules, profile, checkDate, protocols, ruleDescriptions, generatedAt, null, Gate.DEFAULT, List.of());
    }

    /** A report generated at the start of its check date (UTC), until {@link #generatedAt(Instant)} says otherwise. */
    public Report(Tool tool, RuleSet rules, ProfileInfo profile, LocalDate checkDate, List<ProtocolResult> protocols,
            List<RuleDescription> ruleDescriptions) {
        this(tool, rules, profile, checkDate, protocols, ruleDescriptions,
                checkDate.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** This report, generated at {@code instant}. */
    public Report generatedAt(Instant instant) {
        return new Report(tool, rules, profile, checkDate, protocols, ruleDescriptions, instant, baseline, gate, inputs, excludes);
    }

    /** This report, its findings compared with the baseline {@code source}. */
    public Report withBaseline(String source) {
        return new Report(tool, rules, profile, checkDate, protocols, ruleDescriptions, generatedAt, source, gate, inputs, excludes);
    }

    /** This report, judged by {@code rule}. */
    public Report withGate(Gate rule) {
        return new Report(tool, rules, profile, checkDate, protocols, ruleDescriptions, generatedAt, baseline, rule, inputs, excludes);
    }

    /** {@code 'drafts/**', '**.expected.yaml'}: globs (or other texts of the command line) quoted, for reports. */
    public static String quoted(List<String> globs) {
        return String.join(", ", globs.stream().map(glob -> "'" + glob + "'").toList());
    }

    /** This report of a run that left out what {@code globs} match ({@code --exclude}, as given). */
    public Report withExcludes(List<String> globs) {
        return new Report(tool, rules, profile, checkDate, protocols, ruleDescriptions, generatedAt, baseline, gate, inputs, globs);
    }

    /** How the run ends, by its gate. */
    public Gate.Outcome outcome() {
        return gate.outcome(tally());
    }

    /** The verdict sentence of the run. */
    public String verdict() {
        return gate.verdict(tally(), baseline != null);
    }

    /** The description of rule {@code id}, or null. */
    public RuleDescription rule(String id) {
        return ruleDescriptions.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The rules of the rule set that did not apply to {@code protocol}: all but its
     * {@link ProtocolResult#applicableRules()}, that is the rules whose scope rules it out
     * (product, stage, clinical use, route, a process step it does not use) and that found nothing
     * in it. In catalogue order; empty for a protocol that was not checked, of which no criterion
     * was evaluated.
     */
    public List<String> notApplicable(ProtocolResult protocol) {
        if (!protocol.isChecked()) {
            return List.of();
        }
        Set<String> applicable = Set.copyOf(protocol.applicableRules());
        return ruleDescriptions.stream().map(RuleDescription::id).filter(id -> !applicable.contains(id)).toList();
    }

    /** The counts of this report. */
    public Tally tally() {
        return Tally.of(protocols);
    }

    /** Open findings by severity, over every protocol. */
    public Map<Severity, Integer> openBySeverity() {
        return tally().openBySeverity();
    }

    /** Waived findings over every protocol. */
    public int waivedCount() {
        return tally().waived();
    }

    /** Protocols that could not be checked. */
    public int notCheckedCount() {
        return tally().notChecked();
    }

    /** This report without its protocols: what a streamed report starts with. */
    public Report header() {
        return new Report(tool, rules, profile, checkDate, List.of(), ruleDescriptions, generatedAt, baseline, gate, inputs,
                excludes);
    }
}
