package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;

/** {@code protocol.pre_conditioning}: generated from the field table of {@code protocol-format.md}. */
public final class PreConditioning extends Section {

    /** {@code protocol.pre_conditioning.hypoxia (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("hypoxia")
    private Hypoxia hypoxia;

    /** {@code protocol.pre_conditioning.inflammatory_priming (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("inflammatory_priming")
    private InflammatoryPriming inflammatoryPriming;

    /** {@code protocol.pre_conditioning.pharmacological (mapping; section, optional)}. */
    @Valid
    @JsonProperty("pharmacological")
    private Pharmacological pharmacological;

    public Hypoxia getHypoxia() {
        return hypoxia;
    }

    public InflammatoryPriming getInflammatoryPriming() {
        return inflammatoryPriming;
    }

    public Pharmacological getPharmacological() {
        return pharmacological;
    }
}
