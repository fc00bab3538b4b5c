package org.secretomecheck.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.util.ArrayList;
import java.util.List;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.finding.Suggestions;
import org.secretomecheck.protocol.CultureFormat;
import org.secretomecheck.protocol.EligibilityTest;
import org.secretomecheck.protocol.OneOf;
import org.secretomecheck.protocol.Product;
import org.secretomecheck.protocol.ProtocolDocument;
import org.secretomecheck.protocol.Reporting;

/**
 * The profile keys whose values come from the protocol format's closed lists: a site profile may
 * only name clinical stages, donor tests, monitored parameters and checklists that exist. The
 * allowed values are read from the protocol model, so the two cannot drift apart.
 */
final class ProfileValues {

    private ProfileValues() {}

    /** The values outside the closed lists of the protocol format. */
    static List<Problem> closedLists(JsonNode merged, ProtocolDocument site) {
        List<String> stages = allowed(Product.class, "clinicalStage");
        List<Problem> problems = new ArrayList<>();
        check(merged, site, "/profile/gating/clinical_from_stage", stages, problems);
        check(merged, site, "/profile/gating/potency_critical_from_stage", stages, problems);
        check(merged, site, "/profile/donor/mandatory_tests", allowed(EligibilityTest.class, "test"), problems);
        check(merged, site, "/profile/culture_format/required_monitored_parameters",
                allowed(CultureFormat.class, "monitoredParameters"), problems);
        check(merged, site, "/profile/reporting/required_checklists_ev", allowed(Reporting.class, "checklists"), problems);
        return problems;
    }

    /** The pairs of thresholds in the wrong order; meaningful once every value has its type. */
    static List<Problem> orders(JsonNode merged, ProtocolDocument site, java.util.Collection<String> standIns) {
        List<Problem> problems = new ArrayList<>();
        for (String[] pair : ORDERED) {
            if (!standsIn(pair[0], standIns) && !standsIn(pair[1], standIns)) {
                ordered(merged, site, pair[0], pair[1], problems);
            }
        }
        return problems;
    }

    /**
     * CHR-04's marker minimums, none of which asks for a marker: like an empty list of required
     * values, they would leave the criterion nothing to check while it counted as met.
     */
    static List<Problem> markers(JsonNode merged, ProtocolDocument site) {
        String pointer = "/profile/ev_characterization/min_markers";
        JsonNode minimums = merged.at(pointer);
        boolean none = minimums.isObject() && minimums.size() > 0;
        for (JsonNode minimum : minimums) {
            none &= minimum.isNumber() && minimum.decimalValue().signum() == 0;
        }
        return !none ? List.of() : List.of(new Problem(Problem.Kind.STRUCTURE, site.locate(pointer), dotted(pointer)
                + " asks for no marker of any category: CHR-04 would have nothing to check while it counted as met;"
                + " ask for at least one"));
    }

    /** True when the default holds {@code pointer} in place of a site value that could not be bound. */
    private static boolean standsIn(String pointer, java.util.Collection<String> standIns) {
        return standIns.stream().anyMatch(replaced -> pointer.equals(replaced) || pointer.startsWith(replaced + "/"));
    }

    /** Pairs of thresholds where the first may not exceed the second (a window, or minor before major). */
    private static final String[][] ORDERED = {
        {"/profile/expansion/max_passage", "/profile/expansion/passage_major_above"},
        {"/profile/expansion/seeding_density_min_cells_per_cm2", "/profile/expansion/seeding_density_max_cells_per_cm2"},
        {"/profile/oxygen/hypoxia_min_o2_pct", "/profile/oxygen/hypoxia_max_o2_pct"},
        {"/profile/priming/ifn_gamma_ng_per_ml/min", "/profile/priming/ifn_gamma_ng_per_ml/max"},
        {"/profile/priming/tnf_alpha_ng_per_ml/min", "/profile/priming/tnf_alpha_ng_per_ml/max"},
        {"/profile/priming/il_1_beta_ng_per_ml/min", "/profile/priming/il_1_beta_ng_per_ml/max"},
        {"/profile/priming/duration_min_h", "/profile/priming/duration_max_h"},
        {"/profile/conditioning/confluence_low_flag_pct", "/profile/conditioning/confluence_high_flag_pct"},
        {"/profile/conditioning/viability_start_major_below_pct", "/profile/conditioning/viability_start_min_pct"},
        {"/profile/conditioning/duration_low_flag_h", "/profile/conditioning/duration_max_h"},
        {"/profile/conditioning/viability_harvest_major_below_pct", "/profile/conditioning/viability_harvest_min_pct"},
        {"/profile/isolation/cm_mwco_max_kda", "/profile/isolation/cm_mwco_major_kda"},
    };

    private static void ordered(JsonNode merged, ProtocolDocument site, String low, String high, List<Problem> problems) {
        JsonNode lower = merged.at(low);
        JsonNode upper = merged.at(high);
        if (lower.isNumber() && upper.isNumber() && lower.decimalValue().compareTo(upper.decimalValue()) > 0) {
            String at = site.at(low).isMissingNode() ? high : low;
            problems.add(new Problem(Problem.Kind.STRUCTURE, site.locate(at), dotted(low) + " (" + lower.asText()
                    + ") is above " + dotted(high) + " (" + upper.asText() + "); the thresholds contradict each other"));
        }
    }

    private static String dotted(String pointer) {
        return pointer.substring(1).replace('/', '.');
    }

    private static void check(JsonNode merged, ProtocolDocument site, String pointer, List<String> allowed,
            List<Problem> problems) {
        JsonNode value = merged.at(pointer);
        List<JsonNode> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String text = values.get(i).asText();
            String at = value.isArray() ? pointer + "/" + i : pointer;
            if (!allowed.contains(text)) {
                String meant = Suggestions.closestValue(text, allowed);
                problems.add(new Problem(Problem.Kind.STRUCTURE, site.locate(at), dotted(pointer) + ": " + Readable.line(text)
                        + " is not an allowed value" + (meant == null ? "; allowed: " : "; did you mean " + meant + "? Allowed: ")
                        + String.join(", ", allowed)));
            } else if (!seen.add(text)) {
                problems.add(new Problem(Problem.Kind.STRUCTURE, site.locate(at), dotted(pointer)
                        + ": " + Readable.line(text) + " is listed twice"));
            }
        }
    }

    /** The {@code @OneOf} values of a model field, or of the items of a list field. */
    private static List<String> allowed(Class<?> section, String field) {
        try {
            AnnotatedType type = section.getDeclaredField(field).getAnnotatedType();
            OneOf oneOf = type instanceof AnnotatedParameterizedType list
                    ? list.getAnnotatedActualTypeArguments()[0].getAnnotation(OneOf.class)
                    : section.getDeclaredField(field).getAnnotation(OneOf.class);
            return List.of(oneOf.value());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("the protocol model has no field " + field, e);
        }
    }
}
