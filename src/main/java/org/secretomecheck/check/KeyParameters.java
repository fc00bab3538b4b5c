package org.secretomecheck.check;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.secretomecheck.finding.Parameter;
import org.secretomecheck.protocol.ProtocolDocument;

/**
 * The key process parameters of a protocol: what a reviewer reads first, and what sites compare
 * to show their processes are comparable. Values are shown as written; lists and sections are
 * summarized.
 */
public final class KeyParameters {

    private static final String[][] FIELDS = {
        {"Stage", "stage"},
        {"Product type", "product.type"},
        {"Route", "product.route"},
        {"Clinical stage", "product.clinical_stage"},
        {"Cell source", "source.tissue"},
        {"Donors", "donor.count"},
        {"Pooled", "donor.pooled"},
        {"Passage at conditioning", "expansion.passage_at_conditioning"},
        {"Expansion supplement", "expansion.supplement.type"},
        {"Culture format", "culture_format.type"},
        {"Hypoxia applied", "pre_conditioning.hypoxia.applied"},
        {"Hypoxia O2 (%)", "pre_conditioning.hypoxia.o2_pct"},
        {"Hypoxia duration (h)", "pre_conditioning.hypoxia.duration_h"},
        {"Inflammatory priming", "pre_conditioning.inflammatory_priming.applied"},
        {"Priming agents", "pre_conditioning.inflammatory_priming.agents"},
        {"Conditioning medium supplement", "conditioning.medium.supplement"},
        {"Conditioning O2 (%)", "conditioning.o2_pct"},
        {"Conditioning duration (h)", "conditioning.duration_h"},
        {"Harvests", "conditioning.harvests.count"},
        {"Clarification (centrifugation)", "harvest_processing.centrifugation_steps"},
        {"Clarification filtration pore (µm)", "harvest_processing.filtration.pore_um"},
        {"Isolation methods", "isolation.methods"},
        {"Cut-off (kDa)", "isolation.mwco_kda"},
        {"Final filtration (µm)", "isolation.final_filtration_um"},
        {"Storage temperature (°C)", "formulation_storage.storage_temp_c"},
        {"Release tests planned", "release_testing"},
    };

    /** The JSON Pointers of {@link #FIELDS}, compiled once. */
    private static final JsonPointer[] POINTERS = Arrays.stream(FIELDS)
            .map(field -> JsonPointer.compile(ProtocolDocument.pointerOf(field[1])))
            .toArray(JsonPointer[]::new);

    private KeyParameters() {}

    /** The key parameters of {@code document}, in a fixed order. */
    public static List<Parameter> of(ProtocolDocument document) {
        List<Parameter> parameters = new ArrayList<>(FIELDS.length);
        for (int i = 0; i < FIELDS.length; i++) {
            JsonPointer pointer = POINTERS[i];
            parameters.add(new Parameter(FIELDS[i][0], pointer.toString(),
                    show(FIELDS[i][1], document.root().at(pointer), document.root().path("protocol"))));
        }
        return parameters;
    }

    private static String show(String path, JsonNode node, JsonNode protocol) {
        if (node.isMissingNode() || node.isNull()) {
            return notApplied(path, protocol);
        }
        return switch (path) {
            case "pre_conditioning.inflammatory_priming.agents" -> join(node, item -> item.path("name").asText()
                    + (item.has("conc_ng_per_ml") ? " " + item.get("conc_ng_per_ml").asText() + " ng/mL" : "")
                    + (item.has("duration_h") ? ", " + item.get("duration_h").asText() + " h" : ""));
            case "harvest_processing.centrifugation_steps" -> join(node, item -> item.path("g_force_xg").asText("?")
                    + " x g, " + item.path("time_min").asText("?") + " min");
            case "release_testing" -> plannedTests(node);
            default -> node.isArray() ? join(node, JsonNode::asText) : node.isValueNode() ? node.asText() : "(section)";
        };
    }

    /**
     * For a parameter of a step the protocol says it does not apply ({@code applied: false}),
     * "not applied", which is no gap; null (not recorded) otherwise.
     */
    private static String notApplied(String path, JsonNode protocol) {
        for (String step : new String[] {"pre_conditioning.hypoxia.", "pre_conditioning.inflammatory_priming."}) {
            if (path.startsWith(step) && !path.endsWith(".applied")) {
                JsonNode applied = protocol.at("/" + (step + "applied").replace('.', '/'));
                if (applied.isBoolean() && !applied.booleanValue()) {
                    return "not applied";
                }
            }
        }
        return null;
    }

    /**
     * The tests planned for every lot: the sections with a method or assay, the lists that are not
     * empty, and the general safety tests marked {@code each_lot} (a characterization study is no
     * release test).
     */
    private static String plannedTests(JsonNode releaseTesting) {
        List<String> tests = new ArrayList<>();
        releaseTesting.properties().forEach(member -> {
            JsonNode value = member.getValue();
            if (member.getKey().equals("general_safety")) { // its tests are its members: each_lot, characterization_study, ...
                value.properties().stream().filter(test -> test.getValue().isTextual()
                        && test.getValue().textValue().equals("each_lot"))
                        .forEach(test -> tests.add(test.getKey()));
            } else if (value.isArray() ? !value.isEmpty()
                    : value.isObject() && (value.hasNonNull("method") || value.hasNonNull("assay"))) {
                tests.add(member.getKey()); // a scalar (reference_standard_id) is no test
            }
        });
        return tests.isEmpty() ? "none" : String.join(", ", tests);
    }

    private static String join(JsonNode list, java.util.function.Function<JsonNode, String> item) {
        if (!list.isArray()) {
            return list.asText();
        }
        List<String> items = new ArrayList<>();
        list.forEach(element -> items.add(item.apply(element)));
        return items.isEmpty() ? "none" : String.join("; ", items);
    }
}
