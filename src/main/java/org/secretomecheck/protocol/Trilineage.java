package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Null;

/** {@code protocol.identity_msc.trilineage}: generated from the field table of {@code protocol-format.md}. */
public final class Trilineage extends Section {

    /** {@code protocol.identity_msc.trilineage.method (string; setpoint, both stages)}. */
    @Text
    @JsonProperty("method")
    private String method;

    /** {@code protocol.identity_msc.trilineage.tested_lot_ref (id string; setpoint, optional)}. */
    @IdString
    @JsonProperty("tested_lot_ref")
    private String testedLotRef;

    /** {@code protocol.identity_msc.trilineage.osteo (enum; result, batch_record)}. */
    @OneOf({"pass", "fail", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("osteo")
    private String osteo;

    /** {@code protocol.identity_msc.trilineage.adipo (enum; result, batch_record)}. */
    @OneOf({"pass", "fail", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("adipo")
    private String adipo;

    /** {@code protocol.identity_msc.trilineage.chondro (enum; result, batch_record)}. */
    @OneOf({"pass", "fail", "not_done"})
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("chondro")
    private String chondro;

    public String getMethod() {
        return method;
    }

    public String getTestedLotRef() {
        return testedLotRef;
    }

    public String getOsteo() {
        return osteo;
    }

    public String getAdipo() {
        return adipo;
    }

    public String getChondro() {
        return chondro;
    }
}
