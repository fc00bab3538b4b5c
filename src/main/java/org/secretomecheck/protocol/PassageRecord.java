package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import java.math.BigDecimal;

/** {@code protocol.expansion.passage_history[]}: generated from the field table of {@code protocol-format.md}. */
public final class PassageRecord extends ListItem {

    /** {@code protocol.expansion.passage_history.passage (int; result, structural)}. */
    @NotNull
    @Min(0)
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("passage")
    private Integer passage;

    /** {@code protocol.expansion.passage_history.cells_seeded (number, cells; result, optional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cells_seeded")
    private BigDecimal cellsSeeded;

    /** {@code protocol.expansion.passage_history.cells_harvested (number, cells; result, optional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("cells_harvested")
    private BigDecimal cellsHarvested;

    public Integer getPassage() {
        return passage;
    }

    public BigDecimal getCellsSeeded() {
        return cellsSeeded;
    }

    public BigDecimal getCellsHarvested() {
        return cellsHarvested;
    }
}
