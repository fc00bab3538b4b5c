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
 * The {@code not_applicable} convention ({@code protocol-format.md} 3.4): for each named field,
 * the value {@code not_applicable} needs a sibling {@code <field>_reason} with text, and a reason
 * is allowed only next to {@code not_applicable}. The reason fields carry no constraint of their
 * own: this one reports a blank reason (once, even when it is also misplaced).
 */
@Constraint(validatedBy = NotApplicableReason.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotApplicableReason {
    /** Java property names of the fields that offer {@code not_applicable}. */
    String[] value();

    String message() default "not_applicable needs a reason";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks each field and its {@code Reason} sibling. */
    final class Validator implements ConstraintValidator<NotApplicableReason, Object> {
        private String[] fields;

        @Override
        public void initialize(NotApplicableReason annotation) {
            fields = annotation.value();
        }

        @Override
        public boolean isValid(Object section, ConstraintValidatorContext context) {
            boolean valid = true;
            for (String field : fields) {
                Object value = Constraints.read(section, field);
                Object reason = Constraints.read(section, field + "Reason");
                boolean notApplicable = "not_applicable".equals(value);
                if (notApplicable && reason == null) {
                    Constraints.violation(context, field,
                            "is not_applicable but gives no reason: add " + snake(field) + "_reason with text");
                    valid = false;
                } else if (notApplicable && Text.Blank.is(reason.toString())) {
                    Constraints.violation(context, field + "Reason",
                            "must be non-blank text saying why " + snake(field) + " does not apply");
                    valid = false;
                } else if (!notApplicable && reason != null) {
                    Constraints.violation(context, field + "Reason",
                            "is allowed only when " + snake(field) + " is not_applicable");
                    valid = false;
                }
            }
            return valid;
        }

        private static String snake(String camel) {
            return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
        }

    }
}
