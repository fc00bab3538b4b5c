package org.secretomecheck.finding;

import java.util.List;
import java.util.Objects;

/**
 * What the check of one file gave: its findings (open and waived, in report order) when it was
 * checked, or the problems that kept it from being checked.
 *
 * @param file the file as given by the user
 * @param sha256 SHA-256 of the file's bytes, or empty when it could not be read
 * @param id {@code protocol.id}, or null when unknown
 * @param version {@code protocol.version}, or null
 * @param stage {@code protocol.stage}, or null
 * @param findings every finding, open and waived
 * @param problems what stopped the check; empty for a checked file
 * @param completeness one score per catalogue section, then {@link SectionScore#ALL}; empty when not checked
 * @param parameters the protocol's key parameters; empty when not checked
 * @param applicableRules the IDs of the rules that apply to the protocol (by product, stage and
 *        process step), in catalogue order: the criteria it was judged against; empty when not checked
 * @param staleWaivers the waivers that apply to the protocol (written in it, or in a waiver file
 *        and scoped to it) and match none of its findings, in the order they are written
 * @param expiringWaivers the waivers that apply to the protocol, are in force on the check date and
 *        expire within the warning period, in the order they are written
 * @param baselineGone the entries of the baseline in use for this protocol's ID that match none of
 *        its open findings; empty without a baseline
 * @param batchId the batch ID of an executed batch record ({@code documentation.batch_id}), which
 *        baselines record beside the protocol ID; null when there is none
 */
public record ProtocolResult(String file, String sha256, String id, String version, String stage,
        List<Finding> findings, List<Problem> problems, List<SectionScore> completeness, List<Parameter> parameters,
        List<String> applicableRules, List<WaiverRef> staleWaivers, List<WaiverRef> expiringWaivers,
        List<BaselineEntry> baselineGone, String batchId) {

    public ProtocolResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        completeness = List.copyOf(completeness);
        parameters = List.copyOf(parameters);
        applicableRules = List.copyOf(applicableRules);
        staleWaivers = List.copyOf(staleWaivers);
        expiringWaivers = List.copyOf(expiringWaivers);
        baselineGone = List.copyOf(baselineGone);
    }

    /** Whether the rule {@code ruleId} applies to this protocol (see {@code applicableRules}). */
    public boolean applies(String ruleId) {
        return applicableRules.contains(ruleId);
    }

    /**
     * This protocol's open findings of {@code waiver}'s rule that lie above the waiver's pointer: a finding about an absent field sits at its nearest present
     * parent, and a waiver covers only findings at its pointer or below it. A finding another
     * waiver covers is left out: that waiver needs no correcting.
     */
    public List<Finding> findingsAbove(WaiverRef waiver) {
        if (waiver.pointer() == null) {
            return List.of();
        }
        return findings.stream().filter(f -> f.ruleId().equals(waiver.rule()) && !f.isWaived())
                .filter(f -> waiver.pointer().startsWith(f.location().pointer() + "/"))
                .toList();
    }

    /** A result without waiver or baseline notes. */
    public ProtocolResult(String file, String sha256, String id, String version, String stage, List<Finding> findings,
            List<Problem> problems, List<SectionScore> completeness, List<Parameter> parameters,
            List<String> applicableRules) {
        this(file, sha256, id, version, stage, findings, problems, completeness, parameters, applicableRules, List.of(),
                List.of(), List.of(), null);
    }

    /** A result without the list of applicable rules. */
    public ProtocolResult(String file, String sha256, String id, String version, String stage, List<Finding> findings,
            List<Problem> problems, List<SectionScore> completeness, List<Parameter> parameters) {
        this(file, sha256, id, version, stage, findings, problems, completeness, parameters, List.of());
    }

    /** A file that could not be checked. */
    public static ProtocolResult notChecked(String file, String sha256, String id, List<Problem> problems) {
        return notChecked(file, sha256, id, null, null, problems);
    }

    /** A file that could not be checked, with the ID, version and stage it declares (each null if not given as text). */
    public static ProtocolResult notChecked(String file, String sha256, String id, String version, String stage,
            List<Problem> problems) {
        return new ProtocolResult(file, sha256, id, version, stage, List.of(), problems, List.of(), List.of(), List.of());
    }

    /** True when every criterion was evaluated. */
    public boolean isChecked() {
        return problems.isEmpty();
    }

    /** Open findings whose waiver expired. */
    public long reopenedCount() {
        return findings.stream().filter(Finding::isReopened).count();
    }

    /** Open findings whose waiver is not yet in force. */
    public long pendingCount() {
        return findings.stream().filter(Finding::isPending).count();
    }

    /** {@code checked} or {@code not_checked}. */
    public String status() {
        return isChecked() ? "checked" : "not_checked";
    }
}
