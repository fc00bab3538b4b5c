package org.secretomecheck.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.secretomecheck.protocol.Protocol;

/**
 * When a criterion applies, for the completeness score: the {@code @scope} metadata of a rule
 * lists conditions that must all hold ({@code @scope("ev, batch_record")}); a rule without it
 * applies to every protocol. The conditions are the gates of {@code criteria.md} ("Applies to"):
 * product family and type, protocol stage, clinical stage, route, and the process steps that a
 * criterion is about (a hypoxia criterion does not apply when no hypoxia is used).
 */
public final class Scope {

    private static final String[] DYNAMIC = {"microcarrier_stirred", "spheroid_dynamic", "hollow_fiber_bioreactor"};
    private static final String[] ADHERENT = {"2d_flask", "2d_multilayer", "microcarrier_stirred"};

    private static final Map<String, BiPredicate<Protocol, Context>> CONDITIONS = Map.ofEntries(
            Map.entry("batch_record", (p, c) -> c.isBatchRecord()),
            Map.entry("ev", (p, c) -> c.isEvProduct()),
            Map.entry("cm", (p, c) -> c.isCmProduct()),
            Map.entry("concentrate", (p, c) -> in(p.getProduct().getType(), "cm_concentrate", "lyophilized_secretome")),
            Map.entry("lyophilized", (p, c) -> c.isLyophilized()),
            Map.entry("not_lyophilized", (p, c) -> !c.isLyophilized()),
            Map.entry("non_topical", (p, c) -> c.isNonTopical()),
            Map.entry("clinical", (p, c) -> c.isClinical()),
            Map.entry("hypoxia", (p, c) -> Boolean.TRUE.equals(p.getPreConditioning().getHypoxia().getApplied())),
            Map.entry("priming", (p, c) -> primed(p)),
            Map.entry("pharmacological", (p, c) -> preconditioned(p)),
            Map.entry("priming_or_pharmacological", (p, c) -> primed(p) || preconditioned(p)),
            Map.entry("human_supplement", (p, c) -> in(p.getExpansion().getSupplement().getType(), "hpl", "human_serum")),
            Map.entry("spheroid", (p, c) -> String.valueOf(p.getCultureFormat().getType()).startsWith("spheroid_")),
            Map.entry("dynamic", (p, c) -> in(p.getCultureFormat().getType(), DYNAMIC)),
            Map.entry("adherent", (p, c) -> p.getCultureFormat().getType() == null
                    || in(p.getCultureFormat().getType(), ADHERENT)),
            Map.entry("harvest_count", (p, c) -> p.getConditioning().getHarvests().getCount() != null),
            Map.entry("uf_or_tff", (p, c) -> uses(p, "uf_centrifugal") || uses(p, "tff")),
            Map.entry("tff", (p, c) -> uses(p, "tff")),
            Map.entry("uc", (p, c) -> uses(p, "uc")),
            Map.entry("sec", (p, c) -> uses(p, "sec")),
            Map.entry("peg_precipitation", (p, c) -> uses(p, "peg_precipitation")));

    private Scope() {}

    /** The condition names a {@code @scope} may use. */
    public static Set<String> names() {
        return CONDITIONS.keySet();
    }

    /** True when every condition of {@code scope} holds for {@code protocol}. */
    public static boolean applies(List<String> scope, Protocol protocol, Context context) {
        return scope.stream().allMatch(name -> CONDITIONS.get(name).test(protocol, context));
    }

    private static boolean in(String value, String... values) {
        return value != null && Arrays.asList(values).contains(value);
    }

    private static boolean primed(Protocol protocol) {
        return Boolean.TRUE.equals(protocol.getPreConditioning().getInflammatoryPriming().getApplied());
    }

    private static boolean preconditioned(Protocol protocol) {
        return Boolean.TRUE.equals(protocol.getPreConditioning().getPharmacological().getApplied());
    }

    private static boolean uses(Protocol protocol, String method) {
        List<String> methods = protocol.getIsolation().getMethods();
        return methods != null && methods.contains(method);
    }
}
