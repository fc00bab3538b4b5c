package org.secretomecheck.validate;

import java.util.Locale;

/**
 * The units of the key suffixes ({@code protocol-format.md} Section 3.1), for the "did you mean"
 * of an unknown key that names another unit: {@code storage_temp_f} is close to
 * {@code storage_temp_c}, but renaming the key alone would keep a Fahrenheit value in a Celsius
 * field. The format never converts units, so the hint says that the value must be converted.
 */
final class UnitSuffix {

    /** Suffix and unit, longer suffixes first ({@code _ng_per_ml} before {@code _per_ml} and {@code _ml}). */
    private static final String[][] UNITS = {
        {"_cells_per_cm2", "cells per cm²"},
        {"_umol_per_l", "µmol/L"},
        {"_ng_per_ml", "ng/mL"},
        {"_ug_per_ml", "µg/mL"},
        {"_pg_per_ml", "pg/mL"},
        {"_eu_per_ml", "EU/mL"},
        {"_iu_per_ml", "IU/mL"},
        {"_per_ml", "count per mL"},
        {"_months", "months"},
        {"_years", "years"},
        {"_pct", "percent"},
        {"_min", "minutes"},
        {"_cm2", "cm²"},
        {"_kda", "kDa"},
        {"_xg", "× g"},
        {"_ml", "mL"},
        {"_um", "µm"},
        {"_nm", "nm"},
        {"_kg", "kg"},
        {"_ug", "µg"},
        {"_h", "hours"},
        {"_c", "°C"},
    };

    private UnitSuffix() {
    }

    /** The unit of {@code key}'s suffix ("°C" for {@code storage_temp_c}), or null when it ends in none. */
    static String of(String key) {
        for (String[] unit : UNITS) {
            if (key.endsWith(unit[0])) {
                return unit[1];
            }
        }
        return null;
    }

    /**
     * " (in °C: convert the value)" when {@code suggestion} ends in a unit suffix and {@code key}
     * is the same name with another unit ({@code storage_temp_f}, {@code g_force_rpm}); else "".
     * Another spelling of the same unit, in any case ({@code duration_hours}, {@code o2_percent},
     * {@code age_yrs}, {@code storage_temp_C}: the letters of one in the other, in order), needs
     * no conversion and gets no hint.
     */
    static String hint(String key, String suggestion) {
        for (String[] unit : UNITS) {
            String suffix = unit[0];
            if (suggestion.endsWith(suffix)) {
                String stem = suggestion.substring(0, suggestion.length() - suffix.length()) + "_";
                String tail = key.toLowerCase(Locale.ROOT);
                if (!tail.startsWith(stem)) {
                    return "";
                }
                tail = tail.substring(stem.length() - 1);
                return sameUnit(tail, suffix) ? "" : " (in " + unit[1] + ": convert the value)";
            }
        }
        return "";
    }

    /**
     * True when {@code tail} is another spelling of the unit {@code suffix}: the letters of one in
     * the other, in order, unless it is the unit without its prefix ({@code _l} for {@code _ml},
     * {@code _da} for {@code _kda}, {@code _per_l} for {@code _per_ml}, {@code _g_per_ml} for
     * {@code _ng_per_ml}), which is another unit.
     */
    private static boolean sameUnit(String tail, String suffix) {
        return SYNONYMS.contains(tail + "=" + suffix) || (spells(tail, suffix) || spells(suffix, tail)) && !withoutPrefix(tail, suffix);
    }

    /** Units written otherwise that are the suffix's unit: a cubic centimetre is a millilitre, a relative centrifugal force times g. */
    private static final java.util.Set<String> SYNONYMS = java.util.Set.of("_cc=_ml", "_rcf=_xg");

    /** True when {@code tail} is {@code suffix} with one unit's metric prefix (m, k, u, n, p, c, d) left out. */
    private static boolean withoutPrefix(String tail, String suffix) {
        String[] written = tail.split("_per_", -1);
        String[] meant = suffix.split("_per_", -1);
        if (written.length != meant.length) {
            return false;
        }
        int dropped = 0;
        for (int i = 0; i < written.length; i++) {
            String one = written[i].replace("_", "");
            String other = meant[i].replace("_", "");
            if (other.length() == one.length() + 1 && "mkunpcd".indexOf(other.charAt(0)) >= 0 && other.endsWith(one)
                    && !one.isEmpty()) {
                dropped++;
            } else if (!one.equals(other)) {
                return false;
            }
        }
        return dropped == 1;
    }

    /** True when the letters of {@code suffix} occur in {@code tail} in order ({@code _pct} in {@code _percent}). */
    private static boolean spells(String tail, String suffix) {
        int next = 0;
        for (int i = 0; i < tail.length() && next < suffix.length(); i++) {
            if (tail.charAt(i) == suffix.charAt(next)) {
                next++;
            }
        }
        return next == suffix.length();
    }
}
