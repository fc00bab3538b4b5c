package org.secretomecheck.protocol;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The cross-field constraints of {@code protocol-format.md} Section 7 (errors 21 to 24), each
 * reported at the field it names.
 */
@Constraint(validatedBy = ConsistentFields.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentFields {
    String message() default "inconsistent fields";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Dispatches on the annotated section. */
    final class Validator implements ConstraintValidator<ConsistentFields, Section> {
        @Override
        public boolean isValid(Section section, ConstraintValidatorContext context) {
            String[] violation = violation(section);
            if (violation == null) {
                return true;
            }
            Constraints.violation(context, violation[0], violation[1]);
            return false;
        }

        private static String[] violation(Section section) {
            if (section instanceof Isolation isolation) {
                return isolation.getMethods() != null && isolation.getMethods().size() > 1
                        && isolation.getMethods().contains("none")
                        ? new String[] {"methods", "lists none together with other methods; none must stand alone"}
                        : null;
            }
            if (section instanceof Particles particles) {
                return particles.getWindowLowNm() != null && particles.getWindowHighNm() != null
                        && particles.getWindowLowNm().compareTo(particles.getWindowHighNm()) >= 0
                        ? new String[] {"windowLowNm", "is not below window_high_nm: the size window is empty"}
                        : null;
            }
            if (section instanceof Donor donor) {
                return "mixed".equals(donor.getSex()) && !Boolean.TRUE.equals(donor.getPooled())
                        ? new String[] {"sex", "is mixed but donor.pooled is not true; mixed is allowed only for pooled donors"}
                        : null;
            }
            if (section instanceof Protocol protocol) {
                return protocol.getProduct() != null
                        && "lyophilized_secretome".equals(protocol.getProduct().getType())
                        && protocol.getFormulationStorage() != null
                        && Boolean.FALSE.equals(protocol.getFormulationStorage().getLyophilized())
                        ? new String[] {"formulationStorage.lyophilized",
                            "is false but product.type is lyophilized_secretome"}
                        : null;
            }
            return null;
        }
    }
}
