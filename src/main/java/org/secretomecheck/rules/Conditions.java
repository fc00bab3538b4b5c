package org.secretomecheck.rules;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.definition.rule.Rule;

/** What a compiled rule's conditions hold. */
final class Conditions {

    private Conditions() {}

    /** An MVEL constraint of a pattern, with the class of the pattern's facts (null for a type that is no class). */
    record Constrained(Class<?> factType, MVELConstraint constraint) {}

    /**
     * The MVEL constraints of {@code rule}'s patterns, in the order written, those of patterns in
     * {@code not}, {@code exists}, {@code from} and {@code accumulate} included.
     */
    static List<Constrained> mvelConstraints(Rule rule) {
        List<Constrained> found = new ArrayList<>();
        collect(((RuleImpl) rule).getLhs(), found);
        return found;
    }

    private static void collect(RuleConditionElement element, List<Constrained> found) {
        if (element instanceof Pattern pattern) {
            Class<?> factType = pattern.getObjectType() instanceof ClassObjectType type ? type.getClassType() : null;
            for (Constraint constraint : pattern.getConstraints()) {
                if (constraint instanceof MVELConstraint mvel) {
                    found.add(new Constrained(factType, mvel));
                }
            }
        }
        for (RuleConditionElement nested : element.getNestedElements()) { // a pattern's source too
            collect(nested, found);
        }
    }
}
