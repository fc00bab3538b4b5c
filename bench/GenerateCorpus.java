import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates a corpus of secretome protocols for the benchmark (JDK only):
 *
 * <pre>java bench/GenerateCorpus.java --count 10000 --seed 42 --out bench/work/corpus</pre>
 *
 * Every file is a structurally valid secretome-protocol/1 document (Section 7 of the format):
 * all product types, both stages, every clinical stage and route, with and without hypoxia,
 * inflammatory and pharmacological priming, several culture formats and isolation trains. Values
 * are plausible; about a third of the protocols deviate (values beyond the default profile's
 * thresholds, missing fields, sparse "academic lab" designs), so the rules fire as in real use.
 *
 * File i depends only on (seed, i): a corpus of 1,000 is the first 1,000 files of a corpus of
 * 10,000 with the same seed. Files go into subdirectories of 500, to exercise the recursive walk.
 */
public final class GenerateCorpus {

    // ---------------------------------------------------------------- value wrappers for the emitter

    /** A plain (unquoted) scalar: enum values, IDs, dates. */
    record Plain(String text) {}

    static Plain p(String s) {
        return new Plain(s);
    }

    /** A mapping written in flow style ({@code {a: 1, b: x}}). */
    static final class Flow extends LinkedHashMap<String, Object> {}

    // ---------------------------------------------------------------- enumerations of the format

    static final String[] TYPES = {"conditioned_medium", "cm_concentrate", "lyophilized_secretome", "ev_total", "ev_small"};
    static final String[] ROUTES = {"intravenous", "intrathecal", "intra_articular", "nebulized", "topical", "intradermal", "other"};
    static final String[] STAGES = {"research", "preclinical", "phase1", "phase2", "phase3", "marketed"};
    static final String[] MECHANISMS = {"immunomodulation", "anti_inflammatory", "pro_angiogenic", "tissue_repair",
        "anti_fibrotic", "neuroprotection", "other"};
    static final String[] TISSUES = {"bone_marrow", "adipose", "umbilical_cord_wharton_jelly", "umbilical_cord_blood",
        "placenta", "amnion", "chorion", "dental_pulp", "shed", "menstrual_blood", "synovium", "ipsc_derived", "other"};
    static final String[] SPECIES = {"human", "human", "human", "human", "human", "human", "mouse", "rat", "pig", "horse", "dog"};
    static final String[] ISOLATION = {"explant", "enzymatic_digestion", "density_gradient", "direct_plating_adherence", "other"};
    static final String[] DESIGNATION = {"mesenchymal_stromal_cells", "mesenchymal_stromal_cells", "mesenchymal_stem_cells",
        "unspecified_msc"};
    static final String[] TESTS = {"anti_hiv_1_2", "hbsag", "anti_hbc", "anti_hcv", "syphilis", "htlv_1", "nat_hiv_hbv_hcv"};
    static final String[] REGULATIONS = {"eu_2006_17_ec", "eu_2024_1938", "us_21_cfr_1271", "other"};
    static final String[] BASAL = {"alpha_mem", "dmem_low_glucose", "dmem_high_glucose", "dmem_f12", "proprietary_serum_free", "other"};
    static final String[] SUPPLEMENTS = {"hpl", "hpl", "fbs", "human_serum", "serum_free_defined", "xeno_free_defined"};
    static final String[] FORMATS = {"2d_flask", "2d_multilayer", "microcarrier_stirred", "spheroid_static", "spheroid_dynamic",
        "hollow_fiber_bioreactor", "other"};
    static final String[] MONITORED = {"dissolved_oxygen", "ph", "temperature", "agitation", "glucose", "lactate"};
    static final String[] ANALYTES = {"vegf_a", "hgf", "il_6", "il_8", "mcp_1", "tgf_beta_1", "tsg_6", "pge2", "kynurenine",
        "bdnf", "igf_1", "fgf_2", "pdgf_bb"};
    static final String[] CHECKLISTS = {"misev2018", "misev2023", "isev_cell_culture_checklist", "ev_track"};
    static final String[] REG_STATUS = {"research_use_only", "investigational_medicinal_product", "atmp", "hospital_exemption",
        "soho_preparation", "other"};
    static final String[] SITES = {"Regenerative Medicine GMP Facility", "Cell Therapy Unit, Building C",
        "Academic Cell Processing Lab", "Translational Biologics Centre", "Hospital Pharmacy ATMP Unit"};
    static final String[] PEOPLE = {"S. Lindqvist", "A. Moreau", "R. Okafor", "J. Rahman", "L. Berg", "P. Haddad",
        "M. Novak", "K. Tanaka", "D. Ferreira", "E. Kowalski", "N. Mensah", "H. Olsen"};
    static final String[] MARKERS_TM = {"CD9", "CD63", "CD81"};
    static final String[] MARKERS_CYTO = {"TSG101", "ALIX", "syntenin-1", "HSP70"};
    static final String[] MARKERS_PURITY = {"calnexin", "GM130", "ApoA1", "albumin"};
    static final String[] PHARMA = {"deferoxamine", "lithium chloride", "dimethyloxalylglycine", "melatonin", "exendin-4"};

    // ---------------------------------------------------------------- per-file state

    final Random r;
    final int index;
    boolean br;          // batch record
    boolean deviant;     // more values outside thresholds
    boolean sparse;      // thinly documented design
    String type;
    boolean ev;
    String route;
    String clinical;
    String intendedMechanism;
    boolean hypoxia;
    boolean priming;
    boolean pharmacological;
    String supplementType;
    String antibiotics;
    List<String> isolationMethods;

    GenerateCorpus(long seed, int index) {
        this.index = index;
        this.r = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
    }

    // ---------------------------------------------------------------- random helpers

    <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }

    boolean chance(double p) {
        return r.nextDouble() < p;
    }

    int between(int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    /** A decimal in [lo, hi] with {@code scale} digits after the point. */
    BigDecimal dec(double lo, double hi, int scale) {
        return BigDecimal.valueOf(lo + r.nextDouble() * (hi - lo)).setScale(scale, RoundingMode.HALF_UP);
    }

    /** A large count written like 1.10e+8. */
    Plain sci(double lo, double hi) {
        return p(String.format(Locale.ROOT, "%.2e", lo + r.nextDouble() * (hi - lo)));
    }

    /** A deviation-aware choice: the normal value, or with probability p (more when deviant) the deviating one. */
    <T> T dev(double p, T normal, T deviating) {
        return chance(deviant ? Math.min(1, p * 4) : p) ? deviating : normal;
    }

    String id(String prefix) {
        return prefix + "-" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + "-" + String.format("%04d", r.nextInt(10000));
    }

    <T> List<T> subset(T[] values, int min, int max) {
        List<T> all = new ArrayList<>(Arrays.asList(values));
        Collections.shuffle(all, r);
        return new ArrayList<>(all.subList(0, Math.min(all.size(), between(min, max))));
    }

    static Flow flow(Object... kv) {
        Flow m = new Flow();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    /** A result value: present only in batch records. */
    <T> T res(T value) {
        return br ? value : null;
    }

    /** A plain-enum list. */
    static List<Object> plains(List<String> values) {
        List<Object> out = new ArrayList<>();
        values.forEach(v -> out.add(p(v)));
        return out;
    }

    // ---------------------------------------------------------------- the protocol

    Map<String, Object> document() {
        br = chance(0.6);
        deviant = chance(0.3);
        sparse = !br && chance(0.15);
        type = pick(TYPES);
        ev = type.startsWith("ev_");
        route = type.equals("cm_concentrate") || type.equals("lyophilized_secretome") ? dev(0.5, "topical", pick(ROUTES)) : pick(ROUTES);
        clinical = pick(STAGES);
        intendedMechanism = pick(MECHANISMS);
        hypoxia = chance(0.4);
        priming = chance(0.3);
        pharmacological = chance(0.1);
        supplementType = dev(0.15, chance(0.8) ? "hpl" : pick(SUPPLEMENTS), "fbs");
        antibiotics = dev(0.2, "none", chance(0.7) ? "penicillin_streptomycin" : pick(new String[] {"gentamicin", "amphotericin_b", "other"}));
        isolationMethods = isolationMethods();

        Map<String, Object> protocol = new LinkedHashMap<>();
        String code = switch (type) {
            case "conditioned_medium" -> "CM";
            case "cm_concentrate" -> "CMC";
            case "lyophilized_secretome" -> "LYO";
            case "ev_total" -> "EVT";
            default -> "EVS";
        };
        protocol.put("id", p("SEC-" + code + "-" + String.format("%06d", index)));
        protocol.put("title", "Generated " + type.replace('_', ' ') + " protocol no. " + index);
        protocol.put("version", between(0, 4) + "." + between(0, 9));
        protocol.put("stage", p(br ? "batch_record" : "design"));
        protocol.put("site", pick(SITES));
        protocol.put("author", pick(PEOPLE));
        protocol.put("approved_by", "QA: " + pick(PEOPLE));
        protocol.put("effective_date", p(LocalDate.of(2023, 1, 1).plusDays(r.nextInt(900)).toString()));
        protocol.put("product", map("name", type.replace('_', ' ') + " from " + "MSC", "type", p(type), "route", p(route),
                "clinical_stage", p(clinical), "intended_mechanism", p(intendedMechanism)));
        protocol.put("source", source());
        protocol.put("donor", donor());
        protocol.put("cell_bank", cellBank());
        protocol.put("identity_msc", identity());
        protocol.put("expansion", expansion());
        protocol.put("culture_format", cultureFormat());
        protocol.put("pre_conditioning", preConditioning());
        protocol.put("conditioning", conditioning());
        protocol.put("harvest_processing", harvestProcessing());
        protocol.put("isolation", isolation());
        protocol.put("formulation_storage", formulationStorage());
        protocol.put("release_testing", releaseTesting());
        protocol.put("dose", dose());
        if (ev || chance(0.2)) {
            protocol.put("reporting", map("checklists", plains(dev(0.2, List.of("misev2023", "isev_cell_culture_checklist"),
                    subset(CHECKLISTS, 1, 2))), "ev_track_id", chance(0.3) ? p("EV" + between(100000, 999999)) : null));
        }
        protocol.put("documentation", documentation());

        dropSome(protocol, sparse ? 0.35 : deviant ? 0.08 : 0.02, 0);

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", p("secretome-protocol/1"));
        root.put("protocol", protocol);
        if (chance(0.12)) {
            root.put("waivers", waivers());
        }
        return root;
    }

    List<String> isolationMethods() {
        return switch (type) {
            case "conditioned_medium" -> List.of("none");
            case "cm_concentrate", "lyophilized_secretome" -> List.of(chance(0.7) ? "tff" : "uf_centrifugal");
            default -> switch (r.nextInt(7)) {
                case 0, 1 -> List.of("tff");
                case 2 -> List.of("uc");
                case 3 -> List.of("tff", "sec");
                case 4 -> List.of("uf_centrifugal", "sec");
                case 5 -> List.of("density_gradient", "uc");
                default -> List.of(dev(0.5, "affinity", "peg_precipitation"));
            };
        };
    }

    Map<String, Object> source() {
        String tissue = pick(TISSUES);
        String designation = dev(0.1, "mesenchymal_stromal_cells", pick(DESIGNATION));
        boolean early = clinical.equals("research") || clinical.equals("preclinical");
        return map("species", p(early ? pick(SPECIES) : dev(0.03, "human", pick(SPECIES))), "tissue", p(tissue),
                "tissue_description", tissue.equals("other") ? "gingival lamina propria" : null,
                "tissue_site", dev(0.1, switch (tissue) {
                    case "bone_marrow" -> "posterior iliac crest";
                    case "adipose" -> "abdominal subcutaneous fat (lipoaspirate)";
                    default -> "as collected, see SOP";
                }, null),
                "isolation_method", p(pick(ISOLATION)),
                "cell_designation", p(designation),
                "stemness_evidence_ref", designation.equals("mesenchymal_stem_cells") && chance(0.5) ? p(id("STEM")) : null);
    }

    Map<String, Object> donor() {
        boolean pooled = chance(0.2);
        int count = pooled ? between(2, 10) : 1;
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(p("D-" + String.format("%04d", index % 9000 + i)));
        }
        List<Object> tests = new ArrayList<>();
        List<String> chosen = new ArrayList<>(List.of("anti_hiv_1_2", "hbsag", "anti_hbc", "anti_hcv", "syphilis"));
        if (chance(deviant ? 0.6 : 0.95)) {
            chosen.add("nat_hiv_hbv_hcv");
        }
        if (chance(0.2)) {
            chosen.add("htlv_1");
        }
        if (chance(deviant ? 0.4 : 0.05)) {
            chosen.remove(r.nextInt(chosen.size()));
        }
        for (String test : chosen) {
            tests.add(flow("test", p(test), "result", res(p(dev(0.03, "negative", chance(0.5) ? "not_done" : "positive")))));
        }
        String sex = pooled && chance(0.5) ? "mixed" : chance(0.5) ? "female" : "male";
        return map("pooled", pooled, "count", count, "pooling_rationale", pooled ? "pooling reduces donor-to-donor variability" : null,
                "ids", res(ids), "age_years", res(dev(0.1, between(18, 55), between(61, 75))), "sex", res(p(sex)),
                "informed_consent", res(true), "consent_document_id", res(p(id("IC"))),
                "medical_history_screened", res(dev(0.1, true, false)),
                "eligibility", map("regulation", p(pick(REGULATIONS)), "tests", tests,
                        "htlv_high_prevalence_link", res(chance(0.5) ? Boolean.FALSE : null)));
    }

    Map<String, Object> cellBank() {
        return map("mcb_id", p(id("MCB")), "wcb_id", dev(0.1, p(id("WCB")), null),
                "karyotype", flow("method", "G-banding, 20 metaphases", "result", res(p(dev(0.05, "normal", "not_done")))),
                "str_profile", flow("method", "STR, 16 loci vs donor reference", "result", res(p("match"))),
                "adventitious_virus", flow("method", "in vitro adventitious agents panel + PCR panel", "result", res(p("pass"))));
    }

    Map<String, Object> identity() {
        boolean primed = priming && chance(0.5);
        Map<String, Object> flowSection = map("method", "8-colour flow cytometry, ISCT panel",
                "cd73_pct", res(dec(95, 99.9, 1)), "cd90_pct", res(dec(95, 99.9, 1)),
                "cd105_pct", res(dev(0.1, dec(95, 99.9, 1), dec(85, 94.9, 1))),
                "cd45_pct", res(dec(0.1, 1.9, 1)), "cd34_pct", res(dev(0.05, dec(0.1, 1.9, 1), dec(2.1, 8, 1))),
                "cd14_or_cd11b_pct", res(dec(0.1, 1.5, 1)), "cd79a_or_cd19_pct", res(dec(0.1, 1.5, 1)),
                "hla_dr_pct", res(primed ? dec(5, 40, 1) : dec(0.1, 1.9, 1)));
        return map("tested_at_passage", between(2, 5), "tested_on", p(primed ? "primed_cells" : "unprimed_cells"),
                "hla_dr_justification", primed && chance(0.6) ? "HLA-DR induction by IFN-gamma priming is expected" : null,
                "plastic_adherence", res(true), "flow", flowSection,
                "trilineage", map("method", "21-day induction, Alizarin Red / Oil Red O / Alcian Blue",
                        "tested_lot_ref", chance(0.5) ? p(id("WCB")) : null,
                        "osteo", res(p("pass")), "adipo", res(p("pass")), "chondro", res(p(dev(0.08, "pass", "not_done")))));
    }

    Map<String, Object> expansion() {
        Map<String, Object> supplement = switch (supplementType) {
            case "hpl" -> flow("type", p("hpl"), "concentration_pct", between(2, 10), "pathogen_reduced", dev(0.1, true, false),
                    "heparin_iu_per_ml", between(1, 2));
            case "fbs" -> flow("type", p("fbs"), "concentration_pct", 10,
                    "origin_certificate_ref", chance(0.5) ? p(id("TSE")) : null, "gamma_irradiated", chance(0.5) ? Boolean.TRUE : null);
            case "human_serum" -> flow("type", p("human_serum"), "concentration_pct", between(5, 10));
            default -> flow("type", p(supplementType));
        };
        int passage = dev(0.15, between(2, 5), between(6, 10));
        List<Object> history = null;
        if (br && chance(0.3)) {
            history = new ArrayList<>();
            for (int pass = 1; pass <= Math.min(passage, 5); pass++) {
                history.add(flow("passage", pass, "cells_seeded", sci(1e6, 5e6), "cells_harvested", sci(1e7, 4e7)));
            }
        }
        return map("medium_basal", p(pick(BASAL)), "supplement", supplement, "o2_pct", hypoxia && chance(0.3) ? between(2, 5) : 21,
                "co2_pct", 5, "seeding_density_cells_per_cm2", dev(0.05, between(1000, 5000), between(10500, 20000)),
                "passage_at_conditioning", passage, "cumulative_population_doublings_max", dev(0.1, between(15, 25), null),
                "cumulative_population_doublings", res(dev(0.1, dec(8, 24, 1), dec(26, 35, 1))),
                "passage_history", history,
                "senescence_sa_beta_gal_pct", res(dev(0.1, between(2, 15), between(21, 40))));
    }

    Map<String, Object> cultureFormat() {
        String format = pick(FORMATS);
        boolean planar = format.startsWith("2d_");
        boolean dynamic = format.equals("microcarrier_stirred") || format.equals("spheroid_dynamic") || format.equals("hollow_fiber_bioreactor");
        String change = dev(0.2, "none", chance(0.5) ? "scale_change" : "format_change");
        return map("type", p(format), "surface_area_cm2", planar ? pick(new Integer[] {175, 875, 1750, 3180, 6360}) : null,
                "working_volume_ml", planar ? null : between(50, 3000),
                "change_from_qualified", p(change),
                "comparability_ref", !change.equals("none") && chance(0.6) ? p(id("COMP")) : null,
                "spheroid_diameter_um", format.startsWith("spheroid") ? dev(0.2, between(120, 300), between(320, 600)) : null,
                "monitored_parameters", dynamic ? plains(dev(0.2, List.of("dissolved_oxygen", "ph", "temperature"), subset(MONITORED, 1, 3))) : null,
                "process_log_ref", dynamic ? res(p(id("LOG"))) : null);
    }

    Map<String, Object> preConditioning() {
        Map<String, Object> hyp = hypoxia
                ? flow("applied", true, "o2_pct", dev(0.1, between(1, 5), between(8, 12)), "duration_h", dev(0.1, pick(new Integer[] {24, 48, 72}), 96),
                        "o2_measurement", dev(0.15, p(pick(new String[] {"incubator_setpoint", "pericellular_probe", "medium_dissolved_oxygen"})), null))
                : flow("applied", false);
        Map<String, Object> pri;
        if (priming) {
            List<Object> agents = new ArrayList<>();
            for (String agent : subset(new String[] {"ifn_gamma", "tnf_alpha", "il_1_beta"}, 1, 2)) {
                int conc = switch (agent) {
                    case "ifn_gamma" -> dev(0.1, between(10, 50), between(60, 100));
                    case "tnf_alpha" -> dev(0.1, between(10, 20), between(25, 50));
                    default -> dev(0.1, between(1, 25), between(30, 50));
                };
                agents.add(flow("name", p(agent), "conc_ng_per_ml", conc, "duration_h", dev(0.1, between(24, 72), 96)));
            }
            boolean removed = dev(0.1, true, false);
            pri = map("applied", true, "agents", agents, "removed_before_conditioning", removed,
                    "potency_comparison_ref", dev(0.2, p(id("POT")), null));
        } else {
            pri = flow("applied", false);
        }
        Map<String, Object> out = map("hypoxia", hyp, "inflammatory_priming", pri);
        if (pharmacological) {
            out.put("pharmacological", map("applied", true,
                    "agents", List.of(flow("name", pick(PHARMA), "conc_umol_per_l", between(1, 200), "duration_h", between(12, 48))),
                    "removed_before_conditioning", true, "potency_comparison_ref", chance(0.6) ? p(id("POT")) : null));
        } else if (chance(0.2)) {
            out.put("pharmacological", flow("applied", false));
        }
        return out;
    }

    Map<String, Object> conditioning() {
        boolean serumFree = dev(0.15, true, false);
        String supplement = serumFree ? "none" : pick(new String[] {"fbs", "hpl", "human_serum", "defined_serum_free_supplement"});
        Map<String, Object> medium = map("basal", p(pick(BASAL)), "phenol_red_free", chance(0.7),
                "supplement", p(supplement), "supplement_pct", serumFree ? null : between(1, 10));
        if (serumFree) {
            if (chance(0.7)) {
                medium.put("ev_depleted", p("not_applicable"));
                medium.put("ev_depleted_reason", "serum-free conditioning medium");
            }
        } else {
            boolean depleted = dev(0.2, true, false);
            medium.put("ev_depleted", p(depleted ? "depleted" : "not_depleted"));
            if (depleted) {
                medium.put("ev_depletion_method", p(pick(new String[] {"ultracentrifugation", "ultrafiltration", "commercial_depleted_product", "other"})));
            }
        }
        medium.put("antibiotics", p(antibiotics));
        medium.put("total_volume_ml", between(100, 2000));
        int duration = dev(0.12, pick(new Integer[] {24, 48, 48, 72}), pick(new Integer[] {6, 96, 120}));
        int harvests = dev(0.1, between(1, 3), between(4, 6));
        return map("confluence_at_start_pct", dev(0.1, between(70, 90), pick(new Integer[] {50, 98, 100})),
                "viability_at_start_min_pct", dev(0.1, between(90, 95), null),
                "viability_at_start_pct", res(dev(0.1, between(90, 99), between(75, 89))),
                "cell_count_method", "automated image-based counter, acridine orange / DAPI",
                "cell_count_at_start", res(dev(0.05, sci(5e7, 2e8), null)), "cell_count_at_harvest", res(sci(5e7, 2.5e8)),
                "washes_before_conditioning", flow("count", dev(0.1, between(2, 3), between(0, 1)),
                        "buffer", p(pick(new String[] {"dpbs", "pbs", "basal_medium", "saline"}))),
                "medium", medium, "o2_pct", hypoxia ? between(1, 5) : 21, "duration_h", duration,
                "duration_justification", duration > 72 && chance(0.4) ? "extended conditioning validated in study PD-" + between(10, 99) : null,
                "harvests", flow("count", harvests, "interval_h", harvests > 1 ? between(24, 72) : null, "viability_check_each", dev(0.1, true, false)),
                "viability_at_harvest_min_pct", dev(0.1, between(80, 85), between(60, 75)),
                "viability_at_harvest_pct", res(dev(0.1, between(82, 97), between(60, 79))));
    }

    Map<String, Object> harvestProcessing() {
        List<Object> steps = new ArrayList<>();
        steps.add(flow("g_force_xg", dev(0.05, between(300, 500), 200), "time_min", between(5, 10), "temp_c", 4, "purpose", p("cell_removal")));
        if (!chance(deviant ? 0.4 : 0.05)) {
            steps.add(flow("g_force_xg", between(2000, 3000), "time_min", between(10, 20), "temp_c", 4, "purpose", p("debris_removal")));
        }
        if (ev && chance(0.3)) {
            steps.add(flow("g_force_xg", 10000, "time_min", 30, "temp_c", 4, "purpose", p("large_ev_removal")));
        }
        String environment = dev(0.1, pick(new String[] {"closed_system", "grade_a_in_grade_b"}),
                pick(new String[] {"grade_a_in_grade_c", "grade_a_in_grade_d", "unclassified"}));
        Map<String, Object> filtration = map("pore_um", dev(0.08, BigDecimal.valueOf(0.22), BigDecimal.valueOf(0.45)),
                "material", p(pick(new String[] {"pes", "pvdf", "cellulose_acetate", "nylon"})),
                "integrity_test_required", true, "integrity_test_result", res(p("pass")), "claims_mycoplasma_removal", false);
        return map("hold", flow("temp_c", dev(0.1, 4, 22), "max_time_h", dev(0.1, between(1, 4), between(12, 24)),
                        "actual_time_h", res(dec(0.5, 4, 1))),
                "aseptic_environment", p(environment),
                "aseptic_risk_assessment_ref", environment.equals("closed_system") || environment.equals("grade_a_in_grade_b") ? null : p(id("RA")),
                "centrifugation_steps", steps, "filtration", filtration);
    }

    Map<String, Object> isolation() {
        Map<String, Object> out = map("methods", plains(isolationMethods));
        if (isolationMethods.contains("tff") || isolationMethods.contains("uf_centrifugal")) {
            out.put("mwco_kda", ev ? dev(0.1, pick(new Integer[] {100, 300, 500, 750}), 30)
                    : dev(0.15, pick(new Integer[] {3, 5, 10}), pick(new Integer[] {30, 100})));
            out.put("concentration_factor", between(10, 100));
            out.put("diafiltration_volumes", dev(0.1, between(5, 8), between(1, 3)));
        }
        if (isolationMethods.contains("uc")) {
            out.put("uc_steps", List.of(flow("purpose", p("pellet"), "g_force_xg", dev(0.1, between(100000, 120000), 70000), "time_min", between(70, 120)),
                    flow("purpose", p("wash"), "g_force_xg", 100000, "time_min", 70)));
        }
        if (isolationMethods.contains("sec")) {
            int max = between(1, 10);
            out.put("sec", map("column", "qEV original 70 nm", "load_volume_ml", dev(0.1, BigDecimal.valueOf(max).multiply(dec(0.5, 1, 2)), BigDecimal.valueOf(max + 2)),
                    "max_load_volume_ml", max, "fractions_pooled", "fractions 7-9"));
        }
        if (isolationMethods.contains("peg_precipitation")) {
            out.put("peg_removal_validation_ref", dev(0.5, p(id("VAL")), null));
        }
        out.put("final_filtration_um", dev(0.08, BigDecimal.valueOf(0.22), null));
        return out;
    }

    Map<String, Object> formulationStorage() {
        boolean lyo = type.equals("lyophilized_secretome");
        int shelfLife = pick(new Integer[] {6, 12, 24});
        List<String> excipients = lyo ? dev(0.1, subset(new String[] {"trehalose", "sucrose", "mannitol"}, 1, 2), List.of())
                : chance(0.5) ? List.of() : subset(new String[] {"human_serum_albumin", "trehalose"}, 1, 2);
        return map("buffer", p(pick(new String[] {"pbs", "saline", "basal_medium"})), "excipients", plains(excipients),
                "container", p(dev(0.1, lyo ? "glass_vial" : "low_protein_binding", "standard_polypropylene")),
                "fill_volume_ml", between(1, 5), "total_product_volume_ml", between(10, 100),
                "storage_temp_c", lyo ? dev(0.1, -80, 4) : dev(0.1, pick(new Integer[] {-80, -150}), -20),
                "freeze_thaw_cycles_max", lyo ? null : dev(0.1, 1, 3), "lyophilized", lyo ? Boolean.TRUE : chance(0.5) ? Boolean.FALSE : null,
                "residual_moisture_max_pct", lyo ? dev(0.1, between(1, 3), 5) : null,
                "shelf_life_months", shelfLife, "stability_study_id", dev(0.05, p(id("STAB")), null),
                "stability_supported_months", dev(0.1, shelfLife + pick(new Integer[] {0, 3, 6}), shelfLife / 2));
    }

    Map<String, Object> releaseTesting() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sterility", flow("method", p(dev(0.1, "ph_eur_2_6_1", "other")), "method_validated", chance(0.7) ? Boolean.TRUE : null,
                "sample_point", p(dev(0.08, "final_product", "in_process")), "result", res(p("no_growth"))));
        out.put("mycoplasma", flow("method", p(dev(0.1, "nat", "culture")), "method_validated", dev(0.1, true, false),
                "sample_point", p(dev(0.1, "harvest_cells_and_supernatant", "final_product")), "result", res(p("negative"))));
        Object endotoxinResult = chance(0.4) ? "<0.10" : dec(0.05, 0.45, 2);
        out.put("endotoxin", map("method", "Ph. Eur. 2.6.14, kinetic chromogenic", "limit_eu_per_ml", dev(0.1, BigDecimal.valueOf(0.5), BigDecimal.TEN),
                "limit_basis", dev(0.15, "internal limit; K/M for 70 kg", null), "result_eu_per_ml", res(endotoxinResult)));
        BigDecimal protein = ev ? dec(20, 200, 0) : dec(200, 3000, 0);
        out.put("total_protein", flow("method", "micro-BCA", "result_ug_per_ml", res(protein)));
        if (ev) {
            int low = 50;
            int high = type.equals("ev_small") ? dev(0.1, 200, 300) : between(400, 1000);
            out.put("particles", map("method", p(pick(new String[] {"nta", "trps", "nano_flow_cytometry"})),
                    "result_per_ml", res(dev(0.1, sci(1e11, 5e11), sci(1e10, 1e11))), "size_mode_nm", res(between(90, 150)),
                    "window_low_nm", low, "window_high_nm", high, "in_window_min_pct", 80, "in_window_pct", res(between(75, 95))));
            List<Object> markers = new ArrayList<>();
            for (String m : subset(MARKERS_TM, 1, 3)) {
                markers.add(flow("marker", m, "category", p("transmembrane"), "result", res(p("positive"))));
            }
            if (!chance(deviant ? 0.4 : 0.05)) {
                for (String m : subset(MARKERS_CYTO, 1, 2)) {
                    markers.add(flow("marker", m, "category", p("cytosolic"), "result", res(p("positive"))));
                }
                for (String m : subset(MARKERS_PURITY, 1, 2)) {
                    markers.add(flow("marker", m, "category", p("purity"), "result", res(p("negative"))));
                }
            }
            out.put("ev_markers", markers);
            out.put("msc_origin_markers", map("method", "bead-based flow cytometry", "cd73", res(p("positive")), "cd90", res(p("positive")),
                    "cd44", res(p("positive")), "cd45", res(p("negative")), "cd34", res(p("negative"))));
            out.put("single_ev_imaging", flow("method", p(pick(new String[] {"tem", "cryo_em", "afm"})),
                    "performed_on", p(pick(new String[] {"each_lot", "characterization_study"}))));
        } else {
            List<String> analytes = subset(ANALYTES, 3, 7);
            List<Object> results = null;
            if (br) {
                results = new ArrayList<>();
                for (String a : analytes) {
                    results.add(flow("analyte", p(a), "conc_pg_per_ml", chance(0.1) ? ">2.0e+4" : dec(10, 15000, 1)));
                }
            }
            out.put("cytokine_profile", map("method", "multiplex bead immunoassay, validated", "analytes", plains(analytes),
                    "normalization", p(pick(new String[] {"per_1e6_cells_per_24h", "per_ug_protein", "per_ml_at_defined_concentration"})),
                    "results", results));
        }
        String mechanism = dev(0.1, intendedMechanism, pick(MECHANISMS));
        out.put("potency", map("assay", "mechanism-linked bioassay, dose-response vs reference lot", "mechanism_link", p(mechanism),
                "acceptance", "relative potency 0.7-1.4 vs reference", "result", res(p(dev(0.05, "pass", "not_done")))));
        out.put("reference_standard_id", dev(0.1, p(id("REF")), null));
        out.put("cell_free_confirmation", flow("method", "flow cytometry for nucleated cells (DRAQ5)", "result", res(p("none_detected"))));
        List<Object> residuals = new ArrayList<>();
        if (!antibiotics.equals("none") && chance(0.6)) {
            residuals.add(flow("analyte", p("antibiotics"), "method", "LC-MS/MS", "result", res(p("pass"))));
        }
        if (priming && chance(0.6)) {
            residuals.add(flow("analyte", p("priming_cytokines"), "method", "ELISA", "result", res(p("pass"))));
        }
        if (supplementType.equals("fbs") && chance(0.6)) {
            residuals.add(flow("analyte", p("bovine_protein"), "method", "BSA ELISA", "result", res(p("pass"))));
        }
        if (isolationMethods.contains("peg_precipitation") && chance(0.6)) {
            residuals.add(flow("analyte", p("peg"), "method", "colorimetric PEG assay", "result", res(p("pass"))));
        }
        if (!residuals.isEmpty()) {
            out.put("residuals", residuals);
        }
        String cyto = pick(new String[] {"each_lot", "characterization_study", "characterization_study", "not_performed", "not_applicable"});
        Map<String, Object> safety = map("cytotoxicity", p(cyto));
        if (cyto.equals("not_applicable")) {
            safety.put("cytotoxicity_reason", "covered by the parent product's safety file");
        }
        safety.put("hemocompatibility", p(route.equals("intravenous") ? dev(0.1, "characterization_study", "not_performed") : "characterization_study"));
        if (chance(0.5)) {
            safety.put("report_ref", p(id("CHAR")));
        }
        out.put("general_safety", safety);
        return out;
    }

    Map<String, Object> dose() {
        Map<String, Object> per = dev(0.1, map("volume_ml", between(1, 10), "particles", ev ? sci(1e9, 1e12) : null,
                "protein_ug", between(50, 800), "cell_equivalents", sci(1e6, 5e7)), map("volume_ml", between(1, 50)));
        return map("per_administration", per, "reference_body_weight_kg", chance(0.5) ? 70 : null);
    }

    Map<String, Object> documentation() {
        List<Object> materials = new ArrayList<>();
        String[][] pool = {{"alpha-MEM, phenol-red-free", "basal_medium"}, {"human platelet lysate", "supplement"},
            {"TrypLE Select", "enzyme"}, {"DPBS", "buffer"}, {"TFF cassette", "tff_cassette"}, {"trehalose dihydrate", "excipient"},
            {"0.22 um PES filter", "filter"}, {"recombinant IFN-gamma", "cytokine"}, {"SEC resin", "chromatography_resin"}};
        for (int i = 0; i < between(2, 6); i++) {
            String[] m = pool[r.nextInt(pool.length)];
            materials.add(flow("name", m[0], "category", p(m[1]), "grade", p(dev(0.08, "gmp", "research_grade")),
                    "supplier", "Supplier " + (char) ('A' + r.nextInt(8)), "lot", res(dev(0.05, p(id("L")), null)), "coa_ref", res(p(id("CoA")))));
        }
        List<Object> deviations = null;
        if (br) {
            deviations = new ArrayList<>();
            for (int i = 0; i < (deviant ? between(0, 3) : chance(0.2) ? 1 : 0); i++) {
                deviations.add(flow("id", p("DEV-" + index + "-" + i), "severity", p(pick(new String[] {"critical", "major", "minor"})),
                        "capa_ref", chance(0.5) ? p(id("CAPA")) : null));
            }
        }
        List<Object> sops = new ArrayList<>();
        for (int i = 0; i < between(1, 4); i++) {
            sops.add(p("SOP-" + String.format("%03d", i * 100 + r.nextInt(100))));
        }
        return map("batch_id", res(dev(0.05, p("B-" + String.format("%06d", index)), null)), "sop_refs", sops,
                "raw_materials", materials, "deviations", deviations, "retention_samples", dev(0.1, true, null),
                "regulatory_status", p(pick(REG_STATUS)));
    }

    List<Object> waivers() {
        String[][] candidates = {{"DON-02", "/protocol/donor"}, {"EXP-01", "/protocol/expansion/passage_at_conditioning"},
            {"CON-04", "/protocol/conditioning/duration_h"}, {"STO-03", "/protocol/formulation_storage/container"},
            {"DOC-03", null}};
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < between(1, 2); i++) {
            String[] c = candidates[r.nextInt(candidates.length)];
            LocalDate approved = LocalDate.of(2024, 6, 1).plusDays(r.nextInt(400));
            out.add(map("rule", p(c[0]), "pointer", c[1], "justification", "Reviewed by QA; see deviation report.",
                    "approved_by", "QA: " + pick(PEOPLE), "approved_on", p(approved.toString()),
                    "expires_on", p(approved.plusDays(between(30, 365)).toString()), "reference", p(id("DEV"))));
        }
        return out;
    }

    // ---------------------------------------------------------------- missing fields

    /** Keys that must stay: the loader requires them, or removing them would orphan a sibling. */
    static final Set<String> KEEP = Set.of("id", "stage", "product", "type", "route", "clinical_stage", "test", "passage",
            "name", "marker", "category", "analyte", "purpose", "ev_depleted", "ev_depleted_reason", "cytotoxicity",
            "cytotoxicity_reason", "pooled", "applied", "lyophilized");

    /** Removes keys at random (the protocol's authors left them out): mostly leaves, sometimes whole sections. */
    void dropSome(Map<String, Object> map, double p, int depth) {
        for (Iterator<Map.Entry<String, Object>> it = map.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Object> e = it.next();
            if (KEEP.contains(e.getKey())) {
                continue;
            }
            boolean section = e.getValue() instanceof Map;
            if (chance(section ? p / 2 : p)) {
                it.remove();
            } else if (section) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) e.getValue();
                dropSome(child, p, depth + 1);
            }
        }
    }

    // ---------------------------------------------------------------- YAML emitter

    static String scalar(Object v) {
        if (v instanceof Plain plain) {
            return plain.text();
        }
        if (v instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(v); // Integer, Boolean
    }

    static boolean isScalar(Object v) {
        return !(v instanceof Map) && !(v instanceof List);
    }

    static String inline(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(e.getKey()).append(": ").append(inline(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : l) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(inline(o));
            }
            return sb.append(']').toString();
        }
        return scalar(v);
    }

    static boolean flat(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m.values().stream().allMatch(GenerateCorpus::isScalar);
        }
        if (v instanceof List<?> l) {
            return l.stream().allMatch(GenerateCorpus::isScalar);
        }
        return true;
    }

    void emitMap(StringBuilder sb, Map<?, ?> m, int indent, boolean firstOnDash) {
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String pad = first && firstOnDash ? "" : " ".repeat(indent);
            first = false;
            sb.append(pad).append(e.getKey()).append(':');
            emitValue(sb, e.getValue(), indent);
        }
    }

    void emitValue(StringBuilder sb, Object v, int indent) {
        if (isScalar(v)) {
            sb.append(' ').append(scalar(v));
            if (chance(0.03)) {
                sb.append("   # as recorded");
            }
            sb.append('\n');
        } else if (v instanceof List<?> l && (l.isEmpty() || flat(l))) {
            sb.append(' ').append(inline(l)).append('\n');
        } else if (v instanceof Map<?, ?> m && (m.isEmpty() || (v instanceof Flow && flat(m)))) {
            sb.append(' ').append(inline(m)).append('\n');
        } else if (v instanceof Map<?, ?> m) {
            sb.append('\n');
            emitMap(sb, m, indent + 2, false);
        } else {
            sb.append('\n');
            for (Object item : (List<?>) v) {
                sb.append(" ".repeat(indent + 2)).append("- ");
                if (item instanceof Map<?, ?> m && !(item instanceof Flow && flat(m)) && !m.isEmpty()) {
                    emitMap(sb, m, indent + 4, true);
                } else {
                    sb.append(inline(item)).append('\n');
                }
            }
        }
    }

    String yaml() {
        Map<String, Object> doc = document();
        StringBuilder sb = new StringBuilder();
        sb.append("# Generated by bench/GenerateCorpus.java (file ").append(index).append(deviant ? ", with deviations" : "")
                .append(sparse ? ", sparse" : "").append(")\n");
        emitMap(sb, doc, 0, false);
        return sb.toString();
    }

    // ---------------------------------------------------------------- main

    public static void main(String[] args) throws IOException {
        int count = 10000;
        long seed = 42;
        Path out = Path.of("bench/work/corpus");
        int perDir = 500;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--per-dir" -> perDir = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: java bench/GenerateCorpus.java [--count N] [--seed S] [--out DIR] [--per-dir K]");
                    System.exit(2);
                }
            }
        }
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Path dir = out.resolve(String.format("d%03d", i / perDir));
            if (i % perDir == 0) {
                Files.createDirectories(dir);
            }
            byte[] content = new GenerateCorpus(seed, i).yaml().getBytes(StandardCharsets.UTF_8);
            bytes += content.length;
            Files.write(dir.resolve(String.format("p%06d.yaml", i)), content);
        }
        System.out.printf(Locale.ROOT, "generated %d protocols (%.1f MiB) in %s (seed %d)%n", count, bytes / 1048576.0, out, seed);
    }
}
