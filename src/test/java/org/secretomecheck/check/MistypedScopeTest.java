package org.secretomecheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A waiver's protocol ID that looks mistyped for a protocol of the run, and one that is another protocol's. */
class MistypedScopeTest {

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource({
        "SEC-BM-EXO-07, SEC-BM-EXO-007, true",
        "SEC-BM-EXO-0007, SEC-BM-EXO-007, true",
        "sec-bm-exo-007, SEC-BM-EXO-007, true",
        "SEC BM EXO 007, SEC-BM-EXO-007, true",
        "SEC-BM-EOX-007, SEC-BM-EXO-007, true",
        "SEC-BM-EXO-008, SEC-BM-EXO-007, false",
        "SEC-BM-EXO-123, SEC-BM-EXO-007, false",
        "SEC-AD-CM-003, SEC-BM-EXO-007, false",
        "sec-bm-exo-07, SEC-BM-EXO-007, true",
        "SEC-BM-EXO-7, SEC-BM-EXO-007, true",
        "BATCH-12, BATCH-1, false",
        "SEC-BM-EXO-070, SEC-BM-EXO-007, false",
        "SEC-BM-EXO-021, SEC-BM-EXO-012, false",
    })
    void anIdLooksMistypedOnlyWithACharacterLeftOutAddedOrSwappedOrInOtherCase(String written, String id, boolean mistyped) {
        assertThat(Checker.mistyped(written, id)).isEqualTo(mistyped);
    }
}
