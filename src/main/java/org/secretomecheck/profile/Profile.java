package org.secretomecheck.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The thresholds of a profile: the keys under the root key {@code profile}. */
public final class Profile {

    @JsonProperty("name")
    private String name;
    @JsonProperty("version")
    private String version;
    @JsonProperty("gating")
    private Gating gating;
    @JsonProperty("donor")
    private Donor donor;
    @JsonProperty("identity")
    private Identity identity;
    @JsonProperty("expansion")
    private Expansion expansion;
    @JsonProperty("media")
    private Media media;
    @JsonProperty("culture_format")
    private CultureFormat cultureFormat;
    @JsonProperty("oxygen")
    private Oxygen oxygen;
    @JsonProperty("priming")
    private Priming priming;
    @JsonProperty("conditioning")
    private Conditioning conditioning;
    @JsonProperty("clarification")
    private Clarification clarification;
    @JsonProperty("isolation")
    private Isolation isolation;
    @JsonProperty("storage")
    private Storage storage;
    @JsonProperty("ev_characterization")
    private EvCharacterization evCharacterization;
    @JsonProperty("reporting")
    private Reporting reporting;
    @JsonProperty("safety")
    private Safety safety;
    @JsonProperty("dose")
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
