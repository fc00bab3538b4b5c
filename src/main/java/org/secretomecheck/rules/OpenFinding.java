package org.secretomecheck.rules;

/**
 * A finding that is still open after merging and waivers, inserted for the rules of the agenda
 * group {@value Judge#AFTER_WAIVERS} (DOC-04: deviations logged), which judge the other findings.
 *
 * @param ruleId the rule that found it
 * @param severity its severity label ({@code major}, …)
 * @param pointer its pointer
 */
public record OpenFinding(String ruleId, String severity, String pointer) {

    /** JavaBean accessor for rule conditions. */
    public String getRuleId() {
        return ruleId;
    }

    /** JavaBean accessor for rule conditions. */
    public String getSeverity() {
        return severity;
    }

    /** JavaBean accessor for rule conditions. */
    public String getPointer() {
        return pointer;
    }
}
