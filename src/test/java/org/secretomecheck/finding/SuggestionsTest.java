package org.secretomecheck.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secretomecheck.rules.Catalogue;

class SuggestionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
        "don-02, DON-02",
        "DON-99, DON-01",
        "EXO-01, EXP-01",
        "EXP-1, EXP-01",
        "FOO-01, none",
        "SITE-01, none",
        "X, none",
    })
    void aRuleIdIsSuggestedOnlyWhenItIsClose(String written, String suggested) {
        assertThat(Suggestions.closestRuleId(written, new TreeSet<>(Catalogue.ids()))).isEqualTo(suggested);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
        "doner, donor",
        "sx, sex",
        "xd, id",
        "<<, none",
        "ab, none",
        "cell_bnk, cell_bank",
    })
    void aKeyIsSuggestedOnlyWhenSomethingOfItIsKept(String written, String suggested) {
        assertThat(Suggestions.closest(written, java.util.List.of("id", "sex", "donor", "cell_bank"))).isEqualTo(suggested);
    }

    /** Following "did you mean o2_pct?" for CO2_pct would have made a second o2_pct. */
    @Test
    void capitalsCountForNothing() {
        assertThat(Suggestions.closest("CO2_pct", java.util.List.of("o2_pct", "co2_pct"))).isEqualTo("co2_pct");
        assertThat(Suggestions.closest("Donor", java.util.List.of("id", "donor"))).isEqualTo("donor");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
        "Intravenous, intravenous",
        "Bone marrow, bone_marrow",
        "' bone-marrow ', bone_marrow",
        "bone_marow, bone_marrow",
        "pen_strep, none",
        "bone, bone_marrow",
        "umbilical cord, none",
        "umbilical_cord_blod, umbilical_cord_blood",
    })
    void aClosedListValueIsSuggestedInItsWrittenFormAndOnlyWhenOneIsMeant(String written, String suggested) {
        assertThat(Suggestions.closestValue(written, java.util.List.of("intravenous", "bone_marrow", "adipose",
                "umbilical_cord_wharton_jelly", "umbilical_cord_blood"))).isEqualTo(suggested);
    }

    @Test
    void aVeryLongIdGetsNoSuggestion() {
        assertThat(Suggestions.closestRuleId("DON-" + "9".repeat(100_000), new TreeSet<>(Catalogue.ids()))).isNull();
    }
}
