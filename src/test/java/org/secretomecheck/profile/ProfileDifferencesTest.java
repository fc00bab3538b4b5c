package org.secretomecheck.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a report lists as a site profile's differences from the default ({@code profile.overrides}). */
class ProfileDifferencesTest {

    private static LoadedProfile site(String yaml) throws ProfileException {
        return new ProfileLoader().load("site.yaml", ("profile:\n  name: site\n" + yaml).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aThresholdWrittenDifferentlyButEqualIsNoDifference() throws ProfileException {
        assertThat(site("  donor: {age_warn_years: 60.0}\n").differences()).isEmpty();
        assertThat(site("  expansion: {max_passage: 4}\n").differences())
                .extracting(LoadedProfile.Difference::key).containsExactly("profile.expansion.max_passage");
    }

    /** The same tests in another order are the default's thresholds: its digest, and no name of its own needed. */
    @Test
    void aListInAnotherOrderUnderTheDefaultNameIsTheDefault() throws ProfileException {
        LoadedProfile reordered = new ProfileLoader().load("site.yaml",
                "profile:\n  donor: {mandatory_tests: [syphilis, anti_hcv, anti_hbc, hbsag, anti_hiv_1_2]}\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(reordered.sha256()).isEqualTo(new ProfileLoader().loadDefault().sha256());
        assertThat(reordered.differences()).isEmpty();
    }

    @Test
    void aListOfNamesInAnotherOrderIsNoDifferenceButAnotherNameIs() throws ProfileException {
        assertThat(site("  donor: {mandatory_tests: [syphilis, anti_hcv, anti_hbc, hbsag, anti_hiv_1_2]}\n").differences())
                .isEmpty();
        assertThat(site("  donor: {mandatory_tests: [syphilis, anti_hcv, anti_hbc, hbsag]}\n").differences())
                .extracting(LoadedProfile.Difference::key).containsExactly("profile.donor.mandatory_tests");
        assertThat(site("  donor: {mandatory_tests: [syphilis, anti_hcv, anti_hbc, hbsag, anti_hiv_1_2, htlv_1]}\n")
                .differences()).extracting(LoadedProfile.Difference::key).containsExactly("profile.donor.mandatory_tests");
    }
}
