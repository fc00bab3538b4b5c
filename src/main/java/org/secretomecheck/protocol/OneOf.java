package org.secretomecheck.protocol;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/** A closed enumeration: the value must be one of {@link #value()}, spelled exactly. */
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {
    String[] value();

    String message() default "is not an allowed value; allowed: {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null (absent) and the listed values. */
    final class Validator implements ConstraintValidator<OneOf, String> {
        private List<String> allowed;

        @Override
        public void initialize(OneOf annotation) {
            allowed = List.of(annotation.value());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || allowed.contains(value);
        }
    }
}
