package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;

/** {@code protocol.cell_bank}: generated from the field table of {@code protocol-format.md}. */
public final class CellBank extends Section {

    /** {@code protocol.cell_bank.mcb_id (id string; setpoint, both stages)}. */
    @IdString
    @JsonProperty("mcb_id")
    private String mcbId;

    /** {@code protocol.cell_bank.wcb_id (id string; setpoint, both stages)}. */
    @IdString
    @JsonProperty("wcb_id")
    private String wcbId;

    /** {@code protocol.cell_bank.karyotype (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("karyotype")
    private Karyotype karyotype;

    /** {@code protocol.cell_bank.str_profile (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("str_profile")
    private StrProfile strProfile;

    /** {@code protocol.cell_bank.adventitious_virus (mapping; section, both stages)}. */
    @Valid
    @JsonProperty("adventitious_virus")
    private AdventitiousVirus adventitiousVirus;

    public String getMcbId() {
        return mcbId;
    }

    public String getWcbId() {
        return wcbId;
    }

    public Karyotype getKaryotype() {
        return karyotype;
    }

    public StrProfile getStrProfile() {
        return strProfile;
    }

    public AdventitiousVirus getAdventitiousVirus() {
        return adventitiousVirus;
    }
}
