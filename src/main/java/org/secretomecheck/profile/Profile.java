package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/** The thresholds of a profile: the keys under the root key {@code profile}. */
public final class Profile {

    @NotBlank
    @JsonProperty("name")
    private String name;
    @NotBlank
    @JsonProperty("version")
    private String version;
    @JsonProperty("gating")
    @Valid
    private Gating gating;
    @JsonProperty("donor")
    @Valid
    private Donor donor;
    @JsonProperty("identity")
    @Valid
    private Identity identity;
    @JsonProperty("expansion")
    @Valid
    private Expansion expansion;
    @JsonProperty("media")
    @Valid
    private Media media;
    @JsonProperty("culture_format")
    @Valid
    private CultureFormat cultureFormat;
    @JsonProperty("oxygen")
    @Valid
    private Oxygen oxygen;
    @JsonProperty("priming")
    @Valid
    private Priming priming;
    @JsonProperty("conditioning")
    @Valid
    private Conditioning conditioning;
    @JsonProperty("clarification")
    @Valid
    private Clarification clarification;
    @JsonProperty("isolation")
    @Valid
    private Isolation isolation;
    @JsonProperty("storage")
    @Valid
    private Storage storage;
    @JsonProperty("ev_characterization")
    @Valid
    private EvCharacterization evCharacterization;
    @JsonProperty("reporting")
    @Valid
    private Reporting reporting;
    @JsonProperty("safety")
    @Valid
    private Safety safety;
    @JsonProperty("dose")
    @Valid
    private Dose dose;

    public String getName() {
        return name;
    }

    public String getVersion() {
        return version;
    }

    public Gating getGating() {
        return gating;
    }

    public Donor getDonor() {
        return donor;
    }

    public Identity getIdentity() {
        return identity;
    }

    public Expansion getExpansion() {
        return expansion;
    }

    public Media getMedia() {
        return media;
    }

    public CultureFormat getCultureFormat() {
        return cultureFormat;
    }

    public Oxygen getOxygen() {
        return oxygen;
    }

    public Priming getPriming() {
        return priming;
    }

    public Conditioning getConditioning() {
        return conditioning;
    }

    public Clarification getClarification() {
        return clarification;
    }

    public Isolation getIsolation() {
        return isolation;
    }

    public Storage getStorage() {
        return storage;
    }

    public EvCharacterization getEvCharacterization() {
        return evCharacterization;
    }

    public Reporting getReporting() {
        return reporting;
    }

    public Safety getSafety() {
        return safety;
    }

    public Dose getDose() {
        return dose;
    }
}
