package org.secretomecheck.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a "did you mean" names another unit, the value must be converted; a longer spelling of the same unit needs not. */
class UnitSuffixTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            storage_temp_f     | storage_temp_c     | ' (in °C: convert the value)'
            g_force_rpm        | g_force_xg         | ' (in × g: convert the value)'
            il6_ng_per_ml      | il6_pg_per_ml      | ' (in pg/mL: convert the value)'
            volume_ul          | volume_ml          | ' (in mL: convert the value)'
            duration_hours     | duration_h         | ''
            duration_minutes   | duration_min       | ''
            o2_percent         | o2_pct             | ''
            storage_temp_C     | storage_temp_c     | ''
            age_year           | age_years          | ''
            age_yrs            | age_years          | ''
            storage_temp_K     | storage_temp_c     | ' (in °C: convert the value)'
            g_force_x_g        | g_force_xg         | ''
            storage_tmp_f      | storage_temp_c     | ''
            passage_at_conditon| passage_at_conditioning | ''
            total_volume_l     | total_volume_ml    | ' (in mL: convert the value)'
            mwco_da            | mwco_kda           | ' (in kDa: convert the value)'
            result_per_l       | result_per_ml      | ' (in count per mL: convert the value)'
            il6_ng_per_l       | il6_ng_per_ml      | ' (in ng/mL: convert the value)'
            il6_g_per_ml       | il6_ng_per_ml      | ' (in ng/mL: convert the value)'
            result_per_mL      | result_per_ml      | ''
            cm_volume_mls      | cm_volume_ml       | ''
            conc_ng_ml         | conc_ng_per_ml     | ''
            storage_temp_degc  | storage_temp_c     | ''
            g_force_g          | g_force_xg         | ''
            density_cells_cm2  | density_cells_per_cm2 | ''
            surface_area_m2    | surface_area_cm2   | ' (in cm²: convert the value)'
            fill_volume_cc     | fill_volume_ml     | ''
            g_force_rcf        | g_force_xg         | ''
            """)
    void hint(String key, String suggestion, String hint) {
        assertThat(UnitSuffix.hint(key, suggestion)).isEqualTo(hint);
    }
}
