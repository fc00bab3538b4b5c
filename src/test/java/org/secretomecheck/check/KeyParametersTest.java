package org.secretomecheck.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.secretomecheck.finding.Parameter;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.load.ReadResult;
import org.secretomecheck.load.YamlReader;

/** The key parameters table tells a reviewer what was recorded, what was not, and what does not apply. */
class KeyParametersTest {

    private static Map<String, String> parameters(String yaml) {
        ReadResult read = new YamlReader(InputLimits.DEFAULT).read("p.yaml", yaml.getBytes(UTF_8));
        assertThat(read.problems()).isEmpty();
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : KeyParameters.of(read.document())) {
            values.put(parameter.name(), parameter.value());
        }
        return values;
    }

    @Test
    void theParametersOfAStepNotAppliedAreNotApplicableNotMissing() {
        Map<String, String> values = parameters("""
                format: secretome-protocol/1
                protocol:
                  pre_conditioning:
                    hypoxia: {applied: false}
                    inflammatory_priming: {applied: true}
                """);
        assertThat(values).containsEntry("Hypoxia applied", "false")
                .containsEntry("Hypoxia O2 (%)", "not applied")
                .containsEntry("Hypoxia duration (h)", "not applied")
                .containsEntry("Inflammatory priming", "true")
                .containsEntry("Priming agents", null)
                .containsEntry("Harvests", null);
    }

    @Test
    void finalFiltrationIsShownApartFromTheClarificationFilter() {
        Map<String, String> values = parameters("""
                format: secretome-protocol/1
                protocol:
                  harvest_processing: {filtration: {pore_um: 0.45}}
                  isolation: {final_filtration_um: 0.22}
                """);
        assertThat(values).containsEntry("Clarification filtration pore (µm)", "0.45")
                .containsEntry("Final filtration (µm)", "0.22");
    }

    @Test
    void releaseTestsAreThoseOfEveryLotNotCharacterizationStudies() {
        Map<String, String> values = parameters("""
                format: secretome-protocol/1
                protocol:
                  release_testing:
                    sterility: {method: ph_eur_2_6_27}
                    general_safety: {cytotoxicity: each_lot, hemocompatibility: characterization_study}
                """);
        assertThat(values).containsEntry("Release tests planned", "sterility, cytotoxicity");
    }
}
