package org.secretomecheck.rules;

import java.time.LocalDate;
import java.util.List;
import org.secretomecheck.profile.Profile;
import org.secretomecheck.protocol.Protocol;

/**
 * The gates of {@code criteria.md} Section 5, computed once per protocol and inserted as a fact,
 * so that a rule reads {@code Context( batchRecord, clinical )} rather than re-deriving them; with
 * the check date.
 */
public final class Context {

    private static final List<String> STAGES =
            List.of("research", "preclinical", "phase1", "phase2", "phase3", "marketed");

    private final boolean batchRecord;
    private final boolean clinical;
    private final boolean potencyCritical;
    private final boolean evProduct;
    private final boolean lyophilized;
    private final boolean topical;
    private final LocalDate checkDate;

    private Context(Protocol protocol, Profile profile, LocalDate checkDate) {
        String type = protocol.getProduct().getType();
        String stage = protocol.getProduct().getClinicalStage();
        batchRecord = "batch_record".equals(protocol.getStage());
        clinical = atOrAfter(stage, profile.getGating().getClinicalFromStage());
        potencyCritical = atOrAfter(stage, profile.getGating().getPotencyCriticalFromStage());
        evProduct = "ev_total".equals(type) || "ev_small".equals(type);
        lyophilized = "lyophilized_secretome".equals(type)
                || Boolean.TRUE.equals(protocol.getFormulationStorage().getLyophilized());
        topical = "topical".equals(protocol.getProduct().getRoute());
        this.checkDate = checkDate;
    }

    /** The gates of {@code protocol} under the thresholds of {@code profile}, checked on {@code checkDate}. */
    public static Context of(Protocol protocol, Profile profile, LocalDate checkDate) {
        return new Context(protocol, profile, checkDate);
    }

    private static boolean atOrAfter(String stage, String from) {
        return STAGES.indexOf(stage) >= STAGES.indexOf(from);
    }

    /** {@code stage: batch_record}: checks marked [batch] run. */
    public boolean isBatchRecord() {
        return batchRecord;
    }

    /** {@code stage: design}. */
    public boolean isDesign() {
        return !batchRecord;
    }

    /** Clinical stage at or after {@code profile.gating.clinical_from_stage}. */
    public boolean isClinical() {
        return clinical;
    }

    /** Clinical stage at or after {@code profile.gating.potency_critical_from_stage}. */
    public boolean isPotencyCritical() {
        return potencyCritical;
    }

    /** {@code ev_total} or {@code ev_small}. */
    public boolean isEvProduct() {
        return evProduct;
    }

    /** {@code conditioned_medium}, {@code cm_concentrate} or {@code lyophilized_secretome}. */
    public boolean isCmProduct() {
        return !evProduct;
    }

    /** {@code formulation_storage.lyophilized} true or {@code product.type: lyophilized_secretome}. */
    public boolean isLyophilized() {
        return lyophilized;
    }

    /** {@code route: topical}. */
    public boolean isTopical() {
        return topical;
    }

    /** Any route but topical. */
    public boolean isNonTopical() {
        return !topical;
    }

    /**
     * The check date ({@code --as-of}, else today): the one date a rule may compare with, so that
     * the same protocol gives the same findings on any day it is checked as of the same date.
     */
    public LocalDate getCheckDate() {
        return checkDate;
    }
}
