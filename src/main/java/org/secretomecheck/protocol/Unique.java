package org.secretomecheck.protocol;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A list of IDs or enum values without repeated items; each repeat is reported at its index. */
@Constraint(validatedBy = Unique.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Unique {
    String message() default "repeats an item already in the list";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports every item equal to an earlier one. */
    final class Validator implements ConstraintValidator<Unique, List<?>> {
        @Override
        public boolean isValid(List<?> values, ConstraintValidatorContext context) {
            if (values == null) {
                return true;
            }
            Set<Object> seen = new HashSet<>();
            boolean valid = true;
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value != null && !seen.add(value)) {
                    valid = false;
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(Constraints.literal("repeats \"" + value + "\", already in the list"))
                            .addContainerElementNode("<list element>", List.class, 0)
                            .inIterable().atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
