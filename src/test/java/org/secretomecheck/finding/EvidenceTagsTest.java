package org.secretomecheck.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTagsTest {

    @Test
    void theLegendExplainsTheTagsUsedInTheCataloguesOrder() {
        assertThat(EvidenceTags.legend(List.of("ISO 13022 [INF]", "Thery 2018 [M]", "Boyt 2020 [V]"))).isEqualTo(
                "Evidence tags: [V] seen in the cited text; [M] cited from a standard or from memory, to be verified"
                        + " before external use; [INF] an inferred common-practice default, not a guideline number.");
        assertThat(EvidenceTags.legend(List.of("Choudhery 2014 [V abstract; citation M]"))).as("a tag with a remark")
                .isEqualTo("Evidence tags: [V] seen in the cited text; [M] cited from a standard or from memory, to be"
                        + " verified before external use.");
        assertThat(EvidenceTags.legend(List.of("ISO 20391 [M/V]"))).contains("[V]", "[M]");
        assertThat(EvidenceTags.legend(List.of("Thery 2018 [V; DOI M]"))).contains("[V]", "[M]").doesNotContain("[INF]");
    }

    @Test
    void sourcesWithoutTagsGetNoLegend() {
        assertThat(EvidenceTags.legend(List.of("Site SOP QC-12", "[Vendor] manual"))).isEmpty();
        assertThat(EvidenceTags.legend(List.of())).isEmpty();
    }
}
