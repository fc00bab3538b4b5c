package org.secretomecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void listsReadAsEnglish() {
        assertThat(Words.listed(List.of())).isEmpty();
        assertThat(Words.listed(List.of("version"))).isEqualTo("version");
        assertThat(Words.listed(List.of("version", "approved_by"))).isEqualTo("version and approved_by");
        assertThat(Words.listed(List.of("g-force (g_force_xg)", "time (time_min)", "temperature (temp_c)")))
                .isEqualTo("g-force (g_force_xg), time (time_min) and temperature (temp_c)");
    }
}
