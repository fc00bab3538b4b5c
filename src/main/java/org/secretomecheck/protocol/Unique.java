package org.secretomecheck.protocol;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A list of IDs or enum values without repeated items; each repeat is reported at its index. */
@Constraint(validatedBy = Unique.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Unique {
    String message() default "repeats an item already in the list";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Reports every item equal to an earlier one. A second repeat of a value and later ones say
     * which occurrence they are: Hibernate Validator gives the violations at the items of one list
     * the same hash code when their messages are equal, and collected 30,000 of them in quadratic
     * time (minutes for a file of 300 KB).
     */
    final class Validator implements ConstraintValidator<Unique, List<?>> {
        @Override
        public boolean isValid(List<?> values, ConstraintValidatorContext context) {
            if (values == null) {
                return true;
            }
            Map<Object, Integer> seen = new HashMap<>();
            boolean valid = true;
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                int occurrence = value == null ? 1 : seen.merge(value, 1, Integer::sum);
                if (occurrence > 1) {
                    valid = false;
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(Constraints.literal("repeats \"" + value
                                    + "\", already in the list" + Constraints.occurrenceNote(occurrence)))
                            .addContainerElementNode("<list element>", List.class, 0)
                            .inIterable().atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
