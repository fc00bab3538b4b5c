package org.secretomecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.secretomecheck.finding.Gate;
import org.secretomecheck.finding.Severity;

class JsonRendererTest {

    /** Each protocol's outcome is the run's gate applied to that file alone. */
    @Test
    void eachProtocolHasTheOutcomeOfTheGateForItAlone() throws Exception {
        Map<String, String> outcomes = outcomes(Gate.DEFAULT);
        assertThat(outcomes).containsEntry("protocols/examples/ev-bm-deviations.yaml", "fail")
                .containsEntry("protocols/examples/ev-bm-hypoxia-compliant.yaml", "pass")
                .containsEntry("protocols/broken <&>.yaml", "not_checked");
        assertThat(outcomes(new Gate(Severity.CRITICAL, false)))
                .as("the adipose design has major findings but no critical one")
                .containsEntry("protocols/examples/cm-adipose-design.yaml", "pass");
        assertThat(outcomes(Gate.DEFAULT)).containsEntry("protocols/examples/cm-adipose-design.yaml", "fail");
    }

    private static Map<String, String> outcomes(Gate gate) throws Exception {
        JsonNode json = new ObjectMapper().readTree(Format.JSON.render(ReportFixtures.examples().withGate(gate)));
        Map<String, String> outcomes = new LinkedHashMap<>();
        json.path("protocols").forEach(p -> outcomes.put(p.path("file").asText(), p.path("outcome").asText()));
        return outcomes;
    }
}
