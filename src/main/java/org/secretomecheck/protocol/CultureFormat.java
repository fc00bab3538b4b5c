package org.secretomecheck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Null;
import java.math.BigDecimal;
import java.util.List;

/** {@code protocol.culture_format}: generated from the field table of {@code protocol-format.md}. */
public final class CultureFormat extends Section {

    /** {@code protocol.culture_format.type (enum; setpoint, both stages)}. */
    @OneOf({"2d_flask", "2d_multilayer", "microcarrier_stirred", "spheroid_static", "spheroid_dynamic", "hollow_fiber_bioreactor", "other"})
    @JsonProperty("type")
    private String type;

    /** {@code protocol.culture_format.surface_area_cm2 (number, cm²; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("surface_area_cm2")
    private BigDecimal surfaceAreaCm2;

    /** {@code protocol.culture_format.working_volume_ml (number, mL; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("working_volume_ml")
    private BigDecimal workingVolumeMl;

    /** {@code protocol.culture_format.change_from_qualified (enum; setpoint, optional)}. */
    @OneOf({"none", "scale_change", "format_change"})
    @JsonProperty("change_from_qualified")
    private String changeFromQualified;

    /** {@code protocol.culture_format.comparability_ref (id string; setpoint, conditional)}. */
    @IdString
    @JsonProperty("comparability_ref")
    private String comparabilityRef;

    /** {@code protocol.culture_format.spheroid_diameter_um (number, µm; setpoint, conditional)}. */
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty("spheroid_diameter_um")
    private BigDecimal spheroidDiameterUm;

    /** {@code protocol.culture_format.monitored_parameters (list; setpoint, conditional)}. */
    @Unique
    @JsonProperty("monitored_parameters")
    private List<@OneOf({"dissolved_oxygen", "ph", "temperature", "agitation", "glucose", "lactate"}) String> monitoredParameters;

    /** {@code protocol.culture_format.process_log_ref (id string; result, conditional)}. */
    @IdString
    @Null(groups = DesignStage.class, message = "is a result field: not allowed in a design")
    @JsonProperty("process_log_ref")
    private String processLogRef;

    public String getType() {
        return type;
    }

    public BigDecimal getSurfaceAreaCm2() {
        return surfaceAreaCm2;
    }

    public BigDecimal getWorkingVolumeMl() {
        return workingVolumeMl;
    }

    public String getChangeFromQualified() {
        return changeFromQualified;
    }

    public String getComparabilityRef() {
        return comparabilityRef;
    }

    public BigDecimal getSpheroidDiameterUm() {
        return spheroidDiameterUm;
    }

    public List<String> getMonitoredParameters() {
        return monitoredParameters;
    }

    public String getProcessLogRef() {
        return processLogRef;
    }
}
