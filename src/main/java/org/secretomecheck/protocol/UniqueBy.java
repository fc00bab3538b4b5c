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

/** A list of mappings in which the key property {@link #value()} is unique across items. */
@Constraint(validatedBy = UniqueBy.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueBy {
    /** The Java property name of the key field. */
    String value();

    String message() default "repeats a key already in the list";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports the key field of every item whose key equals that of an earlier item. */
    final class Validator implements ConstraintValidator<UniqueBy, List<?>> {
        private String property;

        @Override
        public void initialize(UniqueBy annotation) {
            property = annotation.value();
        }

        /** Every item whose key repeats an earlier one's (see {@link Unique.Validator} for the occurrence noted). */
        @Override
        public boolean isValid(List<?> items, ConstraintValidatorContext context) {
            if (items == null) {
                return true;
            }
            Map<Object, Integer> seen = new HashMap<>();
            boolean valid = true;
            for (int i = 0; i < items.size(); i++) {
                Object key = items.get(i) == null ? null : Constraints.read(items.get(i), property);
                int occurrence = key == null ? 1 : seen.merge(key, 1, Integer::sum);
                if (occurrence > 1) {
                    valid = false;
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(Constraints.literal("repeats \"" + key
                                    + "\", already given by an earlier item" + Constraints.occurrenceNote(occurrence)))
                            .addPropertyNode(property)
                            .inIterable().atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }

    }
}
